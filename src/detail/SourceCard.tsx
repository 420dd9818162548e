import { isoForTimeElement, dateLabel } from '../domain/date-label';
import type { Source } from '../domain/dataset-schema';
import { parseEdtf } from '../domain/edtf';
import { safeHttpUrl } from '../domain/safe-url';

/** One article: outlet, headline, date, credited agency; a link only when it is http(s). */
export function SourceCard({ source: s }: { readonly source: Source }) {
  const published = parseEdtf(s.published);
  const href = s.url ? safeHttpUrl(s.url) : null;
  return (
    <article className="source-card">
      <p className="source-outlet">
        <bdi>{s.outlet}</bdi>
      </p>
      <p className="source-headline">
        {href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            <bdi>{s.headline}</bdi>
          </a>
        ) : (
          <bdi>{s.headline}</bdi>
        )}
      </p>
      <p className="source-meta">
        {published.ok ? (
          <time dateTime={isoForTimeElement(published.value)}>{dateLabel(published.value)}</time>
        ) : (
          s.published
        )}
        {s.agency && (
          <>
            {' '}
            · credits <bdi>{s.agency}</bdi>
          </>
        )}
      </p>
    </article>
  );
}

import { isoForTimeElement, dateLabel } from '../domain/date-label';
import type { Source } from '../domain/dataset-schema';
import { parseEdtf } from '../domain/edtf';
import { safeHttpUrl } from '../domain/safe-url';

// "Reuters and KCNA": the agencies an article cites for quotes, in its own order.
const agencyList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * One article: outlet, headline, date, the wire agency whose copy it is, the agencies it credits
 * only for quotes (kept apart: citing Reuters for a quote does not make it Reuters copy); a link
 * only when it is http(s).
 */
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
            · report by <bdi>{s.agency}</bdi>
          </>
        )}
        {s.quotesVia && s.quotesVia.length > 0 && (
          <>
            {' '}
            · quotes via <bdi>{agencyList.format(s.quotesVia)}</bdi>
          </>
        )}
      </p>
    </article>
  );
}

import type { DatasetEvent } from '../domain/dataset-schema';
import { safeHttpUrl } from '../domain/safe-url';
import './event-links.css';

interface Props {
  readonly event: DatasetEvent;
  readonly className: string;
}

const REL = 'noopener noreferrer nofollow';

/**
 * An imported event's media and links, as links we render ourselves: third-party media is never
 * embedded (no request leaves the page until the reader follows a link), and only http(s)
 * addresses become links. Caption and credit are text.
 */
export function EventLinks({ event: e, className }: Props) {
  const media = e.media ? { ...e.media, href: safeHttpUrl(e.media.url) } : null;
  const links = (e.links ?? [])
    .map((l) => ({ ...l, href: safeHttpUrl(l.url) }))
    .filter((l): l is typeof l & { href: string } => l.href !== null);
  if (!media?.href && links.length === 0) return null;
  return (
    <div className={className}>
      {media?.href && (
        <p className="event-media">
          {/* The host says where the link goes before the reader follows it. */}
          <a href={media.href} rel={REL} target="_blank">
            Media at <bdi>{new URL(media.href).host}</bdi>
          </a>
          {media.caption && (
            <>
              : <bdi>{media.caption}</bdi>
            </>
          )}
          {media.credit && (
            <span className="event-media-credit">
              {' '}
              (credit: <bdi>{media.credit}</bdi>)
            </span>
          )}
        </p>
      )}
      {links.length > 0 && (
        <ul className="event-links" aria-label="Links">
          {links.map((l, i) => (
            <li key={i}>
              <a href={l.href} rel={REL} target="_blank">
                <bdi>{l.text ?? l.url}</bdi>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

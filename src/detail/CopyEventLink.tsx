import { useContext, useState } from 'react';
import { EventLinkContext } from '../prerender/event-link';
import { eventPagePath } from '../prerender/event-page-path';

/**
 * A link to the event's own page and a button that copies its full address, for sharing. The
 * link is relative in the markup (the page's <base> makes it right on every page), absolute when
 * copied.
 */
export function CopyEventLink({ id }: { readonly id: string }) {
  const kind = useContext(EventLinkContext);
  const [status, setStatus] = useState('');
  if (kind === null) return null;
  const path = kind === 'event-page' ? eventPagePath(id) : null;
  const copy = async () => {
    const address = path ? new URL(path, document.baseURI).href : window.location.href;
    try {
      await navigator.clipboard.writeText(address);
      setStatus('Link copied.');
    } catch {
      setStatus(`Could not copy: the address is ${address}`);
    }
  };
  return (
    <p className="detail-link">
      {path && <a href={path}>Page for this event</a>}{' '}
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}

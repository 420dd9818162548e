/**
 * The app's side of the iframe protocol (src/embed/messages.ts): loaded only by a page opened
 * with `?embed=1` (see use-iframe-bridge.ts), so a reader of the page itself never downloads it.
 */
import type { ViewState } from '../domain/view-state';
import { serializeViewState } from '../domain/view-state';
import type { EmbedMessage, SelectedEventInfo } from './messages';
import { envelope, readHostMessage } from './messages';

function post(message: EmbedMessage) {
  if (window.parent === window) return;
  // What we send (heights, view state, the selected event's public title) is not secret, so any
  // parent may read it; what we accept is checked by readHostMessage.
  window.parent.postMessage(envelope(message), '*');
}

/**
 * Says "ready" to the parent, then tells it the content height whenever it changes (so the frame
 * can fit it), and applies a state the parent sends. Only messages from the parent window itself
 * are acted on. Returns the function that stops it all.
 */
export function connectToParent(applySearch: (search: string) => void): () => void {
  const onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent || window.parent === window) return;
    const m = readHostMessage(e.data);
    if (m) applySearch(m.search);
  };
  window.addEventListener('message', onMessage);
  post({ type: 'ready' });
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post({ type: 'height', height });
    }
  };
  report();
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report);
  observer?.observe(document.documentElement);
  return () => {
    window.removeEventListener('message', onMessage);
    observer?.disconnect();
  };
}

export function postState(state: ViewState) {
  post({ type: 'state', state, search: serializeViewState(state) });
}

export function postSelection(event: SelectedEventInfo | null) {
  post({ type: 'select', event });
}

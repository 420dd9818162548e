import { useEffect, useRef } from 'react';
import type { ViewState } from '../domain/view-state';
import { serializeViewState } from '../domain/view-state';
import type { EmbedMessage, SelectedEventInfo } from './messages';
import { envelope, readHostMessage } from './messages';

function post(message: EmbedMessage) {
  if (window.parent === window) return;
  // What we send (heights, view state, the selected event's public title) is not secret, so any
  // parent may read it; what we accept is checked below.
  window.parent.postMessage(envelope(message), '*');
}

/**
 * For the app inside an iframe: tells the parent its content height (so the frame can fit it)
 * and every state or selection change, and applies a state the parent sends. Only messages
 * from the parent window itself are acted on.
 */
export function useIframeBridge(
  enabled: boolean,
  state: ViewState,
  applySearch: (search: string) => void,
) {
  const applyRef = useRef(applySearch);
  useEffect(() => {
    applyRef.current = applySearch;
  });

  useEffect(() => {
    if (!enabled) return;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || window.parent === window) return;
      const m = readHostMessage(e.data);
      if (m) applyRef.current(m.search);
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
  }, [enabled]);

  useEffect(() => {
    if (enabled) post({ type: 'state', state, search: serializeViewState(state) });
  }, [enabled, state]);
}

export function postSelection(enabled: boolean, event: SelectedEventInfo | null) {
  if (enabled) post({ type: 'select', event });
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewState } from '../domain/view-state';
import type * as BridgeModule from './iframe-bridge';
import type { SelectedEventInfo } from './messages';

type Bridge = typeof BridgeModule;

/**
 * For the app inside an iframe (`enabled`): connects it to its parent page (iframe-bridge.ts,
 * loaded only then) and tells the parent every state change. Returns what to call when the
 * selected event changes. Messages keep their order: each waits for the one module load.
 */
export function useIframeBridge(
  enabled: boolean,
  state: ViewState,
  applySearch: (search: string) => void,
): (event: SelectedEventInfo | null) => void {
  const [bridge] = useState<Promise<Bridge> | null>(() =>
    enabled ? import('./iframe-bridge') : null,
  );
  const applyRef = useRef(applySearch);
  useEffect(() => {
    applyRef.current = applySearch;
  });

  useEffect(() => {
    if (!bridge) return;
    let disconnect: (() => void) | null = null;
    let live = true;
    void bridge.then((b) => {
      if (live) disconnect = b.connectToParent((search) => applyRef.current(search));
    });
    return () => {
      live = false;
      disconnect?.();
    };
  }, [bridge]);

  useEffect(() => {
    void bridge?.then((b) => b.postState(state));
  }, [bridge, state]);

  return useCallback(
    (event: SelectedEventInfo | null) => void bridge?.then((b) => b.postSelection(event)),
    [bridge],
  );
}

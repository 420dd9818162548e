import { useCallback, useSyncExternalStore } from 'react';
import type { ViewState } from '../domain/view-state';
import { mergeIntoSearch, parseViewState } from '../domain/view-state';
import type { HistoryMode } from '../domain/view-state-changes';

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedState: ViewState | null = null;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function snapshot(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch || cachedState === null) {
    cachedSearch = search;
    cachedState = parseViewState(search);
  }
  return cachedState;
}

/** The view state kept in the page's query string: links share it, Back and Forward walk it. */
export function useUrlViewState(): [ViewState, (next: ViewState, mode: HistoryMode) => void] {
  const state = useSyncExternalStore(subscribe, snapshot, snapshot);
  const set = useCallback((next: ViewState, mode: HistoryMode) => {
    const search = mergeIntoSearch(window.location.search, next);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    listeners.forEach((l) => l());
  }, []);
  return [state, set];
}

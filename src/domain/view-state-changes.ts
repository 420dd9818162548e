/**
 * What a reader's actions do to the view state, as pure functions. Each returns the next state
 * and whether it is a new history entry: a step the reader would go Back to (a selection, a
 * filter, a view switch) is pushed; typing in the search box replaces, so Back does not replay
 * every keystroke. Where the result goes (the address bar, an attribute, a prop callback) is
 * the adapter's business.
 */
import type { EventFilter } from './event-filter';
import { NO_FILTER } from './event-filter';
import type { ViewMode, ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace';

export interface ViewStateChange {
  readonly state: ViewState;
  readonly history: HistoryMode;
}

export function selectEvent(state: ViewState, id: string | null): ViewStateChange {
  return { state: { ...state, event: id }, history: 'push' };
}

/** A change to some filters; a change that touches the search text replaces. */
export function changeFilter(state: ViewState, patch: Partial<EventFilter>): ViewStateChange {
  return { state: { ...state, ...patch }, history: 'q' in patch ? 'replace' : 'push' };
}

/** Every filter off; the selection and the view stay. */
export function clearFilters(state: ViewState): ViewStateChange {
  return { state: { ...state, ...NO_FILTER }, history: 'push' };
}

export function switchView(state: ViewState, view: ViewMode): ViewStateChange {
  return { state: { ...state, view }, history: 'push' };
}

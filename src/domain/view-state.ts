/**
 * The reader's view: filters, the selected event and chart-or-list. This module owns its keys,
 * its types and the one `normalizeViewState` that every way in goes through — a link's query
 * string, a custom element's attributes, a host page's postMessage, a React prop — so each of
 * them can set exactly the same states. Normalising is lenient: what it cannot read it drops,
 * it never throws. `fitViewStateToTimeline` then drops what the loaded dataset does not know.
 */
import type { EventFilter } from './event-filter';
import type { Timeline } from './timeline-model';

export type ViewMode = 'chart' | 'list';

export interface ViewState extends EventFilter {
  readonly event: string | null;
  readonly view: ViewMode;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  leaders: [],
  from: null,
  to: null,
  q: '',
  event: null,
  view: 'chart',
};

/**
 * The view state's names outside the app, in the order a query string lists them: URL
 * parameters, custom element attributes, the keys of a host's state object (which may also
 * say `leaders`, the field's own name).
 */
export const VIEW_STATE_KEYS = ['leader', 'from', 'to', 'q', 'event', 'view'] as const;
export type ViewStateKey = (typeof VIEW_STATE_KEYS)[number];

/** What any entry may hand in: each value as a string, a number, a list or missing. */
export type ViewStateInput = { readonly [K in ViewStateKey | keyof ViewState]?: unknown };

const MAX_Q = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function year(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 9999 ? value : null;
  }
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** A comma-separated string, or a list of them (a URL may repeat `leader`). */
function ids(value: unknown): string[] {
  const parts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const found = parts
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => ID.test(v));
  return [...new Set(found)];
}

/** Search text; only spaces is no search (a link would not even write it). */
function text(value: unknown): string {
  const q = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  return q.trim() === '' ? '' : q.slice(0, MAX_Q);
}

/** The one normalisation: unreadable values are dropped, a backwards year range is swapped. */
export function normalizeViewState(input: ViewStateInput): ViewState {
  let from = year(input.from);
  let to = year(input.to);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const event = typeof input.event === 'string' && ID.test(input.event) ? input.event : null;
  return {
    leaders: ids(input.leaders ?? input.leader),
    from,
    to,
    q: text(input.q),
    event,
    view: input.view === 'list' ? 'list' : 'chart',
  };
}

/**
 * Drops what the loaded dataset does not have: an event id or a leader it does not know is
 * ignored, as if the link had not said it. Returns `state` itself when nothing is dropped.
 */
export function fitViewStateToTimeline(state: ViewState, timeline: Timeline): ViewState {
  const leaders = state.leaders.filter((id) => timeline.personById.has(id));
  const unknownEvent = state.event !== null && !timeline.eventById.has(state.event);
  if (leaders.length === state.leaders.length && !unknownEvent) return state;
  return { ...state, leaders, event: unknownEvent ? null : state.event };
}

/** The view-state values of a query string or attributes, before normalising. */
export function readViewStateKeys(get: (key: ViewStateKey) => string | null): ViewStateInput {
  return Object.fromEntries(VIEW_STATE_KEYS.map((key) => [key, get(key) ?? undefined]));
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  return normalizeViewState({
    ...readViewStateKeys((key) => params.get(key)),
    leader: params.getAll('leader'),
  });
}

/** The state's own keys: only what differs from the default, in a stable order. */
function stateParams(state: ViewState): URLSearchParams {
  const values: Record<ViewStateKey, string | null> = {
    leader: state.leaders.length > 0 ? state.leaders.join(',') : null,
    from: state.from === null ? null : String(state.from),
    to: state.to === null ? null : String(state.to),
    q: state.q.trim() === '' ? null : state.q,
    event: state.event,
    view: state.view === 'chart' ? null : state.view,
  };
  const params = new URLSearchParams();
  for (const key of VIEW_STATE_KEYS) {
    const value = values[key];
    if (value !== null) params.set(key, value);
  }
  return params;
}

function searchText(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** The state as a query string (`?leader=…&from=…&to=…&q=…&event=…&view=list`), so a link opens it. */
export function serializeViewState(state: ViewState): string {
  return searchText(stateParams(state));
}

/** Replaces the view-state keys of `search`, keeping any others (such as `data` or `embed`). */
export function mergeIntoSearch(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_STATE_KEYS) params.delete(key);
  stateParams(state).forEach((value, key) => params.append(key, value));
  return searchText(params);
}

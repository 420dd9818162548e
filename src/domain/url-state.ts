/**
 * The view's state ⇄ a URL query string (`?leader=…&from=…&to=…&q=…&event=…&view=list`), so a
 * link opens the same view. Parsing is lenient: what it cannot read it drops, never throws.
 */
import type { EventFilter } from './event-filter';

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

const MAX_Q = 200;

function year(value: string | null): number | null {
  if (value === null || !/^\d{1,4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const leaders = params
    .getAll('leader')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(v));
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const event = params.get('event');
  return {
    leaders: [...new Set(leaders)],
    from,
    to,
    q: (params.get('q') ?? '').slice(0, MAX_Q),
    event: event !== null && /^[a-z0-9][a-z0-9-]{0,63}$/.test(event) ? event : null,
    view: params.get('view') === 'list' ? 'list' : 'chart',
  };
}

/** Only what differs from the default is written, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.leaders.length > 0) params.set('leader', state.leaders.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.event !== null) params.set('event', state.event);
  if (state.view !== 'chart') params.set('view', state.view);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** Replaces the view-state keys of `search`, keeping any others (such as `data` or `embed`). */
export function mergeIntoSearch(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of ['leader', 'from', 'to', 'q', 'event', 'view']) params.delete(key);
  const own = new URLSearchParams(serializeViewState(state));
  own.forEach((value, key) => params.append(key, value));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

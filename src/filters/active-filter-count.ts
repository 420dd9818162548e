import type { EventFilter } from '../domain/event-filter';

/**
 * How many filters a reader has set, as the collapsed "Filters (n)" button shows it: the search
 * text counts once, each chosen leader once, and the year range once (a one-click year sets both
 * ends, and the reader sees it as one choice).
 */
export function activeFilterCount(f: EventFilter): number {
  return (
    (f.q.trim() !== '' ? 1 : 0) + f.leaders.length + (f.from !== null || f.to !== null ? 1 : 0)
  );
}

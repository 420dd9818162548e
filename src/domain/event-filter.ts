/** Which events a reader's filters let through. Pure: the chart, the list and the counts share it. */
import type { Timeline, TimelineEvent } from './timeline-model';

export interface EventFilter {
  /** Person ids; an event matches if any of them took part or is quoted. Empty: everyone. */
  readonly leaders: readonly string[];
  /** Inclusive years; null: open. An event matches if the period it could be overlaps them. */
  readonly from: number | null;
  readonly to: number | null;
  /** Free text, matched case-insensitively against titles, summaries and quotes. */
  readonly q: string;
}

export const NO_FILTER: EventFilter = { leaders: [], from: null, to: null, q: '' };

export function isFiltering(f: EventFilter): boolean {
  return f.leaders.length > 0 || f.from !== null || f.to !== null || f.q.trim() !== '';
}

function yearStart(year: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return d.getTime();
}

export function eventMatches(e: TimelineEvent, f: EventFilter): boolean {
  if (f.leaders.length > 0) {
    const involved =
      e.data.people.some((p) => f.leaders.includes(p)) ||
      e.data.quotes.some((q) => f.leaders.includes(q.speaker));
    if (!involved) return false;
  }
  if (f.from !== null && e.span.end <= yearStart(f.from)) return false;
  if (f.to !== null && e.span.start >= yearStart(f.to + 1)) return false;
  const words = f.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => e.searchText.includes(w));
}

export function filterEvents(timeline: Timeline, f: EventFilter): TimelineEvent[] {
  if (!isFiltering(f)) return [...timeline.events];
  return timeline.events.filter((e) => eventMatches(e, f));
}

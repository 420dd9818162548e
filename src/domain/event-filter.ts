/** Which events a reader's filters let through. Pure: the chart, the list and the counts share it. */
import { yearStart } from './edtf';
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

// Built on the first search, not at load: most readers never type one.
const searchTexts = new WeakMap<TimelineEvent, string>();

/** Lower-cased title, summary and quotes, for free-text search. */
function searchTextOf(e: TimelineEvent): string {
  let text = searchTexts.get(e);
  if (text === undefined) {
    text = [e.data.title, e.data.summary, ...e.data.quotes.map((q) => q.text)]
      .join('\n')
      .toLowerCase();
    searchTexts.set(e, text);
  }
  return text;
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
  if (words.length === 0) return true;
  const text = searchTextOf(e);
  return words.every((w) => text.includes(w));
}

export function filterEvents(timeline: Timeline, f: EventFilter): TimelineEvent[] {
  if (!isFiltering(f)) return [...timeline.events];
  return timeline.events.filter((e) => eventMatches(e, f));
}

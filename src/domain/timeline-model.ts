/** The validated dataset, indexed and sorted once, with every date parsed: what the views read. */
import type { Dataset, DatasetEvent, Era, Person, Side, Source } from './dataset-schema';
import { JOINT_SIDE } from './dataset-constants';
import { dateLabel } from './date-label';
import type { EdtfDate, TimeSpan } from './edtf';
import { dateSpan, isExactDay, parseEdtf } from './edtf';

export interface Lane {
  readonly id: string;
  readonly name: string;
}

export interface TimelineEvent {
  readonly id: string;
  /** Position in time order (0 = earliest). */
  readonly order: number;
  readonly data: DatasetEvent;
  readonly date: EdtfDate;
  readonly span: TimeSpan;
  /** A single, certain day: drawn as a point rather than a band. */
  readonly exact: boolean;
  readonly dateLabel: string;
  readonly reported: EdtfDate | null;
  readonly reportedLabel: string | null;
  readonly lane: string;
  /** Ids of the events that answer this one. */
  readonly replies: readonly string[];
}

export interface TimelineEra {
  readonly data: Era;
  readonly span: TimeSpan;
  readonly dateLabel: string;
}

export interface Timeline {
  readonly dataset: Dataset;
  readonly events: readonly TimelineEvent[];
  readonly eventById: ReadonlyMap<string, TimelineEvent>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly sideById: ReadonlyMap<string, Side>;
  readonly lanes: readonly Lane[];
  readonly eras: readonly TimelineEra[];
  /** Years in which at least one event may fall, ascending. */
  readonly years: readonly number[];
  /** From the earliest event's start to the latest event's end. */
  readonly extent: TimeSpan;
}

/** A date the schema has checked, parsed (throws for one it has not: a programming error). */
export function mustParse(text: string): EdtfDate {
  const r = parseEdtf(text);
  // The schema has already rejected unparseable dates; reaching this is a programming error.
  if (!r.ok) throw new Error(`unvalidated date reached the model: ${r.error}`);
  return r.value;
}

/**
 * The lanes top to bottom: the first side, what both sides did together, then the others. The
 * "Both sides" lane is there only when some event is joint: an imported timeline's groups have no
 * shared lane, and an empty band would read as "nothing happened together".
 */
export function laneOrder(sides: readonly Side[], hasJointEvents: boolean): Lane[] {
  const named = sides.map((s) => ({ id: s.id, name: s.shortName ?? s.name }));
  if (!hasJointEvents) return named;
  const joint = { id: JOINT_SIDE, name: 'Both sides' };
  return [...named.slice(0, 1), joint, ...named.slice(1)];
}

/** Builds the model from a dataset that has passed the schema and the reference checks. */
export function buildTimeline(dataset: Dataset, now: number = Date.now()): Timeline {
  const replies = new Map<string, string[]>();
  for (const e of dataset.events) {
    for (const target of e.inReplyTo ?? []) {
      const list = replies.get(target) ?? [];
      list.push(e.id);
      replies.set(target, list);
    }
  }

  const unsorted = dataset.events.map((data) => {
    const date = mustParse(data.date);
    const reported = data.reported === undefined ? null : mustParse(data.reported);
    return {
      id: data.id,
      data,
      date,
      span: dateSpan(date, now),
      exact: isExactDay(date),
      // The date as the timeline's author wrote it, when an imported file gives one.
      dateLabel: data.displayDate ?? dateLabel(date),
      reported,
      reportedLabel: reported ? dateLabel(reported) : null,
      lane: data.side,
      replies: replies.get(data.id) ?? [],
    };
  });
  unsorted.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const events: TimelineEvent[] = unsorted.map((e, order) => ({ ...e, order }));

  const years = new Set<number>();
  for (const e of events) {
    const first = new Date(e.span.start).getUTCFullYear();
    const last = new Date(e.span.end - 1).getUTCFullYear();
    // A long span (an era-like event) would flood the quick picks; keep its first year only.
    if (last - first > 3) years.add(first);
    else for (let y = first; y <= last; y++) years.add(y);
  }

  // A loop, not Math.max(...ends): spreading 200 000 arguments overflows the stack.
  let end = Number.NEGATIVE_INFINITY;
  for (const e of events) if (e.span.end > end) end = e.span.end;
  const extent =
    events.length === 0 ? { start: now, end: now } : { start: events[0]?.span.start ?? now, end };

  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    personById: new Map(dataset.people.map((p) => [p.id, p])),
    sideById: new Map(dataset.sides.map((s) => [s.id, s])),
    lanes: laneOrder(
      dataset.sides,
      dataset.events.some((e) => e.side === JOINT_SIDE),
    ),
    eras: (dataset.eras ?? []).map((data) => {
      const date = mustParse(data.date);
      return { data, span: dateSpan(date, now), dateLabel: dateLabel(date) };
    }),
    years: [...years].sort((a, b) => a - b),
    extent,
  };
}

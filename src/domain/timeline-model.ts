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
  /** The title its label shows: the short title where the dataset has one. */
  readonly labelTitle: string;
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

/** The dataset's sources, people and sides, each by its id. */
export function partsById(
  dataset: Dataset,
): Pick<Timeline, 'sourceById' | 'personById' | 'sideById'> {
  return {
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    personById: new Map(dataset.people.map((p) => [p.id, p])),
    sideById: new Map(dataset.sides.map((s) => [s.id, s])),
  };
}

/** The title an event's label shows (TimelineEvent's labelTitle): its short title if it has one. */
export function labelTitleOf(data: Pick<DatasetEvent, 'shortTitle' | 'title'>): string {
  return data.shortTitle ?? data.title;
}

type Modelled = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/** For each timeline built here, where each of its file's events went in time order. */
const fileOrders = new WeakMap<Timeline, Int32Array<ArrayBuffer>>();

/**
 * Where each of the file's events went in time order (the i-th event of `timeline.dataset.events`
 * is `timeline.events[order[i]]`), as buildTimeline found it; null for a timeline not built by it.
 * The dataset worker sends it to the page.
 */
export function timeOrderOfFileEvents(timeline: Timeline): Int32Array<ArrayBuffer> | null {
  return fileOrders.get(timeline) ?? null;
}

/**
 * Builds the model from a dataset that has passed the schema and the reference checks. Each
 * event's object is made once and put in order as it is: at 100 000 events, copying each to add
 * its place in the order, and then finding it in a map for the worker, cost ~150 ms.
 */
export function buildTimeline(dataset: Dataset, now: number = Date.now()): Timeline {
  const fileEvents = dataset.events;
  const count = fileEvents.length;
  const replies = new Map<string, string[]>();
  for (const e of fileEvents) {
    if (e.inReplyTo === undefined) continue;
    for (const target of e.inReplyTo) {
      const list = replies.get(target);
      if (list) list.push(e.id);
      else replies.set(target, [e.id]);
    }
  }

  // parseEdtf gives the same object for the same text: each distinct date is labelled once, and
  // events on the same date share its label.
  const labels = new Map<EdtfDate, string>();
  const labelOf = (date: EdtfDate) => {
    let label = labels.get(date);
    if (label === undefined) labels.set(date, (label = dateLabel(date)));
    return label;
  };
  const inFileOrder = new Array<Modelled>(count);
  const byTime = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const data = fileEvents[i] as DatasetEvent;
    const date = mustParse(data.date);
    const reported = data.reported === undefined ? null : mustParse(data.reported);
    const event: Modelled = {
      id: data.id,
      order: 0,
      data,
      date,
      span: dateSpan(date, now),
      exact: isExactDay(date),
      // The date as the timeline's author wrote it, when an imported file gives one.
      dateLabel: data.displayDate ?? labelOf(date),
      labelTitle: labelTitleOf(data),
      reported,
      reportedLabel: reported ? labelOf(reported) : null,
      lane: data.side,
      replies: replies.get(data.id) ?? [],
    };
    inFileOrder[i] = event;
    byTime[i] = i;
  }
  byTime.sort((i, j) => {
    const a = inFileOrder[i] as Modelled;
    const b = inFileOrder[j] as Modelled;
    return (
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const orderOfFileEvent = new Int32Array(count);
  const events = new Array<Modelled>(count);
  const eventById = new Map<string, TimelineEvent>();
  for (let order = 0; order < count; order++) {
    const i = byTime[order] ?? 0;
    const event = inFileOrder[i] as Modelled;
    event.order = order;
    events[order] = event;
    orderOfFileEvent[i] = order;
    eventById.set(event.id, event);
  }

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

  const timeline: Timeline = {
    dataset,
    events,
    eventById,
    ...partsById(dataset),
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
  fileOrders.set(timeline, orderOfFileEvent);
  return timeline;
}

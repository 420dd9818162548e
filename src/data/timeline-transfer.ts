/**
 * A finished Timeline sent from the dataset worker to the page, and put back together there.
 *
 * What the worker computed for each event (time order, span, exactness, the date labels, its id,
 * lane, label title and replies) travels in the head, in typed arrays (transferred) and plain
 * lists of strings: all the chart needs to draw. The events' own data (title, summary, quotes…)
 * the page reads in one of two ways:
 * - from the dataset's bytes, when the checked dataset is the very value parsed from them: the
 *   page has them (it fetched and kept them, or the worker moved them to it as soon as the text
 *   parsed, or hands them back with the head) with where each event lies in them
 *   (json-event-ranges.ts). An event's data is parsed from its bytes when something first reads
 *   it (a drawn mark's name, the detail panel), and the rest a slice at a time when the page is
 *   idle (events-in-bytes.ts): the page draws the chart as soon as the head arrives.
 * - as JSON slices the worker writes, when the checked dataset is not what the file says (the
 *   importer's output, or texts the schema trimmed), each read in its own short task.
 * Measured with 10 000 events (9 MB) in Chromium: serializing the events as JSON slices took the
 * worker ~200 ms after its checks; finding the ranges takes it ~20–40 ms. Parsing every event on
 * the page before the first drawing, while the worker checked, took CPU from the worker's checks
 * and ~20 tasks after the head.
 */
import type { Dataset, DatasetEvent } from '../domain/dataset-schema';
import type { EdtfDate, TimeSpan } from '../domain/edtf';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import {
  labelTitleOf,
  mustParse,
  partsById,
  timeOrderOfFileEvents,
} from '../domain/timeline-model';
import type { PackedStrings, RepeatedStrings } from './packed-strings';
import { packRepeated, packStrings, repeatedStrings } from './packed-strings';

/** Events per message: a few milliseconds each for the page to parse and model. */
export const EVENTS_PER_SLICE = 500;

/** Everything but the events' data: the dataset's other parts and the model's per-event values. */
export interface TimelineHead {
  /** The dataset with an empty list of events (read from the bytes, or sent), keys in order. */
  readonly dataset: Dataset;
  readonly lanes: Timeline['lanes'];
  readonly eras: Timeline['eras'];
  readonly years: Timeline['years'];
  readonly extent: Timeline['extent'];
  readonly eventCount: number;
  /** The i-th event of the file is the timeline's events[timeOrderOfFileEvent[i]]. */
  readonly timeOrderOfFileEvent: Int32Array<ArrayBuffer>;
  /** The i-th event of the file spans spans[2i] to spans[2i + 1] (UTC ms). */
  readonly spans: Float64Array<ArrayBuffer>;
  /** 1 where the i-th event of the file is a single, certain day. */
  readonly exact: Uint8Array<ArrayBuffer>;
  /**
   * The i-th event of the file's date label, reported date's label ('' for none) and lane, as
   * their distinct strings and which one each event has; and its id and label title
   * (TimelineEvent's), each list packed in one string.
   */
  readonly dateLabels: RepeatedStrings;
  readonly reportedLabels: RepeatedStrings;
  readonly eventLanes: RepeatedStrings;
  readonly ids: PackedStrings;
  readonly labelTitles: PackedStrings;
  /** The file's events that some event replies to, and the ids of those replies, in order. */
  readonly answered: Int32Array<ArrayBuffer>;
  readonly repliesOf: readonly (readonly string[])[];
}

/** The head's buffers, to transfer rather than copy. */
export function headBuffers(head: TimelineHead): ArrayBuffer[] {
  return [
    head.timeOrderOfFileEvent.buffer,
    head.spans.buffer,
    head.exact.buffer,
    head.answered.buffer,
    ...[head.dateLabels, head.reportedLabels, head.eventLanes].map(({ which }) => which.buffer),
    ...[head.ids, head.labelTitles].map((packed) => packed.ends.buffer),
  ];
}

/** Where each of the file's events is in the timeline's time order. */
function timeOrderOf(timeline: Timeline): Int32Array<ArrayBuffer> {
  // A copy: the head's buffers are moved to the page.
  const known = timeOrderOfFileEvents(timeline);
  if (known) return known.slice();
  const order = new Int32Array(timeline.dataset.events.length);
  const indexOfData = new Map<DatasetEvent, number>();
  timeline.dataset.events.forEach((data, i) => indexOfData.set(data, i));
  for (const event of timeline.events) {
    const i = indexOfData.get(event.data);
    if (i !== undefined) order[i] = event.order;
  }
  return order;
}

export function timelineHead(timeline: Timeline): TimelineHead {
  const count = timeline.dataset.events.length;
  const timeOrderOfFileEvent = timeOrderOf(timeline);
  const spans = new Float64Array(count * 2);
  const exact = new Uint8Array(count);
  const dateLabels = new Array<string>(count);
  const reportedLabels = new Array<string>(count);
  const ids = new Array<string>(count);
  const eventLanes = new Array<string>(count);
  const labelTitles = new Array<string>(count);
  const answered: number[] = [];
  const repliesOf: (readonly string[])[] = [];
  for (let i = 0; i < count; i++) {
    const event = timeline.events[timeOrderOfFileEvent[i] ?? -1];
    if (event === undefined) continue;
    spans[2 * i] = event.span.start;
    spans[2 * i + 1] = event.span.end;
    exact[i] = event.exact ? 1 : 0;
    dateLabels[i] = event.dateLabel;
    reportedLabels[i] = event.reportedLabel ?? '';
    ids[i] = event.id;
    eventLanes[i] = event.lane;
    labelTitles[i] = event.labelTitle;
    if (event.replies.length > 0) {
      answered.push(i);
      repliesOf.push(event.replies);
    }
  }
  return {
    dataset: { ...timeline.dataset, events: [] },
    lanes: timeline.lanes,
    eras: timeline.eras,
    years: timeline.years,
    extent: timeline.extent,
    eventCount: count,
    timeOrderOfFileEvent,
    spans,
    exact,
    dateLabels: packRepeated(dateLabels),
    reportedLabels: packRepeated(reportedLabels),
    eventLanes: packRepeated(eventLanes),
    ids: packStrings(ids),
    labelTitles: packStrings(labelTitles),
    answered: Int32Array.from(answered),
    repliesOf,
  };
}

/** The file's events from `first`, as JSON text: when the page cannot read them from the bytes. */
export function encodeEvents(events: readonly DatasetEvent[]): string {
  return JSON.stringify(events);
}

/** Events as encodeEvents wrote them. */
export function decodeEvents(json: string): DatasetEvent[] {
  return JSON.parse(json) as DatasetEvent[];
}

/**
 * The file's events `first` to `end` (exclusive) from the dataset's bytes and their byte ranges
 * (json-event-ranges.ts): the bytes from the first one's start to the last one's end, which hold
 * the commas between them, read as a JSON list.
 */
export function eventsFromBytes(
  bytes: Uint8Array,
  ranges: Int32Array,
  first: number,
  end: number,
  decoder: TextDecoder = new TextDecoder(),
): DatasetEvent[] {
  if (end <= first) return [];
  const from = ranges[2 * first] ?? 0;
  const to = ranges[2 * end - 1] ?? 0;
  return JSON.parse(`[${decoder.decode(bytes.subarray(from, to))}]`) as DatasetEvent[];
}

/** The i-th event of the file's id, label title and data, for the page's events. */
export interface EventData {
  id(i: number): string;
  labelTitle(i: number): string;
  event(i: number): DatasetEvent;
  /** Every event of the file, in its order: the same list, of the same objects, each time. */
  all(): DatasetEvent[];
}

/**
 * An event put back together on the page. Its data is read when first asked for (EventData),
 * and its dates parsed only then: the worker parsed them to model the timeline, and the page reads
 * few of them (a mark's style, the detail panel, a row of the list); the chart draws from the
 * spans. Parsing every one again took the page ~50 ms at 10 000 events.
 */
class AssembledEvent implements TimelineEvent {
  readonly replies: readonly string[];
  private parsedDate: EdtfDate | null = null;
  private parsedReported: EdtfDate | null | undefined = undefined;

  constructor(
    private readonly source: EventData,
    private readonly fileIndex: number,
    readonly id: string,
    readonly order: number,
    readonly span: TimeSpan,
    readonly exact: boolean,
    readonly dateLabel: string,
    readonly reportedLabel: string | null,
    readonly lane: string,
    replies: readonly string[] | undefined,
  ) {
    this.replies = replies ?? [];
  }

  get data(): DatasetEvent {
    return this.source.event(this.fileIndex);
  }

  get labelTitle(): string {
    return this.source.labelTitle(this.fileIndex);
  }

  get date(): EdtfDate {
    return (this.parsedDate ??= mustParse(this.data.date));
  }

  get reported(): EdtfDate | null {
    if (this.parsedReported === undefined) {
      const { reported } = this.data;
      this.parsedReported = reported === undefined ? null : mustParse(reported);
    }
    return this.parsedReported;
  }
}

/**
 * The dataset's other parts as they came, its events (in the file's order) read when asked for.
 * A function of its own, so that the getter keeps only `source` alive, not the head it came with.
 */
function withEventsFrom(parts: Dataset, source: EventData): Dataset {
  const dataset = { ...parts };
  Object.defineProperty(dataset, 'events', {
    get: () => source.all(),
    enumerable: true,
    configurable: true,
  });
  return dataset;
}

/**
 * The Timeline the head describes, its events' data read from `source`. Throws when the head
 * does not describe a whole timeline (an order that skips or repeats a place).
 */
export function assembleTimeline(head: TimelineHead, source: EventData): Timeline {
  const count = head.eventCount;
  const repliesByFileIndex = new Map<number, readonly string[]>();
  head.answered.forEach((i, k) => repliesByFileIndex.set(i, head.repliesOf[k] ?? []));
  const events = new Array<AssembledEvent>(count);
  const eventById = new Map<string, AssembledEvent>();
  // One string per lane and per date label, not one per event: events share them.
  const dateLabel = repeatedStrings(head.dateLabels);
  const reportedLabel = repeatedStrings(head.reportedLabels);
  const lane = repeatedStrings(head.eventLanes);
  let placed = 0;
  for (let i = 0; i < count; i++) {
    const order = head.timeOrderOfFileEvent[i] ?? -1;
    const event = new AssembledEvent(
      source,
      i,
      source.id(i),
      order,
      { start: head.spans[2 * i] ?? 0, end: head.spans[2 * i + 1] ?? 0 },
      head.exact[i] === 1,
      dateLabel(i),
      reportedLabel(i) || null,
      lane(i),
      repliesByFileIndex.get(i),
    );
    if (order >= 0 && order < count && events[order] === undefined) placed += 1;
    events[order] = event;
    eventById.set(event.id, event);
  }
  if (placed !== count || events.length !== count) {
    throw new Error('the dataset reader sent an event out of order');
  }
  const dataset = withEventsFrom(head.dataset, source);
  return {
    dataset,
    events,
    eventById,
    ...partsById(dataset),
    lanes: head.lanes,
    eras: head.eras,
    years: head.years,
    extent: head.extent,
  };
}

/** Puts the Timeline back together from its head and its events as JSON slices, in file order. */
export class TimelineAssembler {
  private readonly fileEvents: DatasetEvent[] = [];

  constructor(private readonly head: TimelineHead) {}

  /** The file's next events (those from index `fileEvents.length` on). */
  add(slice: readonly DatasetEvent[]): void {
    if (this.fileEvents.length + slice.length > this.head.eventCount) {
      throw new Error(
        `the dataset reader sent more than the ${this.head.eventCount} events announced`,
      );
    }
    for (const data of slice) this.fileEvents.push(data);
  }

  finish(): Timeline {
    const { head, fileEvents } = this;
    if (fileEvents.length !== head.eventCount) {
      throw new Error(
        `expected ${head.eventCount} events from the dataset reader, got ${fileEvents.length}`,
      );
    }
    const event = (i: number) => fileEvents[i] as DatasetEvent;
    return assembleTimeline(head, {
      id: (i) => event(i).id,
      labelTitle: (i) => labelTitleOf(event(i)),
      event,
      all: () => fileEvents,
    });
  }
}

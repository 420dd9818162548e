/**
 * A finished Timeline sent from the dataset worker to the page, and put back together there.
 *
 * What the worker computed for each event (time order, span, exactness, the date labels) travels
 * in the head, in typed arrays (transferred) and plain lists of strings. The events' own data is
 * read by the page in slices of EVENTS_PER_SLICE, each in its own short task so that the page can
 * paint and answer input in between, in one of three ways:
 * - the page fetched the bytes and kept them: as soon as the text has parsed, the worker says
 *   where each event lies in them (json-event-ranges.ts), and the page parses its slices while
 *   the worker checks and models the dataset, keeping them if the checks kept the dataset as the
 *   file has it;
 * - the worker read the bytes (a file): it hands them back with the ranges once it has checked
 *   them, and the page parses its slices then;
 * - the checked dataset is not what the file says (the importer's output, or texts the schema
 *   trimmed): the slices come as JSON text.
 * The worker never serializes the events in the first two. Measured with 10 000 events (9 MB) in
 * Chromium: serializing them as JSON slices took the worker ~200 ms after its checks; finding the
 * ranges takes it ~20–40 ms.
 */
import type { Dataset, DatasetEvent } from '../domain/dataset-schema';
import type { EdtfDate, TimeSpan } from '../domain/edtf';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { mustParse, timeOrderOfFileEvents } from '../domain/timeline-model';

/** Events per message: a few milliseconds each for the page to parse and model. */
export const EVENTS_PER_SLICE = 500;

/** Everything but the events' data: the dataset's other parts and the model's per-event values. */
export interface TimelineHead {
  /** The dataset with an empty list of events (they arrive with the slices), keys in order. */
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
  readonly dateLabels: readonly string[];
  readonly reportedLabels: readonly (string | null)[];
}

/** The head's buffers, to transfer rather than copy. */
export function headBuffers(head: TimelineHead): ArrayBuffer[] {
  return [head.timeOrderOfFileEvent.buffer, head.spans.buffer, head.exact.buffer];
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
  const reportedLabels = new Array<string | null>(count);
  for (let i = 0; i < count; i++) {
    const event = timeline.events[timeOrderOfFileEvent[i] ?? -1];
    if (event === undefined) continue;
    spans[2 * i] = event.span.start;
    spans[2 * i + 1] = event.span.end;
    exact[i] = event.exact ? 1 : 0;
    dateLabels[i] = event.dateLabel;
    reportedLabels[i] = event.reportedLabel;
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
    dateLabels,
    reportedLabels,
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

/**
 * An event put back together on the page. Its dates are parsed only when read: the worker parsed
 * them to model the timeline, and the page reads few of them (a mark's style, the detail panel,
 * a row of the list); the chart draws from the spans. Parsing every one again took the page
 * ~50 ms at 10 000 events.
 */
class AssembledEvent implements TimelineEvent {
  readonly replies: string[] = [];
  private parsedDate: EdtfDate | null = null;
  private parsedReported: EdtfDate | null | undefined = undefined;

  constructor(
    readonly id: string,
    readonly data: DatasetEvent,
    readonly order: number,
    readonly span: TimeSpan,
    readonly exact: boolean,
    readonly dateLabel: string,
    readonly reportedLabel: string | null,
    readonly lane: string,
  ) {}

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

/** Puts the Timeline back together on the page, slice by slice, in the file's order. */
export class TimelineAssembler {
  private readonly events: (AssembledEvent | undefined)[];
  private readonly fileEvents: DatasetEvent[] = [];
  /** Filled slice by slice: at 100 000 events, building it at the end took a 200 ms task. */
  private readonly eventById = new Map<string, AssembledEvent>();

  constructor(private readonly head: TimelineHead) {
    this.events = new Array<AssembledEvent | undefined>(head.eventCount);
  }

  /** The file's next events (those from index `fileEvents.length` on). */
  add(slice: readonly DatasetEvent[]): void {
    const { head } = this;
    for (const data of slice) {
      const i = this.fileEvents.length;
      if (i >= head.eventCount) {
        throw new Error(
          `the dataset reader sent more than the ${head.eventCount} events announced`,
        );
      }
      const order = head.timeOrderOfFileEvent[i] ?? -1;
      this.fileEvents.push(data);
      const event = new AssembledEvent(
        data.id,
        data,
        order,
        { start: head.spans[2 * i] ?? 0, end: head.spans[2 * i + 1] ?? 0 },
        head.exact[i] === 1,
        head.dateLabels[i] ?? '',
        head.reportedLabels[i] ?? null,
        data.side,
      );
      this.events[order] = event;
      this.eventById.set(event.id, event);
    }
  }

  finish(): Timeline {
    const { head, fileEvents, eventById } = this;
    if (fileEvents.length !== head.eventCount) {
      throw new Error(
        `expected ${head.eventCount} events from the dataset reader, got ${fileEvents.length}`,
      );
    }
    const events: AssembledEvent[] = [];
    for (const event of this.events) {
      if (event === undefined) throw new Error('the dataset reader sent an event out of order');
      events.push(event);
    }
    // In the file's order, as buildTimeline lists them.
    for (const data of fileEvents) {
      for (const target of data.inReplyTo ?? []) eventById.get(target)?.replies.push(data.id);
    }
    const dataset: Dataset = { ...head.dataset, events: fileEvents };
    return {
      dataset,
      events,
      eventById,
      sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
      personById: new Map(dataset.people.map((p) => [p.id, p])),
      sideById: new Map(dataset.sides.map((s) => [s.id, s])),
      lanes: head.lanes,
      eras: head.eras,
      years: head.years,
      extent: head.extent,
    };
  }
}

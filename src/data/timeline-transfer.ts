/**
 * A finished Timeline split for the trip from the dataset worker to the page, and put back
 * together there. Posting the whole model at once made the page deserialize 10 000 events in one
 * task (422 ms measured, the longest task of the load); split into a small head and slices of
 * events, each message is read in its own short task, and the page, free in between, can paint
 * and answer input. The slices travel as JSON text (everything in a TimelineEvent is plain JSON
 * data): JSON.stringify and JSON.parse took 10–25% less time than a structured clone's
 * serializing and deserializing of the same events (Chromium, 2 000 events, medians of 25).
 * Putting it back together is cheap: arrays and maps.
 */
import type { Dataset } from '../domain/dataset-schema';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';

/** Events per message: about 20 ms to deserialize in Chromium on a loaded 2-core machine. */
export const EVENTS_PER_SLICE = 500;

/** Everything but the events, and where each of the file's events went in time order. */
export interface TimelineHead {
  /** The dataset with an empty list of events (they arrive with the slices), keys in order. */
  readonly dataset: Dataset;
  readonly lanes: Timeline['lanes'];
  readonly eras: Timeline['eras'];
  readonly years: Timeline['years'];
  readonly extent: Timeline['extent'];
  /** The i-th event of the file is events[timeOrderOfFileEvent[i]]: posted as a transfer. */
  readonly timeOrderOfFileEvent: Int32Array<ArrayBuffer>;
  readonly eventCount: number;
}

export interface SplitTimeline {
  readonly head: TimelineHead;
  /** The events in time order, EVENTS_PER_SLICE at a time. */
  readonly slices: readonly (readonly TimelineEvent[])[];
}

export function splitTimeline(timeline: Timeline, perSlice = EVENTS_PER_SLICE): SplitTimeline {
  const fileEvents = timeline.dataset.events;
  const timeOrderOfFileEvent = new Int32Array(fileEvents.length);
  const indexOfData = new Map(fileEvents.map((data, i) => [data, i]));
  for (const event of timeline.events) {
    const i = indexOfData.get(event.data);
    if (i !== undefined) timeOrderOfFileEvent[i] = event.order;
  }
  const slices: TimelineEvent[][] = [];
  for (let start = 0; start < timeline.events.length; start += perSlice) {
    slices.push(timeline.events.slice(start, start + perSlice));
  }
  return {
    head: {
      dataset: { ...timeline.dataset, events: [] },
      lanes: timeline.lanes,
      eras: timeline.eras,
      years: timeline.years,
      extent: timeline.extent,
      timeOrderOfFileEvent,
      eventCount: timeline.events.length,
    },
    slices,
  };
}

/** A slice of events as the worker posts it. */
export function encodeSlice(events: readonly TimelineEvent[]): string {
  return JSON.stringify(events);
}

/** A slice of events as the page receives it. */
export function decodeSlice(json: string): TimelineEvent[] {
  return JSON.parse(json) as TimelineEvent[];
}

/**
 * The Timeline from its head and its slices, in the order they were split. The dataset's events
 * are the very objects the timeline's events hold as `data`, in the file's order, as buildTimeline
 * made them.
 */
export function assembleTimeline(
  head: TimelineHead,
  slices: readonly (readonly TimelineEvent[])[],
): Timeline {
  const events = slices.flat();
  if (events.length !== head.eventCount) {
    throw new Error(
      `expected ${head.eventCount} events from the dataset reader, got ${events.length}`,
    );
  }
  const fileEvents = Array.from(head.timeOrderOfFileEvent, (order) => {
    const event = events[order];
    if (event === undefined) throw new Error('the dataset reader sent an event out of range');
    return event.data;
  });
  const dataset: Dataset = { ...head.dataset, events: fileEvents };
  return {
    dataset,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    personById: new Map(dataset.people.map((p) => [p.id, p])),
    sideById: new Map(dataset.sides.map((s) => [s.id, s])),
    lanes: head.lanes,
    eras: head.eras,
    years: head.years,
    extent: head.extent,
  };
}

import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { EventsInBytes } from '../../../src/data/events-in-bytes';
import {
  TimelineAssembler,
  assembleTimeline,
  decodeEvents,
  encodeEvents,
  eventsFromBytes,
  timelineHead,
} from '../../../src/data/timeline-transfer';
import type { Timeline } from '../../../src/domain/timeline-model';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { eventByteRanges } from '../../../src/domain/json-event-ranges';
import { validDataset } from '../domain/fixtures';
import { asRead } from './timeline-as-read';

/** The head as postMessage delivers it, then the events in slices: as JSON, or from the bytes. */
function acrossTheWorkerBoundary(
  timeline: Timeline,
  perSlice: number,
  bytes: Uint8Array | null = null,
): Timeline {
  const assembler = new TimelineAssembler(structuredClone(timelineHead(timeline)));
  const events = timeline.dataset.events;
  const ranges = bytes ? eventByteRanges(bytes, events.length) : null;
  if (bytes && !ranges) throw new Error('no ranges found');
  for (let first = 0; first < events.length; first += perSlice) {
    const end = Math.min(first + perSlice, events.length);
    assembler.add(
      bytes && ranges
        ? eventsFromBytes(bytes, ranges, first, end)
        : decodeEvents(structuredClone(encodeEvents(events.slice(first, end)))),
    );
  }
  return assembler.finish();
}

describe('a timeline sent from the worker in slices', () => {
  it('arrives equal to the one the worker built, as JSON or from the bytes, slice size whatever', () => {
    const dataset = generateDataset(1_234);
    const timeline = buildTimeline(dataset, 0);
    const bytes = new TextEncoder().encode(JSON.stringify(dataset, null, 1));
    for (const perSlice of [1, 500, 5_000]) {
      expect(asRead(acrossTheWorkerBoundary(timeline, perSlice))).toEqual(asRead(timeline));
      expect(asRead(acrossTheWorkerBoundary(timeline, perSlice, bytes))).toEqual(asRead(timeline));
    }
  });

  it('arrives equal when the page reads the events from the bytes as it needs them', () => {
    const dataset = generateDataset(1_234);
    const timeline = buildTimeline(dataset, 0);
    const bytes = new TextEncoder().encode(JSON.stringify(dataset, null, 1));
    const ranges = eventByteRanges(bytes, dataset.events.length);
    if (!ranges) throw new Error('no ranges found');
    for (const perSlice of [1, 500, 5_000]) {
      const head = structuredClone(timelineHead(timeline));
      const events = new EventsInBytes(bytes, ranges, head, perSlice);
      const received = assembleTimeline(head, events);
      expect(events.done, 'nothing read to put it together').toBe(false);
      expect(asRead(received)).toEqual(asRead(timeline));
      expect(Object.keys(received.dataset)).toEqual(Object.keys(timeline.dataset));
      for (const event of received.events) expect(received.dataset.events).toContain(event.data);
    }
  });

  it('keeps the file order of the dataset events, its key order, replies, and one object per event', () => {
    const base = generateDataset(300);
    const [first, second, third] = base.events;
    if (!first || !second || !third) throw new Error('fixture too small');
    const dataset = {
      ...base,
      events: [
        first,
        { ...second, inReplyTo: [first.id] },
        { ...third, inReplyTo: [first.id] },
        ...base.events.slice(3),
      ],
    };
    const timeline = buildTimeline(dataset, 0);
    const received = acrossTheWorkerBoundary(timeline, 7);
    expect(received.dataset.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect(Object.keys(received.dataset)).toEqual(Object.keys(timeline.dataset));
    expect(received.eventById.get(first.id)?.replies).toEqual([second.id, third.id]);
    for (const event of received.events) {
      expect(received.dataset.events).toContain(event.data);
      expect(received.eventById.get(event.id)).toBe(event);
    }
  });

  it('describes a timeline it did not see built as it describes one it did', () => {
    // buildTimeline records where each file event went in time order; a timeline made some
    // other way (a copy here) has its order found from its events instead.
    const timeline = buildTimeline(generateDataset(300), 0);
    const copy: Timeline = { ...timeline, events: [...timeline.events] };
    expect(timelineHead(copy)).toEqual(timelineHead(timeline));
    expect(asRead(acrossTheWorkerBoundary(copy, 50))).toEqual(asRead(timeline));
  });

  it('carries a dataset with no events', () => {
    const timeline = buildTimeline({ ...validDataset(), events: [] }, 0);
    expect(asRead(acrossTheWorkerBoundary(timeline, 10))).toEqual(asRead(timeline));
  });

  it('refuses slices that do not add up to the events announced', () => {
    const timeline = buildTimeline(generateDataset(20), 0);
    const assembler = new TimelineAssembler(timelineHead(timeline));
    assembler.add(timeline.dataset.events.slice(10));
    expect(() => assembler.finish()).toThrow(/expected 20 events/);
    expect(() => assembler.add(timeline.dataset.events)).toThrow(/more than the 20 events/);
  });
});

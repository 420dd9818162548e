import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import {
  assembleTimeline,
  decodeSlice,
  encodeSlice,
  splitTimeline,
} from '../../../src/data/timeline-transfer';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { validDataset } from '../domain/fixtures';

/** What the page receives: the head cloned, as postMessage does, and the slices as JSON. */
function acrossTheWorkerBoundary(timeline: ReturnType<typeof buildTimeline>, perSlice: number) {
  const { head, slices } = splitTimeline(timeline, perSlice);
  return assembleTimeline(
    structuredClone(head),
    slices.map((slice) => decodeSlice(structuredClone(encodeSlice(slice)))),
  );
}

describe('a timeline sent from the worker in slices', () => {
  it('arrives equal to the one the worker built, slice size whatever', () => {
    const timeline = buildTimeline(generateDataset(1_234), 0);
    for (const perSlice of [1, 500, 5_000]) {
      expect(acrossTheWorkerBoundary(timeline, perSlice)).toEqual(timeline);
    }
  });

  it('keeps the file order of the dataset events, its key order, and one object per event', () => {
    const timeline = buildTimeline(generateDataset(300), 0);
    const received = acrossTheWorkerBoundary(timeline, 7);
    expect(received.dataset.events.map((e) => e.id)).toEqual(
      timeline.dataset.events.map((e) => e.id),
    );
    expect(Object.keys(received.dataset)).toEqual(Object.keys(timeline.dataset));
    for (const event of received.events) {
      expect(received.dataset.events).toContain(event.data);
      expect(received.eventById.get(event.id)).toBe(event);
    }
  });

  it('carries a dataset with no events', () => {
    const timeline = buildTimeline({ ...validDataset(), events: [] }, 0);
    const { head, slices } = splitTimeline(timeline);
    expect(slices).toEqual([]);
    expect(assembleTimeline(head, [])).toEqual(timeline);
  });

  it('refuses slices that do not add up to the events announced', () => {
    const timeline = buildTimeline(generateDataset(20), 0);
    const { head, slices } = splitTimeline(timeline, 10);
    expect(() => assembleTimeline(head, slices.slice(1))).toThrow(/expected 20 events/);
  });
});

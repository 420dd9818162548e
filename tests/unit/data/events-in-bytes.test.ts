import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { EventsInBytes } from '../../../src/data/events-in-bytes';
import { packStrings } from '../../../src/data/packed-strings';
import { readEventsWhenIdle } from '../../../src/data/read-events-when-idle';
import { timelineHead } from '../../../src/data/timeline-transfer';
import { eventByteRanges } from '../../../src/domain/json-event-ranges';
import { buildTimeline } from '../../../src/domain/timeline-model';

function inBytes(count: number, perSlice: number) {
  const dataset = generateDataset(count);
  const bytes = new TextEncoder().encode(JSON.stringify(dataset, null, 1));
  const ranges = eventByteRanges(bytes, dataset.events.length);
  if (!ranges) throw new Error('no event ranges in the fixture');
  const head = timelineHead(buildTimeline(dataset, 0));
  return { dataset, events: new EventsInBytes(bytes, ranges, head, perSlice) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('events read from the dataset’s bytes', () => {
  it('reads an event when asked, as the file has it, once', () => {
    const { dataset, events } = inBytes(1_234, 100);
    const read = events.event(700);
    expect(read).toEqual(dataset.events[700]);
    expect(events.event(700)).toBe(read);
    expect(events.done).toBe(false);
    const all = events.all();
    expect(all).toEqual(dataset.events);
    expect(all[700], 'the object already read').toBe(read);
    expect(events.all(), 'the same list each time').toBe(all);
  });

  it('reads a slice at a time until every event is read', () => {
    const { dataset, events } = inBytes(1_234, 100);
    events.event(450);
    let more = 1;
    while (events.readSlice()) more += 1;
    expect(more).toBe(13);
    expect(events.done).toBe(true);
    expect(events.readSlice()).toBe(false);
    expect(events.all()).toEqual(dataset.events);
    expect(events.event(1_233)).toEqual(dataset.events[1_233]);
  });

  it('gives each event’s id and label title before reading it, and the same after', () => {
    const { dataset, events } = inBytes(1_234, 100);
    const titleOf = (i: number) => dataset.events[i]?.shortTitle ?? dataset.events[i]?.title;
    const before = [5, 600, 1_233].map((i) => [events.id(i), events.labelTitle(i)]);
    expect(events.done).toBe(false);
    expect(before).toEqual([5, 600, 1_233].map((i) => [dataset.events[i]?.id, titleOf(i)]));
    events.all();
    expect([5, 600, 1_233].map((i) => [events.id(i), events.labelTitle(i)])).toEqual(before);
  });

  it('refuses an event it does not have, and ranges that do not cover the count', () => {
    const { events } = inBytes(20, 100);
    expect(() => events.event(-1)).toThrow(RangeError);
    expect(() => events.event(20)).toThrow(RangeError);
    const { bytes, ranges } = (() => {
      const dataset = generateDataset(20);
      const text = new TextEncoder().encode(JSON.stringify(dataset));
      return { bytes: text, ranges: eventByteRanges(text, 20) ?? new Int32Array(0) };
    })();
    const ids = Array.from({ length: 20 }, (_, i) => `other-${i}`);
    const other = new EventsInBytes(bytes, ranges, {
      ids: packStrings(ids),
      labelTitles: packStrings(ids),
    });
    expect(() => other.event(3), 'bytes of other events than the head’s').toThrow(
      /the event at \d+ is not "other-\d+"/,
    );
    const head = { ids: packStrings(['a', 'b']), labelTitles: packStrings(['A', 'B']) };
    expect(() => new EventsInBytes(new Uint8Array(4), new Int32Array(2), head)).toThrow(
      /where 1 of 2 events lie/,
    );
  });
});

describe('reading the rest when the page is idle', () => {
  it('reads nothing in the caller’s task, then every event in later ones', async () => {
    vi.useFakeTimers();
    const { dataset, events } = inBytes(1_234, 100);
    readEventsWhenIdle(events);
    expect(events.done).toBe(false);
    await vi.runAllTimersAsync();
    expect(events.done).toBe(true);
    expect(events.all()).toEqual(dataset.events);
  });

  it('reads slices while the idle period lasts, and waits for the next one for the rest', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    const { events } = inBytes(1_234, 100);
    const readSlice = vi.spyOn(events, 'readSlice');
    readEventsWhenIdle(events);
    expect(readSlice).not.toHaveBeenCalled();
    // An idle period with 20 ms left, 10 ms of it gone with each slice: two slices, not three.
    let left = 20;
    idle.shift()?.({ didTimeout: false, timeRemaining: () => (left -= 10) });
    expect(readSlice).toHaveBeenCalledTimes(2);
    expect(idle).toHaveLength(1);
    while (idle.length > 0) idle.shift()?.({ didTimeout: false, timeRemaining: () => 0 });
    expect(readSlice).toHaveBeenCalledTimes(13);
    expect(events.done).toBe(true);
  });
});

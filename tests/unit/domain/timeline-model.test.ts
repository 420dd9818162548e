// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTimeline, laneOrder } from '../../../src/domain/timeline-model';
import { validDataset } from './fixtures';

const SIDES = [
  { id: 'cn', name: 'China' },
  { id: 'kp', name: 'North Korea', shortName: 'DPRK' },
  { id: 'ru', name: 'Russia' },
];

describe('laneOrder', () => {
  it('puts "Both sides" under the first side when some event is joint', () => {
    expect(laneOrder(SIDES, true).map((l) => l.name)).toEqual([
      'China',
      'Both sides',
      'DPRK',
      'Russia',
    ]);
  });

  it('has no "Both sides" lane when no event is joint', () => {
    expect(laneOrder(SIDES, false).map((l) => l.id)).toEqual(['cn', 'kp', 'ru']);
  });
});

describe('buildTimeline', () => {
  it('keeps the joint lane for a dataset with joint events', () => {
    expect(buildTimeline(validDataset()).lanes.map((l) => l.id)).toEqual(['cn', 'joint', 'kp']);
  });

  it('drops the joint lane when no event is joint', () => {
    const d = validDataset();
    const events = d.events.filter((e) => e.side !== 'joint');
    expect(buildTimeline({ ...d, events }).lanes.map((l) => l.id)).toEqual(['cn', 'kp']);
  });

  it("shows an imported event's display date instead of the label made from its date", () => {
    const d = validDataset();
    const events = d.events.map((e) =>
      e.id === 'telegram' ? { ...e, displayDate: 'Early October, as KCNA put it' } : e,
    );
    const timeline = buildTimeline({ ...d, events });
    expect(timeline.eventById.get('telegram')?.dateLabel).toBe('Early October, as KCNA put it');
    // Without one, the label is ours.
    expect(timeline.eventById.get('ties')?.dateLabel).toBe('6 Oct 1949');
  });
});

describe('a model of as many events as a dataset may hold', () => {
  it('is built, with the extent of them all', () => {
    const dataset = validDataset();
    const [first] = dataset.events;
    if (!first) throw new Error('the fixture has events');
    const events = Array.from({ length: 200_000 }, (_, i) => ({
      ...first,
      id: `e${i}`,
      inReplyTo: [],
      date: i === 123_456 ? '2030-05-01' : first.date,
    }));
    const timeline = buildTimeline({ ...dataset, events }, 0);
    expect(timeline.events).toHaveLength(200_000);
    expect(timeline.extent.end).toBe(Date.UTC(2030, 4, 2));
  });
});

import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { EVENT_KINDS, JOINT_SIDE } from '../../../src/domain/dataset-schema';
import { problemToString } from '../../../src/domain/problem';
import { validateDataset } from '../../../src/domain/validate-dataset';

const problemsOf = (input: unknown) => {
  const r = validateDataset(input);
  return r.ok ? [] : r.problems.map(problemToString);
};

describe('generateDataset', () => {
  const big = generateDataset(1000);

  it('makes datasets that pass validation without a single problem', () => {
    expect(problemsOf(big)).toEqual([]);
    expect(problemsOf(generateDataset(100, 7))).toEqual([]);
  });

  it('makes exactly the number of events asked for', () => {
    expect(big.events).toHaveLength(1000);
    expect(generateDataset(0).events).toEqual([]);
  });

  it('gives the same dataset for the same seed, and a different one for another seed', () => {
    expect(generateDataset(1000)).toEqual(big);
    expect(generateDataset(100, 7)).toEqual(generateDataset(100, 7));
    expect(generateDataset(100, 8)).not.toEqual(generateDataset(100, 7));
  });

  it('mixes what real data holds: every kind, joint events, every date form, quotes and replies', () => {
    const { events } = big;
    // Every kind news reports have; "event" is what imported timelines get, not drawn here.
    const reported = EVENT_KINDS.filter((k) => k !== 'event');
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(reported));
    expect(new Set(events.map((e) => e.side))).toEqual(new Set(['cn', 'kp', JOINT_SIDE]));
    const dates = events.map((e) => e.date);
    const count = (re: RegExp) => dates.filter((d) => re.test(d)).length;
    expect(count(/^\d{4}[~?]?$/)).toBeGreaterThan(0);
    expect(count(/^\d{4}-\d{2}[~?]?$/)).toBeGreaterThan(0);
    expect(count(/^\d{4}-\d{2}-\d{2}[~?]?$/)).toBeGreaterThan(0);
    expect(count(/~$/)).toBeGreaterThan(50);
    expect(count(/\?$/)).toBeGreaterThan(0);
    expect(count(/\//)).toBeGreaterThan(20);
    expect(events.some((e) => e.quotes.length === 3)).toBe(true);
    expect(events.filter((e) => e.inReplyTo).length).toBeGreaterThan(20);
    expect(events.filter((e) => e.reported).length).toBeGreaterThan(10);
  });

  it('spreads events from 1949 to 2025, more of them in recent years', () => {
    const years = big.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1949);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    // The last 30 of the 77 years hold well over half the events.
    const recent = years.filter((y) => y >= 1996).length;
    expect(recent).toBeGreaterThan(years.length * 0.55);
  });
});

import { describe, expect, it } from 'vitest';
import { YEAR_MS, axisSegments, piecewiseScale } from '../../../src/domain/axis-segments';

const y = (year: number) => Date.UTC(year, 0, 1);
const span = (a: number, b: number) => ({ start: y(a), end: y(b) });

describe('axisSegments', () => {
  it('compresses long stretches without events and keeps clusters linear', () => {
    const segments = axisSegments(
      [span(1949, 1950), span(1961, 1962), span(2019, 2026)],
      span(1947, 2027),
      {
        minGap: 4 * YEAR_MS,
        padding: YEAR_MS / 2,
      },
    );
    expect(segments.map((s) => [new Date(s.start).getUTCFullYear(), s.compressed])).toEqual([
      [1947, false],
      [1950, true],
      [1960, false],
      [1962, true],
      [2018, false],
    ]);
    expect(segments[0]?.start).toBe(y(1947));
    expect(segments.at(-1)?.end).toBe(y(2027));
  });

  it('leaves an evenly filled domain as one linear segment', () => {
    const spans = Array.from({ length: 80 }, (_, i) => span(1947 + i, 1948 + i));
    expect(axisSegments(spans, span(1947, 2027))).toEqual([
      { start: y(1947), end: y(2027), compressed: false },
    ]);
  });

  it('handles no events', () => {
    expect(axisSegments([], span(2000, 2010))).toEqual([
      { start: y(2000), end: y(2010), compressed: false },
    ]);
  });
});

describe('piecewiseScale', () => {
  const segments = [
    { start: y(1940), end: y(1950), compressed: false },
    { start: y(1950), end: y(2010), compressed: true },
    { start: y(2010), end: y(2030), compressed: false },
  ];
  const scale = piecewiseScale(segments, 328, 28);

  it('gives every linear segment the same pixels per year and each gap its fixed width', () => {
    expect(scale(y(1940))).toBeCloseTo(0);
    expect(scale(y(1950))).toBeCloseTo(100, 1);
    expect(scale(y(2010))).toBeCloseTo(128, 1);
    expect(scale(y(2030))).toBeCloseTo(328);
    expect(scale(y(2020)) - scale(y(2010))).toBeCloseTo(scale(y(1950)) - scale(y(1940)), 1);
  });

  it('is monotonic and inverts what it maps', () => {
    let previous = Number.NEGATIVE_INFINITY;
    for (let year = 1935; year <= 2035; year += 0.5) {
      const t = y(1935) + (year - 1935) * YEAR_MS;
      const x = scale(t);
      expect(x).toBeGreaterThan(previous);
      previous = x;
      expect(scale.invert(x)).toBeCloseTo(t, -4);
    }
  });
});

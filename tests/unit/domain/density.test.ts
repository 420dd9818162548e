import { describe, expect, it } from 'vitest';
import { densityBins } from '../../../src/domain/density';

describe('densityBins', () => {
  it('counts events per pixel column and row at the current zoom', () => {
    const counts = densityBins({
      baseX0: [1, 1.5, 3, 5],
      baseX1: [1, 1.5, 4, 5],
      rowOf: [0, 0, 1, -1],
      rows: 2,
      width: 10,
      transform: { k: 2, x: 0 },
    });
    // Row 0: two points at x = 2 and 3. Row 1: a band from 6 to 8. The fourth is skipped.
    expect(Array.from(counts.slice(0, 10))).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(counts.slice(10, 20))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 0]);
  });

  it('leaves out what is outside the view and piles up what shares a column', () => {
    const n = 1000;
    const counts = densityBins({
      baseX0: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 4 : -50)),
      baseX1: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 4 : -40)),
      rowOf: new Array<number>(n).fill(0),
      rows: 1,
      width: 8,
      transform: { k: 1, x: 0 },
    });
    expect(counts[4]).toBe(500);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(500);
  });
});

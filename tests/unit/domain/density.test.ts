import { describe, expect, it } from 'vitest';
import { densityBins, densityRuns, densityShapes, overviewBins } from '../../../src/domain/density';

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

describe('overviewBins and densityRuns', () => {
  it('bins each event into its lane, at least two columns wide, and joins equal columns into runs', () => {
    const counts = overviewBins({
      events: [
        { lane: 0, start: 10, end: 10 },
        { lane: 0, start: 10, end: 40 },
        { lane: 1, start: 70, end: 90 },
        { lane: 5, start: 0, end: 100 }, // no such lane: left out
      ],
      lanes: 2,
      columns: 10,
      x: (t) => t / 10,
    });
    expect(Array.from(counts.slice(0, 10))).toEqual([0, 2, 2, 1, 1, 0, 0, 0, 0, 0]);
    expect(Array.from(counts.slice(10, 20))).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(densityRuns(counts, 10, 2)).toEqual([
      { row: 0, x: 1, width: 2, level: 2 },
      { row: 0, x: 3, width: 2, level: 1 },
      { row: 1, x: 7, width: 3, level: 1 },
    ]);
  });

  it('caps a run at level 5 however many events share it', () => {
    const counts = new Uint16Array([9, 7, 0, 3]);
    expect(densityRuns(counts, 4, 1)).toEqual([
      { row: 0, x: 0, width: 2, level: 5 },
      { row: 0, x: 3, width: 1, level: 3 },
    ]);
  });
});

describe('densityShapes', () => {
  it('draws the runs of a row at one strength as one path of rectangles, in its row', () => {
    const shapes = densityShapes(
      [
        { row: 0, x: 1, width: 2, level: 2 },
        { row: 0, x: 3, width: 2, level: 1 },
        { row: 0, x: 8, width: 1, level: 2 },
        { row: 1, x: 7, width: 3, level: 1 },
      ],
      (row) => 4 + row * 9,
      7,
    );
    expect(shapes).toEqual([
      { row: 0, level: 2, d: 'M1,4h2v7h-2zM8,4h1v7h-1z' },
      { row: 0, level: 1, d: 'M3,4h2v7h-2z' },
      { row: 1, level: 1, d: 'M7,13h3v7h-3z' },
    ]);
  });
});

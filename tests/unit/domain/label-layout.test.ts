import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/domain/label-layout';

function boxesOverlap(a: [number, number], b: [number, number]) {
  return a[0] < b[1] && b[0] < a[1];
}

describe('layoutLabels', () => {
  it('stacks labels that would collide into separate rows of their lane', () => {
    const r = layoutLabels({
      lane: [0, 0, 0, 1],
      x0: [10, 20, 300, 20],
      x1: [10, 20, 300, 20],
      labelWidth: [100, 100, 100, 100],
      laneCount: 2,
      viewStart: 0,
      viewEnd: 1000,
    });
    expect(Array.from(r.row)).toEqual([0, 1, 0, 0]);
    expect(r.rowsPerLane).toEqual([2, 1]);
  });

  it('never lets two shown labels in the same lane and row overlap', () => {
    const n = 300;
    const lane = Array.from({ length: n }, (_, i) => i % 3);
    const x0 = Array.from({ length: n }, (_, i) => (i * 37) % 1200);
    const r = layoutLabels({
      lane,
      x0,
      x1: x0,
      labelWidth: Array.from({ length: n }, (_, i) => 40 + (i % 7) * 20),
      laneCount: 3,
      viewStart: 0,
      viewEnd: 1280,
    });
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (lane[i] !== lane[j] || r.row[i] !== r.row[j]) continue;
        if (Number.isNaN(r.labelLeft[i]) || Number.isNaN(r.labelLeft[j])) continue;
        const a: [number, number] = [r.labelLeft[i] ?? 0, r.labelRight[i] ?? 0];
        const b: [number, number] = [r.labelLeft[j] ?? 0, r.labelRight[j] ?? 0];
        expect(boxesOverlap(a, b), `items ${i} and ${j}`).toBe(false);
      }
    }
    // Every item still gets a row: its mark is drawn even when its label is not.
    expect(Array.from(r.row).every((row) => row >= 0 && row < 4)).toBe(true);
  });

  it('puts a label left of its mark when it would run off the right edge', () => {
    const r = layoutLabels({
      lane: [0],
      x0: [950],
      x1: [950],
      labelWidth: [120],
      laneCount: 1,
      viewStart: 0,
      viewEnd: 1000,
    });
    expect(r.labelRight[0]).toBeLessThanOrEqual(1000);
    expect(r.labelLeft[0]).toBeLessThan(950);
  });

  it('drops the label, not the mark, when every row is full', () => {
    const r = layoutLabels({
      lane: [0, 0, 0],
      x0: [0, 1, 2],
      x1: [0, 1, 2],
      labelWidth: [200, 200, 200],
      laneCount: 1,
      viewStart: 0,
      viewEnd: 1000,
      maxRows: 2,
    });
    expect(Array.from(r.row).every((row) => row >= 0)).toBe(true);
    expect(Number.isNaN(r.labelLeft[2])).toBe(true);
  });
});

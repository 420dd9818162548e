import { describe, expect, it } from 'vitest';
import type { MarkGeometry } from '../../../src/domain/mark-geometry';
import { nearestEvent, visibleMarks } from '../../../src/domain/mark-picking';
import type { TimelineEvent } from '../../../src/domain/timeline-model';

/** Four marks on one row: points at 10 and 50, a band 100–140, a point at 300 with no label. */
function geometry(): MarkGeometry {
  const events = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as TimelineEvent);
  return {
    events,
    lane: Int8Array.from([0, 0, 1, 0]),
    baseX0: Float64Array.from([10, 50, 100, 300]),
    baseX1: Float64Array.from([10, 50, 140, 300]),
    layout: {
      row: Int16Array.from([0, 0, 0, 0]),
      labelLeft: new Float64Array(4),
      rowsPerLane: [1, 1],
    } as unknown as MarkGeometry['layout'],
    labelOffset: Float64Array.from([0, 0, 0, Number.NaN]),
  };
}

describe('nearestEvent', () => {
  const markY = (i: number) => (i === 2 ? 100 : 50);
  const at = (x: number, y: number, k = 1, tx = 0) =>
    nearestEvent({
      geometry: geometry(),
      transform: { k, x: tx },
      markY,
      x,
      y,
      rowTolerance: 8,
      reach: 5,
    });

  it('picks the mark nearest the pointer on the row it is on', () => {
    expect(at(12, 50)).toBe(0);
    expect(at(48, 52)).toBe(1);
    expect(at(120, 100)).toBe(2); // inside a band
    expect(at(120, 50)).toBe(-1); // the band's row is another one
  });

  it('answers none beyond reach, and follows the zoom', () => {
    expect(at(30, 50)).toBe(-1);
    expect(at(100, 50, 2)).toBe(1); // b at 50 × 2
    expect(at(60, 50, 1, 10)).toBe(1); // b at 50 + 10
  });
});

describe('visibleMarks', () => {
  it('keeps the labelled marks in view, and the selected and focused wherever they are', () => {
    const g = geometry();
    const t = { k: 1, x: 0 };
    expect(visibleMarks({ geometry: g, transform: t, viewWidth: 60, keep: new Set() })).toEqual([
      0, 1,
    ]);
    expect(
      visibleMarks({ geometry: g, transform: t, viewWidth: 60, keep: new Set(['d', null]) }),
    ).toEqual([0, 1, 3]);
    expect(
      visibleMarks({ geometry: g, transform: { k: 1, x: -90 }, viewWidth: 60, keep: new Set() }),
    ).toEqual([2]);
  });
});

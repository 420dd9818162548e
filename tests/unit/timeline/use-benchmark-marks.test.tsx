import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useBenchmarkMarks } from '../../../src/timeline/use-benchmark-marks';

const drawnCounts = () =>
  performance
    .getEntriesByName('timeline:marks-drawn', 'mark')
    .map((m) => (m as PerformanceMark).detail as { count: number })
    .map((d) => d.count);

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('useBenchmarkMarks', () => {
  it('marks each new drawing of a chart without a density layer once it is committed', () => {
    const first = {};
    const { rerender } = renderHook(
      ({ drawing, count }) => useBenchmarkMarks(drawing, count, false),
      {
        initialProps: { drawing: first, count: 12 },
      },
    );
    expect(drawnCounts()).toEqual([12]);
    rerender({ drawing: first, count: 12 });
    expect(drawnCounts(), 'the same drawing is not marked again').toEqual([12]);
    rerender({ drawing: {}, count: 5 });
    expect(drawnCounts()).toEqual([12, 5]);
  });

  it('waits for the density layer to draw a dense chart’s drawing before marking it', () => {
    const drawing = {};
    const { result } = renderHook(() => useBenchmarkMarks(drawing, 10_000, true));
    expect(drawnCounts(), 'committed, but the layer has not drawn it').toEqual([]);
    result.current({});
    expect(drawnCounts(), 'the layer drew another drawing').toEqual([]);
    result.current(drawing);
    expect(drawnCounts()).toEqual([10_000]);
    result.current(drawing);
    expect(drawnCounts(), 'marked once').toEqual([10_000]);
  });

  it('marks at once a dense drawing the layer drew in the same commit (its effects run first)', () => {
    const drawing = {};
    const { rerender, result } = renderHook(({ d }) => useBenchmarkMarks(d, 10_000, true), {
      initialProps: { d: {} },
    });
    result.current(drawing);
    rerender({ d: drawing });
    expect(drawnCounts()).toEqual([10_000]);
  });

  it('measures from the data being ready to the first drawing, once', () => {
    performance.mark('timeline:data-ready');
    const { rerender } = renderHook(({ drawing }) => useBenchmarkMarks(drawing, 3, false), {
      initialProps: { drawing: {} },
    });
    rerender({ drawing: {} });
    expect(performance.getEntriesByName('timeline:render', 'measure')).toHaveLength(1);
  });
});

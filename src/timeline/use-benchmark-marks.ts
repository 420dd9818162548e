/**
 * Performance marks the benchmark reads (bench/): one per commit of a new set of marks, and the
 * first drawing after the data arrived measured as what the chart itself costs.
 */
import { useEffect } from 'react';

export function useBenchmarkMarks(drawing: unknown, count: number): void {
  useEffect(() => {
    const drawn = performance.mark('timeline:marks-drawn', { detail: { count } });
    const ready = performance.getEntriesByName('timeline:data-ready', 'mark').at(-1);
    if (ready && performance.getEntriesByName('timeline:render', 'measure').length === 0) {
      performance.measure('timeline:render', { start: ready.startTime, end: drawn.startTime });
    }
  }, [drawing, count]);
}

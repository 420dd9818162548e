/**
 * Performance marks the benchmark reads (bench/): one per commit of a new set of marks, and the
 * first drawing after the data arrived measured as what the chart itself costs. A dense chart's
 * drawing is done only once its density layer has drawn every event too: the mark waits for it.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

function markDrawn(count: number): void {
  const drawn = performance.mark('timeline:marks-drawn', { detail: { count } });
  const ready = performance.getEntriesByName('timeline:data-ready', 'mark').at(-1);
  if (ready && performance.getEntriesByName('timeline:render', 'measure').length === 0) {
    performance.measure('timeline:render', { start: ready.startTime, end: drawn.startTime });
  }
}

/**
 * Marks each new `drawing` once it is on the page. With `layered`, the density layer must also
 * have drawn it: call the returned function with each drawing the layer has drawn.
 */
export function useBenchmarkMarks(
  drawing: unknown,
  count: number,
  layered: boolean,
): (drawn: unknown) => void {
  const layerDrew = useRef<unknown>(null);
  const waiting = useRef<{ drawing: unknown; count: number } | null>(null);
  // At commit, when the marks are on the page (a passive effect may run only after the frame
  // is painted). A layer drawn in the same commit draws in its own effect, after this one.
  useLayoutEffect(() => {
    if (!layered || layerDrew.current === drawing) markDrawn(count);
    else waiting.current = { drawing, count };
  }, [drawing, count, layered]);
  return useCallback((drawn: unknown) => {
    layerDrew.current = drawn;
    const wait = waiting.current;
    if (wait === null || wait.drawing !== drawn) return;
    waiting.current = null;
    markDrawn(wait.count);
  }, []);
}

import type { RefObject } from 'react';
import { startTransition, useContext, useLayoutEffect, useRef, useState } from 'react';
import { InitialChartWidth } from '../prerender/chart-width';

const FALLBACK_WIDTH = 960;

/**
 * The content width of an element, kept current with a ResizeObserver where there is one. Until
 * it is measured it is the prerendered page's width (InitialChartWidth), so hydration draws what
 * the server drew; otherwise `hint` (the loading view's measured width), or null: the element is
 * measured before anything is drawn in it, in the same task, and a width then comes at once
 * (a fixed guess when the element has none, as when it is hidden).
 */
export function useElementWidth<T extends HTMLElement>(
  hint?: number | null,
): [RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const initial = useContext(InitialChartWidth);
  const [width, setWidth] = useState<number | null>(() => initial ?? hint ?? null);
  // Nothing is drawn until a width is known: with none to start from, it is read at once.
  const [measureAtOnce] = useState(width === null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // A prerendered chart is on screen already, drawn for the width the server assumed: when
    // the real width differs, its new layout can come in slices (a transition) rather than in
    // one long task while the page comes alive. Without one, the first width is needed at once.
    let first = initial !== null;
    const read = () => {
      const w = Math.floor(node.clientWidth);
      if (w <= 0) {
        setWidth((was) => was ?? FALLBACK_WIDTH);
        return;
      }
      if (first) startTransition(() => setWidth(w));
      else setWidth(w);
      first = false;
    };
    // With a width to start from, the observer's first report (after the browser's own layout,
    // before it paints) is soon enough; reading clientWidth here would force a layout of the
    // whole page in the task that commits the chart (~40 ms at its first drawing).
    if (measureAtOnce || typeof ResizeObserver === 'undefined') read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(node);
    return () => observer.disconnect();
  }, [initial, measureAtOnce]);
  return [ref, width];
}

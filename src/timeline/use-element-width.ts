import type { RefObject } from 'react';
import { useContext, useLayoutEffect, useRef, useState } from 'react';
import { InitialChartWidth } from '../prerender/chart-width';

const FALLBACK_WIDTH = 960;

/**
 * The content width of an element, kept current with a ResizeObserver where there is one. Until
 * it is measured it is the prerendered page's width (InitialChartWidth), so hydration draws what
 * the server drew.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const initial = useContext(InitialChartWidth);
  const [width, setWidth] = useState(initial ?? FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const read = () => {
      const w = Math.floor(node.clientWidth);
      if (w > 0) setWidth(w);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

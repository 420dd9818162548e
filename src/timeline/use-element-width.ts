import type { RefObject } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

const FALLBACK_WIDTH = 960;

/**
 * The content width of an element, kept current with a ResizeObserver where there is one; until
 * it is measured, `initial` (a hint) or a fixed guess.
 */
export function useElementWidth<T extends HTMLElement>(
  initial?: number | null,
): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => initial ?? FALLBACK_WIDTH);
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

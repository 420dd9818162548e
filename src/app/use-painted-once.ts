import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * On a page asked for another dataset (`?data=`: src/prerender/start.js marks it
 * `other-dataset`), false in a new view's first render and until the browser has painted it,
 * then true; true everywhere else: on the server, and on a prerendered page, painted before its
 * script ran (there a part that waited left the export menu out for a frame after hydrating and
 * moved the chart, which the hydration browser tests caught). For parts whose code is fetched
 * lazily and that a view can first show without (the export menu, the list's code): asking for
 * them in the render that draws the chart made that task longer (in CPU profiles, the list's
 * preload alone took 13 ms of it at 100 events and 11 ms at 10 000).
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(
    () =>
      typeof document === 'undefined' ||
      !document.documentElement.classList.contains('other-dataset'),
  );
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}

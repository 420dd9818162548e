import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * On a page asked for another dataset (`?data=`: public/assets/start.js marks it
 * `other-dataset`), false in a new view's first render and until the browser has painted it,
 * then true; true everywhere else (the server; a prerendered page, painted before its script ran,
 * which React hydrates and partly renders afresh). For parts whose code is fetched lazily and that
 * a view can first show without (the export menu, the list's code): asking for a chunk in the
 * render that draws the chart put its preload links and React's lazy bookkeeping into that task
 * (~25 ms of a 100-event page's ~110 ms render here, ~11 ms at 10 000 events).
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

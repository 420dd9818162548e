import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';
import { useHydrated } from './use-hydrated';

/** The page has painted a view: from then on nothing waits for a first paint. */
let pagePainted = false;

/**
 * False until the page has painted its first view, then true: true from the start on the server
 * and on a prerendered page (painted before its script ran). For parts whose code is fetched
 * lazily and that the first view can show without (page tools, export): asking for a chunk in
 * the first render put its preload links and React's lazy bookkeeping into the task that draws
 * the chart (~25 ms of a 100-event page's ~110 ms render here).
 */
export function usePaintedOnce(): boolean {
  // useHydrated is false on the server and while hydrating: that page is painted already.
  const hydrating = !useHydrated();
  const [painted, setPainted] = useState(() => (pagePainted ||= hydrating));
  useEffect(() => {
    if (painted) return undefined;
    return afterNextPaint(() => {
      pagePainted = true;
      setPainted(true);
    });
  }, [painted]);
  return painted || pagePainted;
}

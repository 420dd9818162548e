import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';
import { useHydrated } from './use-hydrated';

/**
 * False in a new view's first render and until the browser has painted it, then true; true from
 * the start while React hydrates prerendered HTML (painted before the script ran, and the first
 * render must match it) and on the server. For parts whose code is fetched lazily and that a
 * view can first show without (page tools, export, the list's code): asking for a chunk in the
 * render that draws the chart put its preload links and React's lazy bookkeeping into that task
 * (~25 ms of a 100-event page's ~110 ms render here, ~20 ms at 10 000 events).
 */
export function usePaintedOnce(): boolean {
  // useHydrated is false on the server and while hydrating: only a fresh view waits.
  const [painted, setPainted] = useState(!useHydrated());
  useEffect(() => (painted ? undefined : afterNextPaint(() => setPainted(true))), [painted]);
  return painted;
}

/**
 * Work that must not hold back the first view, started once the browser has painted it: the
 * next animation frame is the paint's, and a task queued from it runs after that paint. A page
 * that paints no frames (a tab in the background) gets it after `fallbackMs` all the same.
 * Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void, fallbackMs = 500): () => void {
  let pending = true;
  const run = () => {
    if (pending) work();
    pending = false;
  };
  const timers = [setTimeout(run, fallbackMs)];
  const frame = requestAnimationFrame(() => timers.push(setTimeout(run, 0)));
  return () => {
    pending = false;
    cancelAnimationFrame(frame);
    for (const timer of timers) clearTimeout(timer);
  };
}

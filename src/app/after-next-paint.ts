/**
 * Work that must not hold back the first view, started once the browser has painted it: the
 * next animation frame is the paint's, and a task queued from it runs after that paint. A page
 * that paints no frames (a tab in the background) does it once it is shown and paints. Returns
 * a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let queued: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    queued = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(queued);
  };
}

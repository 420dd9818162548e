/**
 * The width the chart will most likely have, measured from the loading view that stands in its
 * place before the chart exists, or, when a small dataset is drawn in the app's first render
 * (no loading view), computed from the viewport (src/main.tsx). The chart starts from it instead
 * of a fixed guess: with the guess, a large dataset was laid out twice in one task (once at the
 * guessed width, then, after the real width was measured, again), which made that task the
 * longest of the load (~450 ms at 10 000 events against ~200 ms when the first width is right).
 * A wrong hint costs nothing more than the guess did: the chart measures itself and corrects.
 */
let hint: number | null = null;

/** Records a width, rounded as an element's clientWidth is. */
export function recordChartWidthHint(width: number): void {
  if (Number.isFinite(width) && width > 0) hint = Math.round(width);
}

/** The last width recorded, or null before any was. */
export function chartWidthHint(): number | null {
  return hint;
}

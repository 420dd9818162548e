/**
 * Counts of events per pixel column and row, for drawing thousands of events that are denser
 * than a pixel as one density layer instead of one element each. Pure and O(events): cheap
 * enough to run on every zoom frame.
 */
import type { ZoomTransform } from './mark-geometry';

export interface DensityInput {
  /** Unzoomed x of each event's start and end (equal for a point). */
  readonly baseX0: ArrayLike<number>;
  readonly baseX1: ArrayLike<number>;
  /** Which drawing row each event sits in, counted across all lanes (0 = top). */
  readonly rowOf: ArrayLike<number>;
  readonly rows: number;
  readonly width: number;
  readonly transform: ZoomTransform;
}

/** counts[row * width + px]: how many events cover that pixel column in that row. */
export function densityBins(input: DensityInput): Uint16Array {
  const { width, rows, transform } = input;
  const counts = new Uint16Array(Math.max(0, width * rows));
  const n = input.rowOf.length;
  for (let i = 0; i < n; i++) {
    const row = input.rowOf[i] ?? -1;
    if (row < 0 || row >= rows) continue;
    const a = Math.floor((input.baseX0[i] ?? 0) * transform.k + transform.x);
    const b = Math.floor((input.baseX1[i] ?? 0) * transform.k + transform.x);
    if (b < 0 || a >= width) continue;
    const from = Math.max(0, a);
    const to = Math.min(width - 1, b);
    const offset = row * width;
    for (let px = from; px <= to; px++) {
      const k = offset + px;
      if ((counts[k] as number) < 65535) counts[k] = (counts[k] as number) + 1;
    }
  }
  return counts;
}

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
    addSpan(counts, row * width, Math.max(0, a), Math.min(width - 1, b));
  }
  return counts;
}

/** Adds one to counts[offset + from … offset + to], saturating at the array's maximum. */
function addSpan(counts: Uint16Array, offset: number, from: number, to: number): void {
  for (let px = from; px <= to; px++) {
    const k = offset + px;
    if ((counts[k] as number) < 65535) counts[k] = (counts[k] as number) + 1;
  }
}

export interface OverviewInput {
  /** Each event's lane index and time span (UTC ms). */
  readonly events: readonly {
    readonly lane: number;
    readonly start: number;
    readonly end: number;
  }[];
  readonly lanes: number;
  readonly columns: number;
  /** Time to pixel column: the overview's linear scale over the whole span. */
  readonly x: (t: number) => number;
}

/**
 * counts[lane * columns + px] for the overview strip: every event at least two columns wide so
 * a single day still shows, clipped to the strip.
 */
export function overviewBins(input: OverviewInput): Uint16Array {
  const { columns, lanes, x } = input;
  const counts = new Uint16Array(Math.max(0, columns * lanes));
  for (const e of input.events) {
    if (e.lane < 0 || e.lane >= lanes) continue;
    const a = Math.max(0, Math.floor(x(e.start)));
    const b = Math.min(columns - 1, Math.max(a + 1, Math.floor(x(e.end))));
    addSpan(counts, e.lane * columns, a, b);
  }
  return counts;
}

export interface DensityRun {
  readonly row: number;
  readonly x: number;
  readonly width: number;
  /** 1–5: how many events the columns hold, capped, for the run's strength. */
  readonly level: number;
}

/**
 * Neighbouring columns of a row at the same strength, as one run: as many rectangles for
 * 100 000 events as for 12, never one per event.
 */
export function densityRuns(counts: Uint16Array, columns: number, rows: number): DensityRun[] {
  const runs: DensityRun[] = [];
  for (let row = 0; row < rows; row++) {
    let start = 0;
    let level = 0;
    const offset = row * columns;
    for (let px = 0; px <= columns; px++) {
      const c = px < columns ? (counts[offset + px] as number) : 0;
      const next = c === 0 ? 0 : Math.min(5, c);
      if (next === level) continue;
      if (level > 0) runs.push({ row, x: start, width: px - start, level });
      start = px;
      level = next;
    }
  }
  return runs;
}

/** One shape for all the runs of a row at one strength. */
export interface DensityShape {
  readonly row: number;
  readonly level: number;
  /** SVG path data: one closed rectangle per run. */
  readonly d: string;
}

/**
 * The runs as one path per row and strength (at most rows × 5), not one rectangle each: the
 * overview of 10 000 events had ~690 rectangles to create and lay out on the first draw.
 * Row r spans y from `top(r)` for `height`.
 */
export function densityShapes(
  runs: readonly DensityRun[],
  top: (row: number) => number,
  height: number,
): DensityShape[] {
  const byKey = new Map<string, { row: number; level: number; parts: string[] }>();
  for (const r of runs) {
    const key = `${r.row}:${r.level}`;
    let shape = byKey.get(key);
    if (!shape) {
      shape = { row: r.row, level: r.level, parts: [] };
      byKey.set(key, shape);
    }
    shape.parts.push(`M${r.x},${top(r.row)}h${r.width}v${height}h${-r.width}z`);
  }
  return [...byKey.values()].map(({ row, level, parts }) => ({ row, level, d: parts.join('') }));
}

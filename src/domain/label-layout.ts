/**
 * Places each event's mark and label into rows within its lane so that no two labels overlap and
 * no two marks collide. Runs once per data, size or zoom-level change — never per zoom frame.
 * Input and output are flat arrays indexed like the events (columnar, as in Observable Plot).
 */
import { bisector } from 'd3-array';

export interface LayoutInput {
  /** Lane index of each item. */
  readonly lane: ArrayLike<number>;
  /** Left edge (px) of each item's mark at the current zoom. */
  readonly x0: ArrayLike<number>;
  /** Right edge (px) of each item's mark (equal to x0 for a point). */
  readonly x1: ArrayLike<number>;
  /** Width (px) of each item's label. */
  readonly labelWidth: ArrayLike<number>;
  readonly laneCount: number;
  /** Visible window; items outside it are neither placed nor labelled. */
  readonly viewStart: number;
  readonly viewEnd: number;
  readonly maxRows?: number;
  /** Space kept between neighbouring boxes. */
  readonly gap?: number;
  /** Half-width reserved for a point mark. */
  readonly markRadius?: number;
}

export interface LayoutResult {
  /** Row within the lane for each item; -1 when the item is outside the view. */
  readonly row: Int16Array;
  /** Label box per item [left, right] in px, or NaN when its label is not shown. */
  readonly labelLeft: Float64Array;
  readonly labelRight: Float64Array;
  /** Rows used by each lane (at least 1). */
  readonly rowsPerLane: number[];
}

/** Intervals are found by their right edge: the first one that ends at or after a point. */
const byRight = bisector((d: { left: number; right: number }) => d.right);

/** Whether [left, right] overlaps any of the intervals, which are sorted and disjoint. */
function overlapsAny(
  intervals: readonly { left: number; right: number }[],
  left: number,
  right: number,
): boolean {
  const hit = intervals[byRight.left(intervals, left)];
  return hit !== undefined && hit.left <= right;
}

/**
 * Greedy interval packing in x order. A label goes to the right of its mark, or to its left when
 * it would run off the view's right edge; when no row has room for it, the mark is still placed
 * (in the first row with room for the mark alone) and the label is left out.
 */
export function layoutLabels(input: LayoutInput): LayoutResult {
  const n = input.lane.length;
  const maxRows = input.maxRows ?? 4;
  const gap = input.gap ?? 8;
  const radius = input.markRadius ?? 6;
  const row = new Int16Array(n).fill(-1);
  const labelLeft = new Float64Array(n).fill(Number.NaN);
  const labelRight = new Float64Array(n).fill(Number.NaN);
  const rowsPerLane = new Array<number>(input.laneCount).fill(1);
  // Pass 1, in x order: labels. Right-most pixel taken by a label, and by a labelled mark, in
  // each row of each lane. Labels sit below the mark line, so a label must keep clear of other
  // labels, and its mark of other marks.
  const labelEnd: number[][] = Array.from({ length: input.laneCount }, () => []);
  const markEnd: number[][] = Array.from({ length: input.laneCount }, () => []);
  // The labelled marks of each row, in x order, for pass 2.
  const rowMarks: { left: number; right: number }[][][] = Array.from(
    { length: input.laneCount },
    () => [],
  );
  const unlabelled: number[] = [];

  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (input.x0[a] ?? 0) - (input.x0[b] ?? 0) || a - b,
  );

  for (const i of order) {
    const lane = input.lane[i] ?? 0;
    const x0 = input.x0[i] ?? 0;
    const x1 = Math.max(x0, input.x1[i] ?? x0);
    if (x1 + radius < input.viewStart || x0 - radius > input.viewEnd) continue;
    const labels = labelEnd[lane];
    const marks = markEnd[lane];
    const placedMarks = rowMarks[lane];
    if (!labels || !marks || !placedMarks) continue;
    const w = input.labelWidth[i] ?? 0;
    const markLeft = x0 - radius;
    const markRight = x1 + radius;

    // Label on the right of the mark's start, unless that runs past the view's right edge.
    let left = x0 - radius;
    let right = Math.max(markRight, x0 + radius + w);
    if (right > input.viewEnd && x0 - w - radius >= input.viewStart) {
      left = x0 - w - radius;
      right = markRight;
    }

    let placed = -1;
    for (let r = 0; r < maxRows; r++) {
      const free =
        (labels[r] ?? Number.NEGATIVE_INFINITY) + gap <= left &&
        (marks[r] ?? Number.NEGATIVE_INFINITY) + 1 <= markLeft;
      if (free) {
        placed = r;
        break;
      }
    }
    if (placed < 0) {
      unlabelled.push(i);
      continue;
    }
    labels[placed] = right;
    marks[placed] = markRight;
    (placedMarks[placed] ??= []).push({ left: markLeft, right: markRight });
    row[i] = placed;
    labelLeft[i] = left;
    labelRight[i] = right;
  }

  // Pass 2: marks without a label go where they touch no labelled mark (else to row 0); they
  // need no room below the line, so they never push a label out.
  for (const i of unlabelled) {
    const lane = input.lane[i] ?? 0;
    const x0 = input.x0[i] ?? 0;
    const left = x0 - radius;
    const right = Math.max(x0, input.x1[i] ?? x0) + radius;
    const rows = rowMarks[lane] ?? [];
    let chosen = 0;
    for (let r = 0; r < maxRows; r++) {
      if (!overlapsAny(rows[r] ?? [], left, right)) {
        chosen = r;
        break;
      }
    }
    row[i] = chosen;
    const used = markEnd[lane];
    if (used && used[chosen] === undefined) used[chosen] = right;
  }
  markEnd.forEach((ends, lane) => {
    rowsPerLane[lane] = Math.max(1, ends.length);
  });
  return { row, labelLeft, labelRight, rowsPerLane };
}

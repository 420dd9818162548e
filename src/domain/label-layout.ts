/**
 * Places each event's mark and label into rows within its lane so that no two labels overlap and
 * no two marks collide. Runs once per data, size or zoom-level change — never per zoom frame.
 * Input and output are flat arrays indexed like the events (columnar, as in Observable Plot).
 */

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
  // Right-most occupied pixel of each row of each lane.
  const rowEnd: number[][] = Array.from({ length: input.laneCount }, () => []);

  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (input.x0[a] ?? 0) - (input.x0[b] ?? 0) || a - b,
  );

  for (const i of order) {
    const lane = input.lane[i] ?? 0;
    const x0 = input.x0[i] ?? 0;
    const x1 = Math.max(x0, input.x1[i] ?? x0);
    if (x1 + radius < input.viewStart || x0 - radius > input.viewEnd) continue;
    const ends = rowEnd[lane];
    if (!ends) continue;
    const w = input.labelWidth[i] ?? 0;
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
      const end = ends[r] ?? Number.NEGATIVE_INFINITY;
      if (end + gap <= left) {
        placed = r;
        break;
      }
    }
    if (placed >= 0) {
      ends[placed] = right;
      row[i] = placed;
      labelLeft[i] = left;
      labelRight[i] = right;
      continue;
    }
    // No room for the label: keep the mark, in the row that frees up first.
    let best = 0;
    for (let r = 1; r < Math.min(maxRows, ends.length); r++) {
      if ((ends[r] ?? 0) < (ends[best] ?? 0)) best = r;
    }
    row[i] = best;
    ends[best] = Math.max(ends[best] ?? markRight, markRight);
  }
  rowEnd.forEach((ends, lane) => {
    rowsPerLane[lane] = Math.max(1, ends.length);
  });
  return { row, labelLeft, labelRight, rowsPerLane };
}

/**
 * Which marks a dense chart draws as elements, and which event a pointer position means: pure
 * functions of the mark geometry and the zoom, so they are tested without a browser.
 */
import type { MarkGeometry, ZoomTransform } from './mark-geometry';

export interface VisibleMarksInput {
  readonly geometry: MarkGeometry;
  readonly transform: ZoomTransform;
  readonly viewWidth: number;
  /** Ids always drawn (the selected and the focused event), wherever they are. */
  readonly keep: ReadonlySet<string | null>;
}

/** Indexes of the events with a label in view, plus those to keep, in time order. */
export function visibleMarks(input: VisibleMarksInput): number[] {
  const { geometry: g, transform: t, viewWidth, keep } = input;
  const out: number[] = [];
  for (let i = 0; i < g.events.length; i++) {
    if (keep.has(g.events[i]?.id ?? null)) out.push(i);
    else if (!Number.isNaN(g.labelOffset[i])) {
      const x0 = (g.baseX0[i] ?? 0) * t.k + t.x;
      const x1 = (g.baseX1[i] ?? 0) * t.k + t.x;
      if (x1 >= 0 && x0 <= viewWidth) out.push(i);
    }
  }
  return out;
}

export interface NearestEventInput {
  readonly geometry: MarkGeometry;
  readonly transform: ZoomTransform;
  /** The y of each event's mark line. */
  readonly markY: (i: number) => number;
  /** The pointer, in the plot's pixels. */
  readonly x: number;
  readonly y: number;
  /** How far above or below a mark line still counts as on it. */
  readonly rowTolerance: number;
  /** How far left or right of a mark still picks it (px). */
  readonly reach: number;
}

/**
 * The event whose mark is nearest the pointer horizontally among those on the row the pointer
 * is on, within reach; -1 when there is none. A band counts from its start to its end.
 */
export function nearestEvent(input: NearestEventInput): number {
  const { geometry: g, transform: t, x, y } = input;
  let best = -1;
  let bestDistance = input.reach;
  for (let i = 0; i < g.events.length; i++) {
    if (Math.abs(y - input.markY(i)) > input.rowTolerance) continue;
    const x0 = (g.baseX0[i] ?? 0) * t.k + t.x;
    const x1 = (g.baseX1[i] ?? 0) * t.k + t.x;
    const d = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

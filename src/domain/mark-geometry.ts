/**
 * Where each event's mark and label go: computed once per data, size or zoom-level change into
 * flat arrays, then read while rendering. A zoom frame only changes the transform (k, x) applied
 * to the base positions; it never reruns this.
 */
import type { LayoutResult } from './label-layout';
import { layoutLabels } from './label-layout';
import type { TimelineEvent } from './timeline-model';

export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export interface MarkGeometry {
  readonly events: readonly TimelineEvent[];
  /** Lane index per event. */
  readonly lane: Int8Array;
  /** Unzoomed x of the start and end of what each event could be; equal for a point. */
  readonly baseX0: Float64Array;
  readonly baseX1: Float64Array;
  readonly layout: LayoutResult;
  /** Label's left edge relative to the mark's zoomed x0 (px), NaN when its label is hidden. */
  readonly labelOffset: Float64Array;
}

export interface MarkGeometryInput {
  readonly events: readonly TimelineEvent[];
  readonly laneIds: readonly string[];
  readonly baseScale: (t: number) => number;
  readonly transform: ZoomTransform;
  readonly viewWidth: number;
  readonly labelWidth: (e: TimelineEvent) => number;
  readonly maxRows?: number;
}

export function markGeometry(input: MarkGeometryInput): MarkGeometry {
  const { events, baseScale, transform } = input;
  const n = events.length;
  const laneIndex = new Map(input.laneIds.map((id, i) => [id, i]));
  const lane = new Int8Array(n);
  const baseX0 = new Float64Array(n);
  const baseX1 = new Float64Array(n);
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  const widths = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i] as TimelineEvent;
    lane[i] = laneIndex.get(e.lane) ?? 0;
    if (e.exact) {
      const mid = baseScale((e.span.start + e.span.end) / 2);
      baseX0[i] = mid;
      baseX1[i] = mid;
    } else {
      baseX0[i] = baseScale(e.span.start);
      baseX1[i] = baseScale(e.span.end);
    }
    x0[i] = (baseX0[i] as number) * transform.k + transform.x;
    x1[i] = (baseX1[i] as number) * transform.k + transform.x;
    widths[i] = input.labelWidth(e);
  }
  const layout = layoutLabels({
    lane,
    x0,
    x1,
    labelWidth: widths,
    laneCount: input.laneIds.length,
    viewStart: Number.NEGATIVE_INFINITY,
    viewEnd: input.viewWidth,
    maxRows: input.maxRows ?? 5,
  });
  const labelOffset = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const left = layout.labelLeft[i] as number;
    // The layout's box includes the mark's own radius on the left; the text starts past it.
    labelOffset[i] = Number.isNaN(left) ? Number.NaN : left - (x0[i] as number);
  }
  return { events, lane, baseX0, baseX1, layout, labelOffset };
}

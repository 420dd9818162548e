/** The chart's time domain and its broken base scale, derived from the whole dataset. */
import type { PiecewiseScale } from '../domain/axis-segments';
import { YEAR_MS, axisSegments, piecewiseScale } from '../domain/axis-segments';
import type { TimeSpan } from '../domain/edtf';
import type { Timeline } from '../domain/timeline-model';

/** From a little before the first event to today (or the last event, if later). */
export function chartDomain(timeline: Timeline, now: number): TimeSpan {
  const start = timeline.extent.start - 2 * YEAR_MS;
  const end = Math.max(now, timeline.extent.end) + YEAR_MS / 12;
  return { start, end };
}

export function chartScale(timeline: Timeline, width: number, now: number): PiecewiseScale {
  const domain = chartDomain(timeline, now);
  const range = domain.end - domain.start;
  const spans = [...timeline.events.map((e) => e.span), ...timeline.eras.map((e) => e.span)];
  const segments = axisSegments(timeline.events.length > 0 ? spans : [], domain, {
    minGap: Math.max(4 * YEAR_MS, range * 0.05),
    padding: Math.max(YEAR_MS / 2, range * 0.01),
  });
  return piecewiseScale(segments, width);
}

/** Enough zoom to give one day about 40 px. */
export function maxZoom(scale: PiecewiseScale): number {
  const first = scale.segments.findIndex((s) => !s.compressed);
  const s = scale.segments[first];
  const r = scale.ranges[first];
  if (!s || !r) return 64;
  const pxPerDay = ((r[1] - r[0]) / (s.end - s.start)) * 86_400_000;
  return Math.max(8, 40 / Math.max(pxPerDay, 1e-9));
}

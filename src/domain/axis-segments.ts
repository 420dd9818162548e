/**
 * A time axis that stays proportional to time, except across long stretches with no events,
 * which are compressed into a clearly marked break. With the 1949 and 1961 events decades away
 * from the 2019–2025 cluster, a purely linear axis would crush the cluster into a few pixels.
 */
import { scaleUtc } from 'd3-scale';
import type { TimeSpan } from './edtf';

export const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

export interface AxisSegment {
  readonly start: number;
  readonly end: number;
  /** True for a stretch with no events, drawn narrow with a break mark. */
  readonly compressed: boolean;
}

export interface SegmentOptions {
  /** A stretch with no events longer than this (ms) is compressed. Default: 8 years or 12% of the range. */
  readonly minGap?: number;
  /** Room kept around each cluster of events (ms). Default: 1 year or 2% of the range. */
  readonly padding?: number;
}

/** Splits [domain.start, domain.end) into linear segments and compressed gaps. */
export function axisSegments(
  spans: readonly TimeSpan[],
  domain: TimeSpan,
  options: SegmentOptions = {},
): AxisSegment[] {
  const range = domain.end - domain.start;
  const minGap = options.minGap ?? Math.max(8 * YEAR_MS, range * 0.12);
  const padding = options.padding ?? Math.max(YEAR_MS, range * 0.02);
  if (spans.length === 0 || range <= 0) {
    return [{ start: domain.start, end: domain.end, compressed: false }];
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Clusters of coverage, padded, merged where they touch.
  const clusters: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const start = Math.max(domain.start, s.start - padding);
    const end = Math.min(domain.end, s.end + padding);
    const last = clusters[clusters.length - 1];
    if (last && start < last.end + minGap) last.end = Math.max(last.end, end);
    else clusters.push({ start, end });
  }
  const segments: { start: number; end: number; compressed: boolean }[] = [];
  const extendOrPush = (start: number, end: number) => {
    const last = segments[segments.length - 1];
    if (last && !last.compressed) last.end = end;
    else segments.push({ start, end, compressed: false });
  };
  let cursor = domain.start;
  for (const c of clusters) {
    if (c.start - cursor >= minGap) {
      segments.push({ start: cursor, end: c.start, compressed: true });
      segments.push({ start: c.start, end: c.end, compressed: false });
    } else {
      extendOrPush(cursor, c.end);
    }
    cursor = Math.max(cursor, c.end);
  }
  if (domain.end - cursor >= minGap)
    segments.push({ start: cursor, end: domain.end, compressed: true });
  else if (domain.end > cursor) extendOrPush(cursor, domain.end);
  return segments;
}

export interface PiecewiseScale {
  /** Time (UTC ms) to x in the unzoomed chart. */
  (t: number): number;
  invert(x: number): number;
  readonly segments: readonly AxisSegment[];
  /** Pixel extent of each segment, matching `segments`. */
  readonly ranges: readonly (readonly [number, number])[];
}

/**
 * A monotonic piecewise-linear scale over the segments: every linear segment gets the same
 * pixels per unit of time; each compressed gap gets `gapWidth` pixels. It is a d3-scale continuous
 * scale with one domain and range point per segment boundary (a "polylinear" scale), which
 * extrapolates past either end at the rate of the segment there and inverts the same way. The UTC
 * time scale rather than scaleLinear: the same piecewise interpolation, and the app already loads
 * it for the overview, while scaleLinear would add d3-format (its tick labels) to the first load.
 */
export function piecewiseScale(
  segments: readonly AxisSegment[],
  width: number,
  gapWidth = 28,
): PiecewiseScale {
  const gaps = segments.filter((s) => s.compressed).length;
  const linearTime = segments
    .filter((s) => !s.compressed)
    .reduce((sum, s) => sum + (s.end - s.start), 0);
  const usable = Math.max(1, width - gaps * gapWidth);
  const pxPerMs = linearTime > 0 ? usable / linearTime : 0;
  const ranges: [number, number][] = [];
  let x = 0;
  for (const s of segments) {
    const w = s.compressed
      ? linearTime > 0
        ? gapWidth
        : width / segments.length
      : (s.end - s.start) * pxPerMs;
    ranges.push([x, x + w]);
    x += w;
  }
  const domain = [segments[0]?.start ?? 0, ...segments.map((s) => s.end)];
  const range = [0, ...ranges.map((r) => r[1])];
  const time = scaleUtc().domain(domain).range(range);
  const scale = ((t: number) => time(t)) as PiecewiseScale;
  scale.invert = (px: number) => time.invert(px).getTime();
  Object.defineProperty(scale, 'segments', { value: segments });
  Object.defineProperty(scale, 'ranges', { value: ranges });
  return scale;
}

/** Ticks for the broken axis at the current zoom: per linear segment, from d3's UTC time scale. */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { yearLabel } from '../domain/date-label';
import type { PiecewiseScale } from '../domain/axis-segments';
import type { ZoomTransform } from '../domain/mark-geometry';

export interface AxisTick {
  readonly x: number;
  readonly label: string;
  readonly key: string;
}

export interface AxisBreak {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
  readonly key: string;
}

const PX_PER_TICK = 80;

/**
 * d3 writes a year tick as "%Y", which reads "-0220" or "0009" before AD 1000; those years are
 * labelled as people write them ("221 BC", "AD 9"). Every other tick keeps d3's label.
 */
function tickLabel(d: Date, format: (d: Date) => string): string {
  const year = d.getUTCFullYear();
  if (year < 1000 && utcYear.floor(d).getTime() === d.getTime()) return yearLabel(year);
  return format(d);
}

export function axisTicks(
  scale: PiecewiseScale,
  t: ZoomTransform,
  width: number,
): { ticks: AxisTick[]; breaks: AxisBreak[] } {
  const ticks: AxisTick[] = [];
  const breaks: AxisBreak[] = [];
  scale.segments.forEach((segment, i) => {
    const range = scale.ranges[i];
    if (!range) return;
    const x0 = range[0] * t.k + t.x;
    const x1 = range[1] * t.k + t.x;
    if (x1 < 0 || x0 > width) return;
    if (segment.compressed) {
      const from = new Date(segment.start).getUTCFullYear();
      const to = new Date(segment.end).getUTCFullYear();
      breaks.push({ x0, x1, label: `${yearLabel(from)}–${yearLabel(to)}`, key: `b${i}` });
      return;
    }
    const visible0 = Math.max(0, x0);
    const visible1 = Math.min(width, x1);
    if (visible1 - visible0 < 30) return;
    const local = scaleUtc().domain([segment.start, segment.end]).range([x0, x1]);
    const count = Math.max(1, Math.floor((visible1 - visible0) / PX_PER_TICK));
    const from = local.invert(visible0);
    const to = local.invert(visible1);
    const sub = scaleUtc().domain([from, to]).range([visible0, visible1]);
    const format = sub.tickFormat(count);
    for (const d of sub.ticks(count)) {
      ticks.push({ x: local(d), label: tickLabel(d, format), key: `${i}:${d.getTime()}` });
    }
  });
  return { ticks, breaks };
}

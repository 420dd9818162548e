/** A year range (a year filter or a deep link) moves the chart to it, again if the width changes. */
import { useEffect, useRef } from 'react';
import type { PiecewiseScale } from '../domain/axis-segments';
import { yearStart } from '../domain/edtf';
import type { Timeline } from '../domain/timeline-model';
import type { ChartZoomApi } from './use-chart-zoom';

export interface FocusYears {
  readonly from: number | null;
  readonly to: number | null;
}

export function useYearFocus(
  years: FocusYears | undefined,
  scale: PiecewiseScale,
  zoom: ChartZoomApi,
  timeline: Timeline,
  now: number,
): void {
  const fromYear = years?.from ?? null;
  const toYear = years?.to ?? null;
  const previousYears = useRef<string | null>(null);
  useEffect(() => {
    const key = `${fromYear}-${toYear}`;
    const initial = previousYears.current === null;
    const changed = previousYears.current !== key;
    previousYears.current = key;
    if (fromYear === null && toYear === null) {
      // Clearing the years shows everything again; a resize alone keeps the reader's zoom.
      if (changed && !initial) zoom.reset();
      return;
    }
    const start = yearStart(fromYear ?? new Date(timeline.extent.start).getUTCFullYear());
    const end = yearStart((toYear ?? new Date(now).getUTCFullYear()) + 1);
    zoom.showBaseRange(scale(start), scale(end), changed && !initial);
  }, [fromYear, toYear, scale, zoom, timeline, now]);
}

/** The chart's base scale, where each mark and label goes, and the lanes' vertical layout. */
import { useMemo } from 'react';
import type { PiecewiseScale } from '../domain/axis-segments';
import { labelTitle, visibleLabelTitle } from '../domain/mark-label';
import type { MarkGeometry, ZoomTransform } from '../domain/mark-geometry';
import { markGeometry } from '../domain/mark-geometry';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { LABEL_PADDING, laneTops } from './chart-layout';
import { chartScale } from './chart-scale';
import { LABEL_FONT, TITLE_FONT, measureText } from './measure-text';

/**
 * Above this many events, only the labelled marks in view (plus the selected and the focused
 * one) are elements; every event is also drawn as a tick in a canvas density layer.
 */
export const MAX_ELEMENT_MARKS = 400;

function labelWidth(e: TimelineEvent): number {
  return (
    Math.max(measureText(e.dateLabel, LABEL_FONT), measureText(visibleLabelTitle(e), TITLE_FONT)) +
    LABEL_PADDING
  );
}

/** Label widths without measuring text: thousands of labels, most of which will not fit anyway. */
function estimatedLabelWidth(e: TimelineEvent): number {
  const title = labelTitle(e);
  return Math.max(e.dateLabel.length * 6.2, Math.min(title.length, 30) * 6.6) + LABEL_PADDING;
}

export interface ChartGeometry {
  readonly scale: PiecewiseScale;
  readonly dense: boolean;
  readonly geometry: MarkGeometry;
  /** Top of each lane (px). */
  readonly tops: readonly number[];
  /** The plot's height, with room for the era labels. */
  readonly plotHeight: number;
}

export function useChartGeometry(
  timeline: Timeline,
  events: readonly TimelineEvent[],
  width: number,
  now: number,
  settled: ZoomTransform,
): ChartGeometry {
  const scale = useMemo(() => chartScale(timeline, width, now), [timeline, width, now]);
  const laneIds = useMemo(() => timeline.lanes.map((l) => l.id), [timeline]);
  const dense = events.length > MAX_ELEMENT_MARKS;
  const geometry = useMemo(
    () =>
      markGeometry({
        events,
        laneIds,
        baseScale: scale,
        transform: settled,
        viewWidth: width,
        labelWidth: dense ? estimatedLabelWidth : labelWidth,
        maxRows: width < 600 ? 6 : 5,
      }),
    [events, laneIds, scale, settled, width, dense],
  );
  const { tops, height } = useMemo(
    () => laneTops(geometry.layout.rowsPerLane),
    [geometry.layout.rowsPerLane],
  );
  const plotHeight = height + (timeline.eras.length > 0 ? 12 : 0);
  return { scale, dense, geometry, tops, plotHeight };
}

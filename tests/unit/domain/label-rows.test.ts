/**
 * Where the bundled dataset's labels go at a desktop and a phone width: a snapshot of the pure
 * layout (lane, row, label side), so a change to the layout shows up as a reviewable diff.
 */
import { describe, expect, it } from 'vitest';
import { markGeometry } from '../../../src/domain/mark-geometry';
import { visibleLabelTitle } from '../../../src/domain/mark-label';
import type { TimelineEvent } from '../../../src/domain/timeline-model';
import { LABEL_PADDING } from '../../../src/timeline/chart-layout';
import { chartScale } from '../../../src/timeline/chart-scale';
import { NOW, bundledTimeline } from './bundled-timelines';

/** Text widths without a browser: an average glyph width of the chart's label fonts. */
const labelWidth = (e: TimelineEvent) =>
  Math.max(e.dateLabel.length * 6.4, visibleLabelTitle(e).length * 6.6) + LABEL_PADDING;

function labelRows(width: number): string[] {
  const timeline = bundledTimeline();
  const g = markGeometry({
    events: timeline.events,
    laneIds: timeline.lanes.map((l) => l.id),
    baseScale: chartScale(timeline, width, NOW),
    transform: { k: 1, x: 0 },
    viewWidth: width,
    labelWidth,
    maxRows: width < 600 ? 6 : 5,
  });
  return timeline.events.map((e, i) => {
    const offset = g.labelOffset[i] ?? Number.NaN;
    const label = Number.isNaN(offset) ? 'no label' : offset < -6.5 ? 'label left' : 'label right';
    return `${e.id}: lane ${g.lane[i]} row ${g.layout.row[i]}, ${label}`;
  });
}

describe('label rows of the bundled dataset', () => {
  it('at 1280 px', () => {
    expect(labelRows(1280)).toMatchSnapshot();
  });

  it('at 375 px', () => {
    expect(labelRows(375)).toMatchSnapshot();
  });
});

/** The events drawn as elements (all of them, or in a dense chart the few that matter). */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { MarkGeometry } from '../domain/mark-geometry';
import type { TimelineEvent } from '../domain/timeline-model';
import { rowY } from './chart-layout';
import { EventMark } from './EventMark';

interface Props {
  readonly geometry: MarkGeometry;
  readonly tops: readonly number[];
  /** Indexes into geometry.events of the marks to draw. */
  readonly indexes: readonly number[];
  readonly selectedId: string | null;
  readonly focusable: string | null;
  readonly onActivate: (id: string, e: MouseEvent | KeyboardEvent) => void;
}

export function MarksLayer({
  geometry: g,
  tops,
  indexes,
  selectedId,
  focusable,
  onActivate,
}: Props) {
  return indexes.map((i) => {
    const e = g.events[i] as TimelineEvent;
    const lane = g.lane[i] ?? 0;
    return (
      <EventMark
        key={e.id}
        event={e}
        baseX0={g.baseX0[i] ?? 0}
        baseX1={g.baseX1[i] ?? 0}
        y={rowY(tops, lane, g.layout.row[i] ?? 0)}
        labelOffset={g.labelOffset[i] ?? Number.NaN}
        selected={e.id === selectedId}
        tabbable={e.id === focusable}
        laneClass={`lane-${lane}`}
        onActivate={onActivate}
      />
    );
  });
}

import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { memo } from 'react';
import type { TimelineEvent } from '../domain/timeline-model';
import { markName, visibleLabelTitle } from '../domain/mark-label';
import { MARK_RADIUS, basePx } from './chart-layout';

interface Props {
  readonly event: TimelineEvent;
  readonly baseX0: number;
  readonly baseX1: number;
  readonly y: number;
  /** Label's left edge relative to the mark's x0, or NaN when the label is hidden. */
  readonly labelOffset: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly laneClass: string;
  readonly onActivate: (id: string, e: MouseEvent | KeyboardEvent) => void;
}

/** The app's live region reads the same name the mark has. */
export { markName };

/**
 * One event: a point for an exact day, a band over the period an imprecise date could be (soft
 * when approximate or uncertain). Positioned by CSS from its base x and the plot's --k/--tx, so a
 * zoom frame never re-renders it.
 */
export const EventMark = memo(function EventMark(props: Props) {
  const { event: e, baseX0, baseX1, y, labelOffset, selected, tabbable, laneClass } = props;
  const soft =
    e.date.kind === 'point' ? e.date.approximate || e.date.uncertain : !e.date.from || !e.date.to;
  const style = {
    '--x': basePx(baseX0),
    '--w': basePx(baseX1 - baseX0),
    '--y': y,
  } as CSSProperties;
  const showLabel = !Number.isNaN(labelOffset);
  const flipped = showLabel && labelOffset < -MARK_RADIUS - 0.5;
  const textX = flipped ? MARK_RADIUS : -MARK_RADIUS;
  const anchor = flipped ? 'end' : 'start';
  return (
    <g
      className={`mark ${laneClass}${e.exact ? ' point' : ' band'}${soft ? ' soft' : ''}${selected ? ' selected' : ''}`}
      style={style}
      data-id={e.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={markName(e)}
      aria-pressed={selected}
      onClick={(ev) => props.onActivate(e.id, ev)}
    >
      {e.exact ? (
        <circle className="mark-shape" r={MARK_RADIUS} />
      ) : (
        <>
          <rect
            className="band-shape"
            x={0}
            y={-MARK_RADIUS + 1}
            height={2 * MARK_RADIUS - 2}
            width={1}
          />
          <circle className="band-cap" r={MARK_RADIUS - 2} />
        </>
      )}
      <circle className="focus-ring" r={MARK_RADIUS + 4} />
      {showLabel && (
        <text className="mark-label" x={textX} textAnchor={anchor} aria-hidden="true">
          <tspan className="mark-date" x={textX} y={MARK_RADIUS + 13}>
            {e.dateLabel}
          </tspan>
          {/* A space between the lines, so the label reads as the start of the mark's name. */}{' '}
          <tspan className="mark-title" x={textX} y={MARK_RADIUS + 27}>
            {visibleLabelTitle(e)}
          </tspan>
        </text>
      )}
    </g>
  );
});

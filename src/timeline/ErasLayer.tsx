/** Eras as bands behind the marks, each with its name at the foot of the plot. */
import type { CSSProperties } from 'react';
import { basePx } from './chart-layout';
import type { PiecewiseScale } from '../domain/axis-segments';
import type { TimelineEra } from '../domain/timeline-model';

interface Props {
  readonly eras: readonly TimelineEra[];
  readonly scale: PiecewiseScale;
  readonly top: number;
  readonly height: number;
}

export function ErasLayer({ eras, scale, top, height }: Props) {
  return eras.map((era) => (
    <g
      key={era.data.id}
      className="era"
      aria-hidden="true"
      style={
        {
          '--x': basePx(scale(era.span.start)),
          '--w': basePx(scale(era.span.end) - scale(era.span.start)),
        } as CSSProperties
      }
    >
      <rect className="era-band" y={top} height={height - top} width={1} />
      <text className="era-label" x={4} y={height - 3}>
        {era.data.title}
      </text>
    </g>
  ));
}

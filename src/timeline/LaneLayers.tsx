/** The lanes' backgrounds (under the axis) and their names (over it). Decoration: aria-hidden. */
import type { Lane } from '../domain/timeline-model';
import { LANE_HEADER, ROW_HEIGHT } from './chart-layout';

interface Props {
  readonly lanes: readonly Lane[];
  readonly tops: readonly number[];
  readonly rowsPerLane: readonly number[];
  readonly width: number;
}

export function LaneBackgrounds({ lanes, tops, rowsPerLane, width }: Props) {
  return lanes.map((lane, i) => (
    <g key={lane.id} className={`lane lane-${i}`} aria-hidden="true">
      <rect
        className="lane-bg"
        x={0}
        width={width}
        y={tops[i]}
        height={LANE_HEADER + (rowsPerLane[i] ?? 1) * ROW_HEIGHT}
      />
    </g>
  ));
}

export function LaneNames({ lanes, tops }: Pick<Props, 'lanes' | 'tops'>) {
  return lanes.map((lane, i) => (
    <text key={lane.id} className="lane-name" x={6} y={(tops[i] ?? 0) + 13} aria-hidden="true">
      {lane.name}
    </text>
  ));
}

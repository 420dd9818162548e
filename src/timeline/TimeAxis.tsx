import { useSyncExternalStore } from 'react';
import type { PiecewiseScale } from '../domain/axis-segments';
import { AXIS_HEIGHT, px } from './chart-layout';
import { axisTicks } from './time-axis-ticks';
import type { ZoomStore } from './zoom-store';

interface Props {
  readonly scale: PiecewiseScale;
  readonly store: ZoomStore;
  readonly width: number;
  readonly height: number;
}

/** The UTC time axis and the marked breaks; the one layer that re-renders on every zoom frame. */
export function TimeAxis({ scale, store, width, height }: Props) {
  const t = useSyncExternalStore(store.subscribe, store.get, store.get);
  const { ticks, breaks } = axisTicks(scale, t, width);
  return (
    <g className="time-axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.key} transform={`translate(${px(tick.x)},0)`}>
          <line className="tick-grid" y1={AXIS_HEIGHT - 6} y2={height} />
          <text className="tick-label" y={AXIS_HEIGHT - 10} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {breaks.map((b) => {
        const mid = px((b.x0 + b.x1) / 2);
        return (
          <g key={b.key} className="axis-break">
            <rect
              x={px(b.x0)}
              width={px(Math.max(0, b.x1 - b.x0))}
              y={AXIS_HEIGHT - 4}
              height={Math.max(0, height - AXIS_HEIGHT + 4)}
            />
            <path
              d={`M${px(mid - 5)},${AXIS_HEIGHT - 12} l4,-8 M${px(mid + 1)},${AXIS_HEIGHT - 12} l4,-8`}
            />
            <text className="break-label" x={mid} y={AXIS_HEIGHT + 10} textAnchor="middle">
              ≈
            </text>
          </g>
        );
      })}
    </g>
  );
}

import type { D3BrushEvent } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { useEffect, useMemo, useRef } from 'react';
import type { PiecewiseScale } from '../domain/axis-segments';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { densityRuns, densityShapes, overviewBins } from '../domain/density';
import { px } from './chart-layout';
import { chartDomain } from './chart-scale';
import { loadInteractions } from './load-interactions';
import type { ZoomStore } from './zoom-store';

interface Props {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
  readonly width: number;
  readonly now: number;
  readonly mainScale: PiecewiseScale;
  readonly store: ZoomStore;
  /** The reader brushed a range: unzoomed x of the main chart. */
  readonly onBrush: (x0: number, x1: number) => void;
}

const HEIGHT = 46;

const ROW = 9;

/**
 * The whole span to scale (no breaks), every event as a tick, and a brush showing and moving
 * the range the main chart shows. d3-brush owns its own <g>; React renders nothing inside it.
 */
export function OverviewStrip({ timeline, events, width, now, mainScale, store, onBrush }: Props) {
  const brushNode = useRef<SVGGElement>(null);
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  });
  const x = useMemo(() => {
    const d = chartDomain(timeline, now);
    return scaleUtc().domain([d.start, d.end]).range([0, width]);
  }, [timeline, now, width]);
  // Events binned per pixel column and lane, drawn as runs: as many for 100 000 events as for
  // 12, never one per event; and one path for the runs of a lane at one strength.
  const shapes = useMemo(() => {
    const laneIndex = new Map(timeline.lanes.map((l, i) => [l.id, i]));
    const columns = Math.max(1, Math.floor(width));
    const lanes = timeline.lanes.length;
    const counts = overviewBins({
      events: events.map((e) => ({ lane: laneIndex.get(e.lane) ?? 0, ...e.span })),
      lanes,
      columns,
      x: (t) => x(t),
    });
    return densityShapes(densityRuns(counts, columns, lanes), (row) => 4 + row * ROW, ROW - 2);
  }, [events, timeline, x, width]);

  useEffect(() => {
    const node = brushNode.current;
    if (!node) return;
    let cancelled = false;
    let detach = () => {};
    void loadInteractions().then(({ brushX, select }) => {
      if (cancelled) return;
      const toMain = (px: number) => mainScale(x.invert(px).getTime());
      const brush = brushX<unknown>()
        .extent([
          [0, 0],
          [width, HEIGHT - 14],
        ])
        .on('brush end', (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return; // moved by us, following the chart
          const sel = event.selection as [number, number] | null;
          if (sel) onBrushRef.current(toMain(sel[0]), toMain(sel[1]));
          else if (event.type === 'end') onBrushRef.current(toMain(0), toMain(width));
        });
      const g = select(node);
      g.call(brush);
      const follow = () => {
        const t = store.get();
        const t0 = mainScale.invert((0 - t.x) / t.k);
        const t1 = mainScale.invert((width - t.x) / t.k);
        const px0 = Math.max(0, x(t0));
        const px1 = Math.min(width, x(t1));
        g.call(brush.move, px1 - px0 >= width - 1 ? null : [px0, Math.max(px0 + 2, px1)]);
      };
      follow();
      const unsubscribe = store.subscribe(follow);
      detach = () => {
        unsubscribe();
        g.on('.brush', null);
      };
    });
    return () => {
      cancelled = true;
      detach();
    };
  }, [width, x, mainScale, store]);

  const ticks = x.ticks(Math.max(2, Math.floor(width / 90)));
  const format = x.tickFormat();
  return (
    <figure className="overview">
      <svg width={width} height={HEIGHT} aria-hidden="true" className="overview-svg">
        {timeline.eras.map((era) => (
          <rect
            key={era.data.id}
            className="era-band"
            x={px(x(era.span.start))}
            width={px(Math.max(1, x(era.span.end) - x(era.span.start)))}
            y={0}
            height={HEIGHT - 14}
          />
        ))}
        {shapes.map((s) => (
          <path
            key={`${s.row}:${s.level}`}
            className={`overview-mark lane-${s.row}`}
            d={s.d}
            fillOpacity={0.45 + s.level * 0.11}
          />
        ))}
        {ticks.map((d) => (
          <text
            key={d.getTime()}
            className="tick-label"
            x={px(x(d))}
            y={HEIGHT - 2}
            textAnchor="middle"
          >
            {format(d)}
          </text>
        ))}
        <g ref={brushNode} className="overview-brush" />
      </svg>
      <figcaption className="visually-hidden">
        Overview of the whole span to scale; drag across it to choose the range the chart shows.
      </figcaption>
    </figure>
  );
}

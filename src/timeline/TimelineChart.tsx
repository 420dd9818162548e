import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import {
  Suspense,
  forwardRef,
  lazy,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ZoomTransform } from '../domain/mark-geometry';
import { yearStart } from '../domain/edtf';
import { markGeometry } from '../domain/mark-geometry';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { LABEL_FONT, TITLE_FONT, measureText } from './measure-text';
import {
  LABEL_PADDING,
  LANE_HEADER,
  MARK_RADIUS,
  ROW_HEIGHT,
  laneTops,
  rowY,
  truncate,
} from './chart-layout';
import { chartScale, maxZoom } from './chart-scale';
import { EventMark } from './EventMark';
import { OverviewStrip } from './OverviewStrip';
import { ReplyLinks } from './ReplyLinks';
import { TimeAxis } from './TimeAxis';
import { applyTransform, useChartZoom } from './use-chart-zoom';
import { useElementWidth } from './use-element-width';
import { IDENTITY, createZoomStore } from './zoom-store';
import './timeline.css';

export interface TimelineChartProps {
  readonly timeline: Timeline;
  /** The events the filters let through, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly reducedMotion: boolean;
  readonly now: number;
  /** Whole years to show (a year filter or a deep link); null ends are open. */
  readonly focusYears?: { readonly from: number | null; readonly to: number | null };
}

export interface TimelineChartHandle {
  /** Moves keyboard focus to an event's mark (after the detail panel closes). */
  focusEvent(id: string): void;
}

function labelWidth(e: TimelineEvent): number {
  return (
    Math.max(
      measureText(e.dateLabel, LABEL_FONT),
      measureText(truncate(e.data.shortTitle ?? e.data.title), TITLE_FONT),
    ) + LABEL_PADDING
  );
}

/** Only large datasets need the density layer, so it is not part of the first load. */
const DensityCanvas = lazy(() =>
  import('./DensityCanvas').then((m) => ({ default: m.DensityCanvas })),
);

/** Label widths without measuring text: thousands of labels, most of which will not fit anyway. */
function estimatedLabelWidth(e: TimelineEvent): number {
  const title = e.data.shortTitle ?? e.data.title;
  return Math.max(e.dateLabel.length * 6.2, Math.min(title.length, 30) * 6.6) + LABEL_PADDING;
}

/**
 * Above this many events, only the labelled marks in view (plus the selected and the focused
 * one) are elements; every event is also drawn as a tick in a canvas density layer.
 */
export const MAX_ELEMENT_MARKS = 400;

export const TimelineChart = forwardRef<TimelineChartHandle, TimelineChartProps>(
  function TimelineChart(props, ref) {
    const { timeline, events, selectedId, onSelect, reducedMotion, now } = props;
    const [container, width] = useElementWidth<HTMLDivElement>();
    const zoomTarget = useRef<HTMLDivElement>(null);
    const plotRef = useRef<SVGGElement>(null);
    const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const [store] = useState(() => createZoomStore());
    const [settled, setSettled] = useState<ZoomTransform>(IDENTITY);
    const [activeId, setActiveId] = useState<string | null>(null);

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

    // Marks for measurement (the benchmark reads them): every commit of a new set of marks.
    useEffect(() => {
      const drawn = performance.mark('timeline:marks-drawn', { detail: { count: events.length } });
      // The first drawing after the data arrived: what the chart itself costs.
      const ready = performance.getEntriesByName('timeline:data-ready', 'mark').at(-1);
      if (ready && performance.getEntriesByName('timeline:render', 'measure').length === 0) {
        performance.measure('timeline:render', { start: ready.startTime, end: drawn.startTime });
      }
    }, [geometry, events.length]);

    const zoom = useChartZoom({
      target: zoomTarget,
      plot: plotRef,
      width,
      height: plotHeight,
      maxK: maxZoom(scale),
      store,
      reducedMotion,
      onSettle: setSettled,
    });

    const indexById = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
    const focusable =
      activeId !== null && indexById.has(activeId)
        ? activeId
        : selectedId !== null && indexById.has(selectedId)
          ? selectedId
          : (events[0]?.id ?? null);

    /** Indexes of the events drawn as elements: all of them, or in a dense chart a few. */
    const elementMarks = useMemo(() => {
      const all = events.map((_, i) => i);
      if (!dense) return all;
      const t = settled;
      return all.filter((i) => {
        const id = events[i]?.id;
        if (id === selectedId || id === focusable) return true;
        if (Number.isNaN(geometry.labelOffset[i])) return false;
        const x0 = (geometry.baseX0[i] ?? 0) * t.k + t.x;
        const x1 = (geometry.baseX1[i] ?? 0) * t.k + t.x;
        return x1 >= 0 && x0 <= width;
      });
    }, [events, dense, geometry, settled, width, selectedId, focusable]);

    // Focus follows the arrow keys; in a dense chart the mark may only exist after this render.
    const pendingFocus = useRef<string | null>(null);
    useEffect(() => {
      const id = pendingFocus.current;
      if (id === null) return;
      const node = container.current?.querySelector<SVGGElement>(`[data-id="${id}"]`);
      if (node) {
        pendingFocus.current = null;
        node.focus({ preventScroll: true });
      }
    });
    const focusMark = useCallback(
      (id: string) => {
        const i = indexById.get(id);
        if (i === undefined) return;
        setActiveId(id);
        zoom.ensureVisible(geometry.baseX0[i] ?? 0, geometry.baseX1[i] ?? 0);
        const node = container.current?.querySelector<SVGGElement>(`[data-id="${id}"]`);
        if (node) node.focus({ preventScroll: true });
        else pendingFocus.current = id;
      },
      [indexById, zoom, geometry, container],
    );

    /** In a dense chart, a click on the density layer selects the nearest event in that row. */
    const onDenseClick = (e: MouseEvent<HTMLDivElement>) => {
      if (!dense || (e.target as Element).closest('[data-id], button')) return;
      const box = e.currentTarget.getBoundingClientRect();
      const px = e.clientX - box.left;
      const py = e.clientY - box.top;
      const t = store.get();
      let best = -1;
      let bestDistance = 5;
      for (let i = 0; i < events.length; i++) {
        const lane = geometry.lane[i] ?? 0;
        const y = rowY(tops, lane, geometry.layout.row[i] ?? 0);
        if (Math.abs(py - y) > MARK_RADIUS + 2) continue;
        const x0 = (geometry.baseX0[i] ?? 0) * t.k + t.x;
        const x1 = (geometry.baseX1[i] ?? 0) * t.k + t.x;
        const d = px < x0 ? x0 - px : px > x1 ? px - x1 : 0;
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
        }
      }
      const hit = events[best];
      if (hit) {
        setActiveId(hit.id);
        onSelect(hit.id);
      }
    };

    useImperativeHandle(ref, () => ({ focusEvent: focusMark }), [focusMark]);

    // A year range moves the chart to it (also for a deep link), and again if the width changes.
    const fromYear = props.focusYears?.from ?? null;
    const toYear = props.focusYears?.to ?? null;
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

    const onActivate = useCallback(
      (id: string, e: MouseEvent | KeyboardEvent) => {
        e.stopPropagation();
        setActiveId(id);
        onSelect(id);
      },
      [onSelect],
    );

    const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
      const id = (e.target as Element).closest?.('[data-id]')?.getAttribute('data-id');
      if (!id) return;
      const i = indexById.get(id) ?? 0;
      let next: number | null = null;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = Math.min(events.length - 1, i + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = Math.max(0, i - 1);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = events.length - 1;
          break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          onActivate(id, e);
          return;
        case '+':
        case '=':
          zoom.zoomBy(1.6);
          break;
        case '-':
          zoom.zoomBy(1 / 1.6);
          break;
        default:
          return;
      }
      e.preventDefault();
      const target = next === null ? undefined : events[next];
      if (target) focusMark(target.id);
    };

    const laneClass = (lane: number) => `lane-${lane}`;
    const gaps = scale.segments.filter((s) => s.compressed);

    return (
      <div className="timeline-chart" ref={container}>
        <div className="chart-toolbar" role="toolbar" aria-label="Zoom">
          <button type="button" onClick={() => zoom.zoomBy(1.6)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoom.zoomBy(1 / 1.6)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => zoom.reset()}>
            Reset zoom
          </button>
          <span className="chart-hint">
            Drag to pan, scroll or pinch to zoom; arrow keys move between events.
          </span>
        </div>
        {/* A click on the density layer is a pointer shortcut; the keyboard reaches every event. */}
        <div className="chart-zoom-target" ref={zoomTarget} onClick={onDenseClick}>
          <svg
            className="chart-svg"
            width={width}
            height={plotHeight}
            role="group"
            aria-label={`Timeline chart, ${events.length} events`}
            onKeyDown={onKeyDown}
          >
            <defs>
              <clipPath id={clipId}>
                <rect width={width} height={plotHeight} />
              </clipPath>
            </defs>
            {timeline.lanes.map((lane, i) => (
              <g key={lane.id} className={`lane ${laneClass(i)}`} aria-hidden="true">
                <rect
                  className="lane-bg"
                  x={0}
                  width={width}
                  y={tops[i]}
                  height={LANE_HEADER + (geometry.layout.rowsPerLane[i] ?? 1) * ROW_HEIGHT}
                />
              </g>
            ))}
            <TimeAxis scale={scale} store={store} width={width} height={plotHeight} />
            {/* After the axis, so its grid lines and break bands never cover a lane's name. */}
            {timeline.lanes.map((lane, i) => (
              <text
                key={lane.id}
                className="lane-name"
                x={6}
                y={(tops[i] ?? 0) + 13}
                aria-hidden="true"
              >
                {lane.name}
              </text>
            ))}
            <g clipPath={`url(#${clipId})`}>
              <g
                className="plot"
                ref={(node) => {
                  plotRef.current = node;
                  applyTransform(node, store.get());
                }}
              >
                {timeline.eras.map((era) => (
                  <g
                    key={era.data.id}
                    className="era"
                    aria-hidden="true"
                    style={
                      {
                        '--x': scale(era.span.start),
                        '--w': scale(era.span.end) - scale(era.span.start),
                      } as CSSProperties
                    }
                  >
                    <rect
                      className="era-band"
                      y={tops[0] ?? 0}
                      height={plotHeight - (tops[0] ?? 0)}
                      width={1}
                    />
                    <text className="era-label" x={4} y={plotHeight - 3}>
                      {era.data.title}
                    </text>
                  </g>
                ))}
                <ReplyLinks geometry={geometry} tops={tops} only={dense ? elementMarks : null} />
                {elementMarks.map((i) => {
                  const e = events[i] as TimelineEvent;
                  return (
                    <EventMark
                      key={e.id}
                      event={e}
                      baseX0={geometry.baseX0[i] ?? 0}
                      baseX1={geometry.baseX1[i] ?? 0}
                      y={rowY(tops, geometry.lane[i] ?? 0, geometry.layout.row[i] ?? 0)}
                      labelOffset={geometry.labelOffset[i] ?? Number.NaN}
                      selected={e.id === selectedId}
                      tabbable={e.id === focusable}
                      laneClass={laneClass(geometry.lane[i] ?? 0)}
                      onActivate={onActivate}
                    />
                  );
                })}
              </g>
            </g>
          </svg>
          {dense && (
            <Suspense fallback={null}>
              <DensityCanvas
                geometry={geometry}
                tops={tops}
                width={width}
                height={plotHeight}
                store={store}
                skip={elementMarks}
              />
            </Suspense>
          )}
        </div>
        <OverviewStrip
          timeline={timeline}
          events={events}
          width={width}
          now={now}
          mainScale={scale}
          store={store}
          onBrush={(x0, x1) => zoom.showBaseRange(x0, x1, false)}
        />
        {gaps.length > 0 && (
          <p className="chart-note">
            ≈ marks {gaps.length === 1 ? 'a stretch' : 'stretches'} with no events, drawn narrow:{' '}
            {gaps
              .map(
                (g) => `${new Date(g.start).getUTCFullYear()}–${new Date(g.end).getUTCFullYear()}`,
              )
              .join(', ')}
            . Elsewhere the axis is proportional to time; the strip below shows the whole span to
            scale.
          </p>
        )}
      </div>
    );
  },
);

/**
 * The chart: lanes, axis, eras, reply links and marks in one SVG that d3-zoom pans and zooms,
 * a canvas density layer for large datasets, and the overview strip. Each concern lives in its
 * own hook or layer component; this file wires them together.
 */
import type { RefObject } from 'react';
import {
  Suspense,
  forwardRef,
  useCallback,
  lazy,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ZoomTransform } from '../domain/mark-geometry';
import { chartName } from '../domain/mark-label';
import { visibleMarks } from '../domain/mark-picking';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { AxisBreakNote } from './AxisBreakNote';
import { ChartToolbar } from './ChartToolbar';
import { maxZoom } from './chart-scale';
import { chartWidthHint } from './chart-width-hint';
import { loadDensityCanvas, loadedDensityCanvas } from './density-canvas-loader';
import { ErasLayer } from './ErasLayer';
import { LaneBackgrounds, LaneNames } from './LaneLayers';
import { MarksLayer } from './MarksLayer';
import { OverviewStrip } from './OverviewStrip';
import { ReplyLinks } from './ReplyLinks';
import { TimeAxis } from './TimeAxis';
import { useBenchmarkMarks } from './use-benchmark-marks';
import { useChartGeometry } from './use-chart-geometry';
import { useChartZoom } from './use-chart-zoom';
import { settlePlot } from './plot-transform';
import { useDensePick } from './use-dense-pick';
import { useElementWidth } from './use-element-width';
import { useRevealSelected } from './use-reveal-selected';
import { useRovingFocus } from './use-roving-focus';
import type { FocusYears } from './use-year-focus';
import { useYearFocus } from './use-year-focus';
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
  readonly focusYears?: FocusYears;
}

export interface TimelineChartHandle {
  /** Moves keyboard focus to an event's mark (after the detail panel closes). */
  focusEvent(id: string): void;
}

/** Only large datasets need the density layer, so it is not part of the first load. */
const LazyDensityCanvas = lazy(() =>
  loadDensityCanvas().then((m) => ({ default: m.DensityCanvas })),
);

/**
 * The chart's box, measured before anything is drawn in it when no width is known beforehand
 * (no prerendered page, no loading view), so that the chart is laid out once, at its real width.
 */
export const TimelineChart = forwardRef<TimelineChartHandle, TimelineChartProps>(
  function TimelineChart(props, ref) {
    const [container, width] = useElementWidth<HTMLDivElement>(chartWidthHint());
    return (
      <div className="timeline-chart" ref={container}>
        {width !== null && (
          <ChartContents {...props} width={width} container={container} ref={ref} />
        )}
      </div>
    );
  },
);

interface ChartContentsProps extends TimelineChartProps {
  readonly width: number;
  readonly container: RefObject<HTMLDivElement | null>;
}

const ChartContents = forwardRef<TimelineChartHandle, ChartContentsProps>(
  function ChartContents(props, ref) {
    const { timeline, events, selectedId, onSelect, reducedMotion, now, width, container } = props;
    const zoomTarget = useRef<HTMLDivElement>(null);
    const plotRef = useRef<SVGGElement>(null);
    const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const [store] = useState(() => createZoomStore());
    const [settled, setSettled] = useState<ZoomTransform>(IDENTITY);
    // A gesture that ends where the last one did (the zoom's first attachment, a drag against
    // the edge) lays nothing out again: the chart was drawn twice on every load.
    const settle = useCallback(
      (t: ZoomTransform) => setSettled((was) => (was.k === t.k && was.x === t.x ? was : t)),
      [],
    );

    const { scale, dense, geometry, tops, plotHeight } = useChartGeometry(
      timeline,
      events,
      width,
      now,
      settled,
    );
    const layerDrew = useBenchmarkMarks(geometry, events.length, dense);
    // Drawn in the first render when a large dataset's load has already brought it in.
    const [DensityCanvas] = useState(() => loadedDensityCanvas() ?? LazyDensityCanvas);
    const zoom = useChartZoom({
      target: zoomTarget,
      plot: plotRef,
      width,
      height: plotHeight,
      maxK: maxZoom(scale),
      store,
      reducedMotion,
      onSettle: settle,
    });
    const focus = useRovingFocus(events, selectedId, geometry, zoom, container, onSelect);
    useImperativeHandle(ref, () => ({ focusEvent: focus.focusMark }), [focus.focusMark]);
    useYearFocus(props.focusYears, scale, zoom, timeline, now);
    useRevealSelected(selectedId, geometry, zoom);
    const onDenseClick = useDensePick(dense, geometry, tops, store, focus.pick);

    /** Indexes of the events drawn as elements: all of them, or in a dense chart a few. */
    const { focusable } = focus;
    const elementMarks = useMemo(
      () =>
        dense
          ? visibleMarks({
              geometry,
              transform: settled,
              viewWidth: width,
              keep: new Set([selectedId, focusable]),
            })
          : events.map((_, i) => i),
      [events, dense, geometry, settled, width, selectedId, focusable],
    );

    return (
      <>
        <ChartToolbar zoom={zoom} />
        {/* A click on the density layer is a pointer shortcut; the keyboard reaches every event. */}
        <div className="chart-zoom-target" ref={zoomTarget} onClick={onDenseClick}>
          <svg
            className="chart-svg"
            width={width}
            height={plotHeight}
            role="group"
            aria-label={chartName(events.length)}
            onKeyDown={focus.onKeyDown}
          >
            <defs>
              <clipPath id={clipId}>
                <rect width={width} height={plotHeight} />
              </clipPath>
            </defs>
            <LaneBackgrounds
              lanes={timeline.lanes}
              tops={tops}
              rowsPerLane={geometry.layout.rowsPerLane}
              width={width}
            />
            <TimeAxis scale={scale} store={store} width={width} height={plotHeight} />
            {/* After the axis, so its grid lines and break bands never cover a lane's name. */}
            <LaneNames lanes={timeline.lanes} tops={tops} />
            <g clipPath={`url(#${clipId})`}>
              <g
                className="plot"
                ref={(node) => {
                  plotRef.current = node;
                  settlePlot(node, store.get());
                }}
              >
                <ErasLayer
                  eras={timeline.eras}
                  scale={scale}
                  top={tops[0] ?? 0}
                  height={plotHeight}
                />
                <ReplyLinks geometry={geometry} tops={tops} only={dense ? elementMarks : null} />
                <MarksLayer
                  geometry={geometry}
                  tops={tops}
                  indexes={elementMarks}
                  selectedId={selectedId}
                  focusable={focusable}
                  onActivate={focus.onActivate}
                />
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
                onDrawn={layerDrew}
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
        <AxisBreakNote segments={scale.segments} />
      </>
    );
  },
);

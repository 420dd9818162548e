import { useLoadProgress } from '../data/use-timeline-data';
import { Suspense, lazy, useEffect, useLayoutEffect, useRef } from 'react';
import { recordChartWidthHint } from '../timeline/chart-width-hint';
import { prepareDensityCanvasFor } from '../timeline/density-canvas-loader';

/**
 * The progress bar: shown only on a slow load, and the prerendered page never loads this way, so
 * it is not in the first load. Until it arrives, the status it starts with (same words).
 */
const DatasetProgress = lazy(() =>
  import('./DatasetProgress').then((m) => ({ default: m.DatasetProgress })),
);

/** What the chart will look like, while the dataset loads, with the load's progress. */
export function ChartSkeleton() {
  const progress = useLoadProgress();
  const root = useRef<HTMLDivElement>(null);
  // It spans the column the chart will fill: its width is the chart's best first guess, read
  // while the page is nearly empty (cheap), so the chart is laid out once, at its own width.
  useLayoutEffect(() => {
    if (root.current) recordChartWidthHint(root.current.clientWidth);
  }, []);
  // Once the events are counted, the chart's density layer (if it will need one) is loaded
  // while the worker checks them, rather than after the chart's first drawing.
  const events = progress?.stage === 'checking' ? progress.events : null;
  useEffect(() => {
    if (events !== null) prepareDensityCanvasFor(events);
  }, [events]);
  return (
    <div className="chart-skeleton" ref={root}>
      <Suspense
        fallback={
          <p className="visually-hidden" role="status" aria-live="polite">
            Loading the timeline…
          </p>
        }
      >
        <DatasetProgress progress={progress} />
      </Suspense>
      <div className="skeleton-bar skeleton-filters" aria-hidden="true" />
      {[0, 1, 2].map((lane) => (
        <div key={lane} className="skeleton-lane" aria-hidden="true">
          {[12, 38, 61, 70, 84].map((left, i) => (
            <span key={i} className="skeleton-dot" style={{ left: `${left + lane * 3}%` }} />
          ))}
        </div>
      ))}
      <div className="skeleton-bar skeleton-overview" aria-hidden="true" />
    </div>
  );
}

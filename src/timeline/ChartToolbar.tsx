/** Zoom buttons and the gesture hint above the chart. */
import type { ChartZoomApi } from './use-chart-zoom';

export function ChartToolbar({ zoom }: { readonly zoom: ChartZoomApi }) {
  return (
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
  );
}

import { useEffect, useRef } from 'react';
import { densityBins, densityRuns } from '../domain/density';
import { LANE_CHANNELS } from '../domain/lane-palette';
import type { MarkGeometry } from '../domain/mark-geometry';
import { MARK_RADIUS, rowY } from './chart-layout';
import type { ZoomStore } from './zoom-store';

interface Props {
  readonly geometry: MarkGeometry;
  readonly tops: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly store: ZoomStore;
  /** Events drawn as elements (indexes): left out here, so no tick sits on their marks. */
  readonly skip: readonly number[];
  /** Told each geometry once it is drawn (not on the zoom's frames); keep it the same function. */
  readonly onDrawn?: (geometry: MarkGeometry) => void;
}

/**
 * Every event as a short tick in its lane and row, drawn per pixel into a canvas: the dense
 * layer under the few labelled marks when there are too many events for one element each.
 * React renders the <canvas>; its pixels are drawn here, on each zoom frame.
 */
export function DensityCanvas({ geometry, tops, width, height, store, skip, onDrawn }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const node = canvas.current;
    const ctx = node?.getContext('2d');
    if (!node || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    node.width = Math.floor(width * dpr);
    node.height = Math.floor(height * dpr);
    // Rows across lanes: row r of lane l is global row rowStart[l] + r.
    const rowStart: number[] = [];
    const rowLane: number[] = [];
    const lineY: number[] = [];
    geometry.layout.rowsPerLane.forEach((rows, lane) => {
      rowStart.push(rowLane.length);
      for (let r = 0; r < rows; r++) {
        rowLane.push(lane);
        lineY.push(rowY(tops, lane, r));
      }
    });
    const n = geometry.events.length;
    const rowOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      rowOf[i] = (rowStart[geometry.lane[i] ?? 0] ?? 0) + Math.max(0, geometry.layout.row[i] ?? 0);
    }
    for (const i of skip) rowOf[i] = -1;

    const host = node.closest('.cdt-app');
    let frame = 0;
    const draw = () => {
      frame = 0;
      // The lane colours of the theme the app shows now (it may have changed since the last
      // draw): the palette timeline.css declares as --lane-color-N. Read from the palette, not
      // from the computed style, which on the first draw would make the browser style and lay
      // out the whole new chart in this task (~40 ms at 10 000 events), ahead of its frame.
      const colors = LANE_CHANNELS[host?.getAttribute('data-theme') === 'dark' ? 'dark' : 'light'];
      const t = store.get();
      const counts = densityBins({
        baseX0: geometry.baseX0,
        baseX1: geometry.baseX1,
        rowOf,
        rows: rowLane.length,
        width,
        transform: t,
      });
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, node.width, node.height);
      ctx.scale(dpr, dpr);
      for (const run of densityRuns(counts, width, rowLane.length)) {
        const [r, g, b] = colors[rowLane[run.row] ?? 0] ?? [128, 128, 128];
        ctx.fillStyle = `rgba(${r},${g},${b},${0.3 + run.level * 0.14})`;
        ctx.fillRect(run.x, (lineY[run.row] ?? 0) - MARK_RADIUS, run.width, MARK_RADIUS * 2);
      }
    };
    const themeWatch =
      host && typeof MutationObserver !== 'undefined'
        ? new MutationObserver(() => {
            if (!frame) frame = requestAnimationFrame(draw);
          })
        : null;
    themeWatch?.observe(host as Element, { attributes: true, attributeFilter: ['data-theme'] });
    draw();
    onDrawn?.(geometry);
    const unsubscribe = store.subscribe(() => {
      if (!frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      themeWatch?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [geometry, tops, width, height, store, skip, onDrawn]);

  return (
    <canvas
      ref={canvas}
      className="density-layer"
      aria-hidden="true"
      style={{ width: `${width}px`, height: `${height}px` }}
    />
  );
}

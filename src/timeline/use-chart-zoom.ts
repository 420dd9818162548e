/**
 * Attaches d3-zoom (wheel, drag, pinch, double-click) to an element React renders but never
 * styles, and applies each frame's transform as two CSS custom properties on the plot layer:
 * the marks move without React re-rendering them. The settled transform is reported once a
 * gesture ends, for the label layout.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import type { ZoomBehavior } from 'd3-zoom';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { RefObject } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import type { ZoomTransform } from '../domain/mark-geometry';
import type { ZoomStore } from './zoom-store';

export interface ChartZoomApi {
  zoomBy(factor: number): void;
  reset(): void;
  /** Zooms so that unzoomed x0..x1 fills the view. */
  showBaseRange(x0: number, x1: number, animate?: boolean): void;
  /** Pans (keeping the zoom level) so unzoomed x is in view with a margin. */
  ensureVisible(x0: number, x1: number): void;
}

interface Options {
  readonly target: RefObject<HTMLDivElement | null>;
  readonly plot: RefObject<SVGGElement | null>;
  readonly width: number;
  readonly height: number;
  readonly maxK: number;
  readonly store: ZoomStore;
  readonly reducedMotion: boolean;
  readonly onSettle: (t: ZoomTransform) => void;
}

export function applyTransform(plot: SVGGElement | null, t: ZoomTransform) {
  if (!plot) return;
  plot.style.setProperty('--k', String(t.k));
  plot.style.setProperty('--tx', String(t.x));
}

export function useChartZoom(options: Options): ChartZoomApi {
  const { target, plot, width, height, maxK, store, reducedMotion } = options;
  const behaviorRef = useRef<{
    behavior: ZoomBehavior<HTMLDivElement, unknown>;
    node: HTMLDivElement;
  } | null>(null);
  const onSettle = useRef(options.onSettle);
  useEffect(() => {
    onSettle.current = options.onSettle;
  });

  useEffect(() => {
    const node = target.current;
    if (!node) return;
    const behavior = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        const e = event as MouseEvent;
        // Synthetic events without a window (as some test tools send) cannot be dragged.
        if (e.type === 'mousedown' && !e.view) return false;
        if (e.type === 'dblclick' && (e.target as Element | null)?.closest?.('[data-id]')) {
          return false;
        }
        return (!e.ctrlKey || e.type === 'wheel') && !e.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        const t = { k: event.transform.k, x: event.transform.x };
        applyTransform(plot.current, t);
        store.set(t);
      })
      .on('end', (event: { transform: ZoomTransform }) => {
        onSettle.current({ k: event.transform.k, x: event.transform.x });
      });
    behaviorRef.current = { behavior, node };
    const selection = select(node);
    selection.call(behavior);
    // Keep the current view when the size changes: re-apply the stored transform.
    const t = store.get();
    selection.call(behavior.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    return () => {
      selection.interrupt();
      selection.on('.zoom', null);
    };
  }, [target, plot, width, height, maxK, store]);

  return useMemo<ChartZoomApi>(() => {
    const run = (fn: (b: ZoomBehavior<HTMLDivElement, unknown>, node: HTMLDivElement) => void) => {
      const current = behaviorRef.current;
      if (current) fn(current.behavior, current.node);
    };
    const duration = reducedMotion ? 0 : 250;
    const sel = (node: HTMLDivElement) => select(node).transition().duration(duration);
    return {
      zoomBy: (factor) =>
        run((b, node) =>
          duration ? sel(node).call(b.scaleBy, factor) : select(node).call(b.scaleBy, factor),
        ),
      reset: () =>
        run((b, node) =>
          duration
            ? sel(node).call(b.transform, zoomIdentity)
            : select(node).call(b.transform, zoomIdentity),
        ),
      showBaseRange: (x0, x1, animate = true) =>
        run((b, node) => {
          const span = Math.max(1, x1 - x0);
          const k = Math.min(maxK, Math.max(1, width / span));
          const t = zoomIdentity.translate(-x0 * k + (width - span * k) / 2, 0).scale(k);
          if (animate && duration) sel(node).call(b.transform, t);
          else select(node).call(b.transform, t);
        }),
      ensureVisible: (x0, x1) =>
        run((b, node) => {
          const t = store.get();
          const left = x0 * t.k + t.x;
          const right = x1 * t.k + t.x;
          const margin = Math.min(80, width / 6);
          if (left >= margin && right <= width - margin) return;
          const dx = left < margin ? margin - left : width - margin - right;
          select(node).call(b.translateBy, dx / t.k, 0);
        }),
    };
  }, [width, maxK, reducedMotion, store]);
}

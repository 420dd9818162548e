/**
 * Attaches d3-zoom (wheel, drag, pinch, double-click) to an element React renders but never
 * styles, and applies each frame's transform to the plot layer (plot-transform.ts): the marks
 * move without React re-rendering them. The settled transform is reported once a
 * gesture ends, for the label layout.
 */
import type { Selection } from 'd3-selection';
import type { ZoomBehavior } from 'd3-zoom';
import type { RefObject } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import type { ZoomTransform } from '../domain/mark-geometry';
import type { Interactions } from './load-interactions';
import { loadInteractions } from './load-interactions';
import type { ZoomStore } from './zoom-store';
import { placeDuringGesture, settlePlot } from './plot-transform';

export interface ChartZoomApi {
  zoomBy(factor: number): void;
  reset(): void;
  /** Zooms so that unzoomed x0..x1 fills the view. */
  showBaseRange(x0: number, x1: number, animate?: boolean): void;
  /** Pans (keeping the zoom level) so unzoomed x is in view with a margin. */
  ensureVisible(x0: number, x1: number): void;
  /** The same, but only when unzoomed x0..x1 is wholly outside the view. */
  reveal(x0: number, x1: number): void;
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

type DivSelection = Selection<HTMLDivElement, unknown, null, undefined>;

export function useChartZoom(options: Options): ChartZoomApi {
  const { target, plot, width, height, maxK, store, reducedMotion } = options;
  const behaviorRef = useRef<{
    behavior: ZoomBehavior<HTMLDivElement, unknown>;
    node: HTMLDivElement;
    d3: Interactions;
  } | null>(null);
  // Requests made before the behaviour has loaded, applied once it has.
  const queued = useRef<(() => void)[]>([]);
  // Read when a request runs, which may be after later renders (a queued request, a transition).
  const params = useRef({ width, maxK, duration: reducedMotion ? 0 : 250 });
  useEffect(() => {
    params.current = { width, maxK, duration: reducedMotion ? 0 : 250 };
  });
  const lastWidth = useRef(width);
  const onSettle = useRef(options.onSettle);
  useEffect(() => {
    onSettle.current = options.onSettle;
  });

  useEffect(() => {
    const node = target.current;
    if (!node) return;
    let cancelled = false;
    let detach = () => {};
    void loadInteractions().then((d3) => {
      if (cancelled) return;
      const { zoom, zoomIdentity, select } = d3;
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
          placeDuringGesture(plot.current, t);
          store.set(t);
        })
        .on('end', (event: { transform: ZoomTransform }) => {
          const t = { k: event.transform.k, x: event.transform.x };
          settlePlot(plot.current, t);
          onSettle.current(t);
        });
      behaviorRef.current = { behavior, node, d3 };
      const selection = select(node);
      selection.call(behavior);
      // Keep the current view when the size changes: the base scale stretches with the width.
      const stored = store.get();
      const t = { k: stored.k, x: (stored.x * width) / (lastWidth.current || width) };
      lastWidth.current = width;
      selection.call(behavior.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
      const waiting = queued.current;
      queued.current = [];
      waiting.forEach((fn) => fn());
      detach = () => {
        selection.interrupt();
        selection.on('.zoom', null);
      };
    });
    return () => {
      cancelled = true;
      behaviorRef.current = null;
      detach();
    };
  }, [target, plot, width, height, maxK, store]);

  return useMemo<ChartZoomApi>(() => {
    const run = (
      fn: (
        b: ZoomBehavior<HTMLDivElement, unknown>,
        node: HTMLDivElement,
        d3: Interactions,
      ) => void,
    ) => {
      const current = behaviorRef.current;
      if (current) fn(current.behavior, current.node, current.d3);
      else queued.current.push(() => run(fn));
    };
    /** Applies a zoom change, animated unless the reader prefers reduced motion. */
    const apply =
      (
        change: (
          b: ZoomBehavior<HTMLDivElement, unknown>,
          d3: Interactions,
        ) => (selection: DivSelection) => void,
        animate = true,
      ) =>
      (b: ZoomBehavior<HTMLDivElement, unknown>, node: HTMLDivElement, d3: Interactions) => {
        const selection: DivSelection = d3.select(node);
        const fn = change(b, d3);
        const { duration } = params.current;
        if (animate && duration) {
          // A transition is applied like a selection by d3-zoom's methods.
          selection
            .transition()
            .duration(duration)
            .call(fn as unknown as (t: ReturnType<typeof selection.transition>) => void);
        } else fn(selection);
      };
    /** A pan that brings unzoomed x0..x1 into view with a margin, keeping the zoom level. */
    const panInto =
      (b: ZoomBehavior<HTMLDivElement, unknown>, x0: number, x1: number, onlyIfHidden: boolean) =>
      (sel: DivSelection) => {
        const { width } = params.current;
        const t = store.get();
        const left = x0 * t.k + t.x;
        const right = x1 * t.k + t.x;
        if (onlyIfHidden && right >= 0 && left <= width) return;
        const margin = Math.min(80, width / 6);
        if (left >= margin && right <= width - margin) return;
        const dx = left < margin ? margin - left : width - margin - right;
        sel.call(b.translateBy, dx / t.k, 0);
      };
    return {
      zoomBy: (factor) => run(apply((b) => (sel) => sel.call(b.scaleBy, factor))),
      reset: () => run(apply((b, d3) => (sel) => sel.call(b.transform, d3.zoomIdentity))),
      showBaseRange: (x0, x1, animate = true) =>
        run(
          apply((b, d3) => {
            const { width, maxK } = params.current;
            const span = Math.max(1, x1 - x0);
            const k = Math.min(maxK, Math.max(1, width / span));
            const t = d3.zoomIdentity.translate(-x0 * k + (width - span * k) / 2, 0).scale(k);
            return (sel) => sel.call(b.transform, t);
          }, animate),
        ),
      ensureVisible: (x0, x1) => run(apply((b) => panInto(b, x0, x1, false), false)),
      reveal: (x0, x1) => run(apply((b) => panInto(b, x0, x1, true), false)),
    };
  }, [store]);
}

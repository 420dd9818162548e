/**
 * One tab stop for the whole chart (roving tabindex): the focused, else the selected, else the
 * first event's mark. Arrow keys, Home and End move focus along the events in time order,
 * panning so the mark is in view; Enter or Space selects; + and − zoom.
 */
import type { KeyboardEvent, MouseEvent, RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MarkGeometry } from '../domain/mark-geometry';
import type { TimelineEvent } from '../domain/timeline-model';
import type { ChartZoomApi } from './use-chart-zoom';

export interface RovingFocus {
  /** The id of the one mark in the tab order. */
  readonly focusable: string | null;
  focusMark(id: string): void;
  /** Selects an event the reader picked (a click, Enter, a click on the density layer). */
  pick(id: string): void;
  onActivate(id: string, e: MouseEvent | KeyboardEvent): void;
  onKeyDown(e: KeyboardEvent<SVGSVGElement>): void;
}

// Ids are checked by the dataset schema ([a-z0-9-]), so they are safe inside a selector.
const markNode = (container: HTMLElement | null, id: string) =>
  container?.querySelector<SVGGElement>(`[data-id="${id}"]`) ?? null;

export function useRovingFocus(
  events: readonly TimelineEvent[],
  selectedId: string | null,
  geometry: MarkGeometry,
  zoom: ChartZoomApi,
  container: RefObject<HTMLElement | null>,
  onSelect: (id: string) => void,
): RovingFocus {
  const [activeId, setActiveId] = useState<string | null>(null);
  // Where each event is, looked up only once a mark is focused or selected: built in the render
  // that draws the chart, it took ~60 ms of a 100 000-event page's first drawing.
  const indexOf = useMemo(() => {
    let index: Map<string, number> | undefined;
    return (id: string) => (index ??= new Map(events.map((e, i) => [e.id, i]))).get(id);
  }, [events]);
  const shownActive = activeId !== null && indexOf(activeId) !== undefined ? activeId : null;
  const focusable =
    shownActive ??
    (selectedId !== null && indexOf(selectedId) !== undefined
      ? selectedId
      : (events[0]?.id ?? null));

  // Focus follows the arrow keys; in a dense chart the mark may only exist after this render.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const node = markNode(container.current, id);
    if (node) {
      pendingFocus.current = null;
      node.focus({ preventScroll: true });
    }
  });

  const focusMark = useCallback(
    (id: string) => {
      const i = indexOf(id);
      if (i === undefined) return;
      setActiveId(id);
      zoom.ensureVisible(geometry.baseX0[i] ?? 0, geometry.baseX1[i] ?? 0);
      const node = markNode(container.current, id);
      if (node) node.focus({ preventScroll: true });
      else pendingFocus.current = id;
    },
    [indexOf, zoom, geometry, container],
  );

  const pick = useCallback(
    (id: string) => {
      setActiveId(id);
      onSelect(id);
    },
    [onSelect],
  );

  const onActivate = useCallback(
    (id: string, e: MouseEvent | KeyboardEvent) => {
      e.stopPropagation();
      pick(id);
    },
    [pick],
  );

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const id = (e.target as Element).closest?.('[data-id]')?.getAttribute('data-id');
    if (!id) return;
    const i = indexOf(id) ?? 0;
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

  return { focusable, focusMark, pick, onActivate, onKeyDown };
}

/**
 * In a dense chart, a click on the density layer selects the nearest event on the row clicked:
 * a pointer shortcut, since only a few marks there are elements (the keyboard reaches them all).
 */
import type { MouseEvent } from 'react';
import type { MarkGeometry } from '../domain/mark-geometry';
import { nearestEvent } from '../domain/mark-picking';
import { MARK_RADIUS, rowY } from './chart-layout';
import type { ZoomStore } from './zoom-store';

export function useDensePick(
  dense: boolean,
  geometry: MarkGeometry,
  tops: readonly number[],
  store: ZoomStore,
  pick: (id: string) => void,
): (e: MouseEvent<HTMLDivElement>) => void {
  return (e) => {
    if (!dense || (e.target as Element).closest('[data-id], button')) return;
    const box = e.currentTarget.getBoundingClientRect();
    const hit = nearestEvent({
      geometry,
      transform: store.get(),
      markY: (i) => rowY(tops, geometry.lane[i] ?? 0, geometry.layout.row[i] ?? 0),
      x: e.clientX - box.left,
      y: e.clientY - box.top,
      rowTolerance: MARK_RADIUS + 2,
      reach: 5,
    });
    const event = geometry.events[hit];
    if (event) pick(event.id);
  };
}

/**
 * Whichever way an event gets selected (the detail panel's previous and next, a link's ?event=,
 * a host page, a click in the list), its mark comes into view if it is outside the zoomed window.
 * Only a change of selection pans: zooming away from the selected mark afterwards stays put.
 */
import { useEffect, useRef } from 'react';
import type { MarkGeometry } from '../domain/mark-geometry';
import type { ChartZoomApi } from './use-chart-zoom';

export function useRevealSelected(
  selectedId: string | null,
  geometry: MarkGeometry,
  zoom: ChartZoomApi,
): void {
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === revealed.current) return;
    if (selectedId === null) {
      revealed.current = null;
      return;
    }
    const i = geometry.events.findIndex((e) => e.id === selectedId);
    // An event the filters hide is revealed once they let it through.
    if (i < 0) return;
    revealed.current = selectedId;
    zoom.reveal(geometry.baseX0[i] ?? 0, geometry.baseX1[i] ?? 0);
  }, [selectedId, geometry, zoom]);
}

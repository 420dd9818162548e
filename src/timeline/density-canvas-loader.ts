/**
 * The density layer's module (DensityCanvas.tsx), loaded once and not in the first load. A page
 * that learns a dataset on its way is large (more events than the chart draws as elements)
 * loads it while the dataset is still read, so the chart's first drawing has every event: drawn
 * when the chart first needed it, it came ~250 ms after the labelled marks at 10 000 events.
 */
import type * as DensityModuleType from './DensityCanvas';
import { MAX_ELEMENT_MARKS } from './use-chart-geometry';

type DensityModule = typeof DensityModuleType;

let pending: Promise<DensityModule> | null = null;
let loaded: DensityModule | null = null;

/** The module, loading it the first time (again after a failed attempt). */
export function loadDensityCanvas(): Promise<DensityModule> {
  pending ??= import('./DensityCanvas').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The component when its module is already in, for a chart to draw it in its first render. */
export function loadedDensityCanvas(): DensityModule['DensityCanvas'] | null {
  return loaded?.DensityCanvas ?? null;
}

/** Starts loading the module when a dataset of `events` events will need it. */
export function prepareDensityCanvasFor(events: number): void {
  if (events > MAX_ELEMENT_MARKS) void loadDensityCanvas().catch(() => undefined);
}

import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';

/** Loaded right after the first view: reading the timeline does not need them. */
const PageToolsLater = lazy(() => import('./PageTools').then((m) => ({ default: m.PageTools })));

export function PageTools(props: ComponentProps<typeof PageToolsLater>) {
  return (
    <Suspense fallback={null}>
      <PageToolsLater {...props} />
    </Suspense>
  );
}

import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';
// With the page, not the lazy chunk: the prerendered page shows the tools before their script
// arrives, and they must not change size when it does.
import './io.css';

/** Loaded right after the first view: reading the timeline does not need them. */
const PageToolsLater = lazy(() => import('./PageTools').then((m) => ({ default: m.PageTools })));

export function PageTools(props: ComponentProps<typeof PageToolsLater>) {
  return (
    <Suspense fallback={null}>
      <PageToolsLater {...props} />
    </Suspense>
  );
}

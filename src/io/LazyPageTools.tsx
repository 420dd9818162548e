import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';
// With the page, not the lazy chunk: the prerendered page shows the tools before their script
// arrives, and they must not change size when it does.
import './io.css';
import { PageToolsRow } from './PageToolsRow';

/** Loaded right after the first view: reading the timeline does not need them. */
const PageToolsLater = lazy(() => import('./PageTools').then((m) => ({ default: m.PageTools })));

const nothing = () => {};

/** Their room, taken from the first render: the controls, disabled until their script is here. */
function PageToolsPending() {
  return (
    <div className="page-tools">
      <PageToolsRow onFile={nothing} onEmbedCode={nothing} disabled />
    </div>
  );
}

export function PageTools(props: ComponentProps<typeof PageToolsLater>) {
  return (
    <Suspense fallback={<PageToolsPending />}>
      <PageToolsLater {...props} />
    </Suspense>
  );
}

import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';
import { usePaintedOnce } from '../app/use-painted-once';

/** Loaded after the first view: the export controls are not needed to read the timeline. */
const ExportMenuLater = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

export function ExportMenu(props: ComponentProps<typeof ExportMenuLater>) {
  // Asked for once the first view is on screen: not in the task that draws it.
  if (!usePaintedOnce()) return null;
  return (
    <Suspense fallback={null}>
      <ExportMenuLater {...props} />
    </Suspense>
  );
}

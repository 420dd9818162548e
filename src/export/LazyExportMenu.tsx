import { Suspense, lazy } from 'react';
import type { ComponentProps } from 'react';

/** Loaded after the first view: the export controls are not needed to read the timeline. */
const ExportMenuLater = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

export function ExportMenu(props: ComponentProps<typeof ExportMenuLater>) {
  return (
    <Suspense fallback={null}>
      <ExportMenuLater {...props} />
    </Suspense>
  );
}

import type { ReactNode } from 'react';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { bundledDatasetUrl, datasetSourceFromSearch } from './data/dataset-url';
import { createQueryClient } from './data/query-client';
import { timelineQueryOptions } from './data/use-timeline-data';
import { sourceKey } from './data/dataset-source';
import { mergeIntoSearch, parseViewState, serializeViewState } from './domain/view-state';
import type { Dataset } from './domain/dataset-schema';
import { buildTimeline } from './domain/timeline-model';
import { InitialChartWidth, PRERENDER_VARIANTS } from './prerender/chart-width';
import { recordChartWidthHint } from './timeline/chart-width-hint';
import type { EventLinkKind } from './prerender/event-link';
import { EventLinkContext } from './prerender/event-link';
import { eventFromPath } from './prerender/event-page-path';
import { restoreInlineStyles } from './prerender/inline-styles';
import './global.css';
import './prerender/prerender.css';

/** The element holding the bundled dataset's copy (scripts/prerender.ts writes it). */
const DATASET_ELEMENT_ID = 'bundled-dataset';

/** Says on <html> how the app started (`data-app`), once its first render is on screen. */
function Started({ how, children }: { how: 'hydrated' | 'rendered'; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset['app'] = how;
  }, [how]);
  return children;
}

function page(
  app: ReactNode,
  links: EventLinkKind,
  width: number | null,
  how: 'hydrated' | 'rendered',
): ReactNode {
  return (
    <StrictMode>
      <Started how={how}>
        <InitialChartWidth.Provider value={width}>
          <EventLinkContext.Provider value={links}>{app}</EventLinkContext.Provider>
        </InitialChartWidth.Provider>
      </Started>
    </StrictMode>
  );
}

/**
 * An event's own page (`events/<id>/`, prerendered with that event open) becomes the app's
 * address for it, `?event=<id>` at the site's root, before anything reads the URL: from there on
 * it is the app, whose state lives in the query string. The shareable address stays the page's
 * (its canonical link, and what "Copy link" gives).
 */
function adoptEventPath(): void {
  const base = new URL(document.baseURI);
  const id = eventFromPath(window.location.pathname, base.pathname);
  if (id === null) return;
  const search = new URLSearchParams(window.location.search).has('event')
    ? window.location.search
    : mergeIntoSearch(window.location.search, {
        ...parseViewState(window.location.search),
        event: id,
      });
  window.history.replaceState(window.history.state, '', `${base.pathname}${search}`);
}

/**
 * The prerendered first view can be hydrated when this visit asks for exactly what was rendered:
 * the bundled dataset, the page's own view state, no embed chrome or forced theme.
 */
function canHydrate(root: HTMLElement, params: URLSearchParams): boolean {
  if (['data', 'embed', 'theme'].some((key) => params.has(key))) return false;
  const view = serializeViewState(parseViewState(window.location.search));
  return root.dataset['view'] === view && Number.isFinite(Number(root.dataset['now']));
}

/**
 * The bundled dataset, for the query cache, as the server read it (same "today"): the copy every
 * prerendered page carries (scripts/prerender.ts). The build validated that copy (it refuses to
 * prerender an invalid one), so the page builds its timeline without checking it again, and
 * the validator stays out of the page's first load.
 */
function bundledDataset(now: number) {
  const carried = document.getElementById(DATASET_ELEMENT_ID)?.textContent;
  if (!carried) throw new Error('the page carries no dataset');
  return { ok: true, timeline: buildTimeline(JSON.parse(carried) as Dataset, now) } as const;
}

async function start(root: HTMLElement): Promise<void> {
  adoptEventPath();
  const params = new URLSearchParams(window.location.search);
  // Read (or not needed) once the app starts: the copy then goes, with its memory.
  const dropCarriedDataset = () => document.getElementById(DATASET_ELEMENT_ID)?.remove();
  const links: EventLinkKind = params.has('data') ? 'current-address' : 'event-page';
  const variants = [...root.querySelectorAll<HTMLElement>(':scope > [data-prerender]')];
  if (variants.length > 0 && canHydrate(root, params)) {
    const now = Number(root.dataset['now']);
    try {
      const client = createQueryClient();
      client.setQueryData(sourceKey({ url: bundledDatasetUrl() }), bundledDataset(now));
      // The variant CSS shows for this screen is the one to bring to life; the other goes.
      const shown = variants.find((v) => getComputedStyle(v).display !== 'none') ?? variants[0];
      const variant = PRERENDER_VARIANTS.find((v) => v.name === shown?.dataset['prerender']);
      if (shown && variant) {
        for (const v of variants) if (v !== shown) v.remove();
        shown.removeAttribute('data-prerender');
        restoreInlineStyles(shown, document.styleSheets);
        // In a transition, React hydrates in slices, yielding to the browser between them: the
        // page, already readable, stays responsive while it comes alive (one long task otherwise).
        startTransition(() => {
          hydrateRoot(
            shown,
            page(<App queryClient={client} now={now} />, links, variant.chartWidth, 'hydrated'),
          );
        });
        dropCarriedDataset();
        return;
      }
    } catch (error) {
      // The app loads the dataset itself and says what went wrong.
      console.warn('Not hydrating the prerendered page:', error);
    }
  }
  for (const v of variants) v.remove();
  const client = createQueryClient();
  if (params.has('data')) {
    // Another dataset (?data=, which src/prerender/start.js's worker reads): drawn in the first
    // render if it is small and read by now (or very soon), else loaded from now, while the app
    // renders, rather than once the view that shows it has mounted.
    const source = datasetSourceFromSearch(window.location.search);
    const result =
      'url' in source && (await (await import('./data/fetch-dataset')).readSmallEarly(source.url));
    if (result) {
      client.setQueryData(sourceKey(source), result);
      // Drawn in the first render, with no loading view to take the chart's width from: the
      // chart starts from the width the page's layout will give it, the viewport less the app's
      // padding (app.css: clamp(0.5rem, 2vw, 1.5rem) a side), rather than measuring its empty
      // box (a layout of its own) and drawing again. Unless an event's panel may sit beside it.
      // tests/browser/dataset-worker.test.ts holds the two to each other at several widths.
      if (!params.has('event')) {
        recordChartWidthHint(innerWidth - 2 * Math.min(24, Math.max(8, innerWidth / 50)));
      }
    } else void client.prefetchQuery(timelineQueryOptions(source));
  } else {
    // A view the page was not prerendered for (a shared link's filters, an embed) still shows
    // the bundled dataset: drawn in the first render from the page's copy, as "today" is now,
    // with no second download, no skeleton, and no heading that changes once it arrives.
    // (The development server's page carries none: the app downloads it.)
    if (document.getElementById(DATASET_ELEMENT_ID)) {
      try {
        client.setQueryData(sourceKey({ url: bundledDatasetUrl() }), bundledDataset(Date.now()));
      } catch (error) {
        console.warn('Downloading the bundled dataset: the page’s copy did not read.', error);
      }
    }
  }
  dropCarriedDataset();
  createRoot(root).render(page(<App queryClient={client} />, links, null, 'rendered'));
}

const root = document.getElementById('root');
if (root) void start(root);

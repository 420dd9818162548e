/**
 * The server side of the prerendered page (run at build time by scripts/prerender.ts through
 * Vite's SSR loader): the app's first view as HTML, once per prerender width, and the list of
 * every event for readers without JavaScript. The tree mirrors what src/app/App.tsx renders in
 * the browser, with the query cache already holding the bundled dataset, so hydration finds the
 * same markup.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { renderToStaticMarkup } from 'react-dom/server';
import { TimelineApp } from '../app/TimelineApp';
import { sourceKey } from '../data/dataset-source';
import type { Timeline } from '../domain/timeline-model';
import type { ViewState } from '../domain/view-state';
import { validateDataset } from '../domain/validate-dataset';
import type { PrerenderVariant } from './chart-width';
import { InitialChartWidth, PRERENDER_VARIANTS } from './chart-width';
import { EventLinkContext } from './event-link';
import { PageTools } from '../io/LazyPageTools';
import type { LocalFileApi } from '../io/use-local-file';
import { NoScriptList } from './NoScriptList';

export interface PrerenderInput {
  /** The bundled dataset, parsed. */
  readonly dataset: unknown;
  /** The view this page opens on (the default one, or one event selected). */
  readonly state: ViewState;
  /** "Today" for the axis: the build's time, which the page hands to the browser. */
  readonly now: number;
}

export interface PrerenderedPage {
  readonly timeline: Timeline;
  /** One container per prerender width, each to hydrate (`data-prerender` names it). */
  readonly variants: readonly { readonly variant: PrerenderVariant; readonly html: string }[];
  /** Every event as plain HTML, for `<noscript>`. */
  readonly noScriptList: string;
}

/** No file is open in a prerendered page; the page's tools come to life when it hydrates. */
const NO_LOCAL_FILE: LocalFileApi = {
  file: null,
  reading: null,
  open: () => Promise.resolve(),
  close: () => {},
};

/** The key the server caches under; the browser seeds its own key (the URL it would fetch). */
const SERVER_SOURCE = { url: 'prerender:bundled-dataset' } as const;

async function renderVariant(
  input: PrerenderInput,
  result: ReturnType<typeof validateDataset>,
  variant: PrerenderVariant,
): Promise<string> {
  const client = new QueryClient();
  client.setQueryData(sourceKey(SERVER_SOURCE), result);
  const { prelude } = await prerender(
    <InitialChartWidth.Provider value={variant.chartWidth}>
      <EventLinkContext.Provider value="event-page">
        <QueryClientProvider client={client}>
          <TimelineApp
            dataset={SERVER_SOURCE}
            state={input.state}
            onStateChange={() => {}}
            onEventSelected={() => {}}
            theme={undefined}
            compact={false}
            standalone
            now={input.now}
            tools={<PageTools local={NO_LOCAL_FILE} source={SERVER_SOURCE} state={input.state} />}
          />
        </QueryClientProvider>
      </EventLinkContext.Provider>
    </InitialChartWidth.Provider>,
    // Never split a finished Suspense boundary out to be streamed in by an inline script (which
    // the page's CSP refuses): the whole page is one document.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

function readBundled(dataset: unknown, now: number) {
  const result = validateDataset(dataset, now);
  if (!result.ok) {
    const first = result.problems[0];
    throw new Error(
      `the bundled dataset is invalid: ${first ? `${first.path}: ${first.message}` : 'unknown problem'}`,
    );
  }
  return result;
}

/** The bundled dataset as the pages show it (throws, naming the problem, if it is invalid). */
export async function timelineOf(dataset: unknown, now: number): Promise<Timeline> {
  return Promise.resolve(readBundled(dataset, now).timeline);
}

export async function prerenderPage(input: PrerenderInput): Promise<PrerenderedPage> {
  const result = readBundled(input.dataset, input.now);
  const variants = [];
  for (const variant of PRERENDER_VARIANTS) {
    variants.push({ variant, html: await renderVariant(input, result, variant) });
  }
  const noScriptList = renderToStaticMarkup(<NoScriptList timeline={result.timeline} />);
  return { timeline: result.timeline, variants, noScriptList };
}

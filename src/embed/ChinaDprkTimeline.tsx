import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider, QueryClient as Client } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { TimelineApp } from '../app/TimelineApp';
import type { Theme } from '../app/use-theme';
import type { DatasetSource } from '../data/dataset-source';
import { resolveDatasetUrl } from '../domain/safe-url';
import type { ViewState } from '../domain/url-state';
import { DEFAULT_VIEW_STATE } from '../domain/url-state';
import { EMBED_CSS } from './embed-styles';
import type { SelectedEventInfo } from './messages';

export interface ChinaDprkTimelineProps {
  /** A dataset value in the published format; wins over `datasetUrl`. */
  readonly dataset?: unknown;
  /** Where to fetch a dataset (http or https). */
  readonly datasetUrl?: string;
  /** The state to start from, when the component keeps its own state. */
  readonly initialState?: Partial<ViewState>;
  /** Controlled state: pass it with `onStateChange` to keep it yourself (in your URL, say). */
  readonly state?: ViewState;
  readonly onStateChange?: (state: ViewState) => void;
  /** The selected event, or null when the selection is cleared. */
  readonly onSelect?: (event: SelectedEventInfo | null) => void;
  readonly theme?: Theme;
  /** Your app's QueryClient, to share its cache; otherwise the component brings its own. */
  readonly queryClient?: QueryClient;
  /** Compact chrome (a smaller heading); default true. */
  readonly compact?: boolean;
}

function sourceOf(dataset: unknown, url: string | undefined): DatasetSource {
  if (dataset !== undefined) return { data: dataset };
  if (url === undefined) return { refused: 'Give the timeline a dataset or a datasetUrl.' };
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  const r = resolveDatasetUrl(url, base);
  return r.ok ? { url: r.url } : { refused: r.message };
}

/**
 * The timeline as a React component for a React 19 app. It never touches the page URL: its view
 * state is its own, or yours when controlled. Its styles come with it (a hoisted <style>).
 */
export function ChinaDprkTimeline(props: ChinaDprkTimelineProps) {
  const [ownClient] = useState(() => props.queryClient ?? new Client());
  const client = props.queryClient ?? ownClient;
  const [ownState, setOwnState] = useState<ViewState>(() => ({
    ...DEFAULT_VIEW_STATE,
    ...props.initialState,
  }));
  const state = props.state ?? ownState;
  const { onStateChange } = props;
  const change = useCallback(
    (next: ViewState) => {
      setOwnState(next);
      onStateChange?.(next);
    },
    [onStateChange],
  );
  const source = useMemo(
    () => sourceOf(props.dataset, props.datasetUrl),
    [props.dataset, props.datasetUrl],
  );
  return (
    <QueryClientProvider client={client}>
      <style href="china-dprk-timeline-styles" precedence="default">
        {EMBED_CSS}
      </style>
      <TimelineApp
        dataset={source}
        state={state}
        onStateChange={change}
        onEventSelected={props.onSelect}
        theme={props.theme}
        compact={props.compact ?? true}
      />
    </QueryClientProvider>
  );
}

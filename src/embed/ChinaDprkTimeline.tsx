import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { TimelineApp } from '../app/TimelineApp';
import type { Theme } from '../app/use-theme';
import { resolveDatasetSource } from '../data/dataset-source';
import { createQueryClient } from '../data/query-client';
import type { ViewState } from '../domain/view-state';
import { normalizeViewState } from '../domain/view-state';
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

/**
 * The timeline as a React component for a React 19 app. It never touches the page URL: its view
 * state is its own, or yours when controlled. Its styles come with it (a hoisted <style>). A state
 * passed in is normalised like a link's, so a prop cannot set what a link cannot.
 */
export function ChinaDprkTimeline(props: ChinaDprkTimelineProps) {
  const [ownClient] = useState(() => props.queryClient ?? createQueryClient());
  const client = props.queryClient ?? ownClient;
  const [ownState, setOwnState] = useState<ViewState>(() =>
    normalizeViewState(props.initialState ?? {}),
  );
  const controlled = useMemo(
    () => (props.state ? normalizeViewState(props.state) : null),
    [props.state],
  );
  const state = controlled ?? ownState;
  const { onStateChange } = props;
  const change = useCallback(
    (next: ViewState) => {
      setOwnState(next);
      onStateChange?.(next);
    },
    [onStateChange],
  );
  const source = useMemo(
    () =>
      resolveDatasetSource({
        data: props.dataset,
        url: props.datasetUrl,
        base: typeof document === 'undefined' ? 'http://localhost/' : document.baseURI,
        otherwise: { refused: 'Give the timeline a dataset or a datasetUrl.' },
      }),
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

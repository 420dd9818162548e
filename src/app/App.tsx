import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useContext, useLayoutEffect, useState } from 'react';
import { datasetSourceFromSearch } from '../data/dataset-url';
import { createQueryClient } from '../data/query-client';
import type { ViewState } from '../domain/view-state';
import { parseViewState } from '../domain/view-state';
import type { HistoryMode } from '../domain/view-state-changes';
import { useIframeBridge } from '../embed/use-iframe-bridge';
import { PageTools } from '../io/LazyPageTools';
import { EventLinkContext } from '../prerender/event-link';
import { useLocalFile } from '../io/use-local-file';
import { TimelineApp } from './TimelineApp';
import type { Theme } from './use-theme';
import { useUrlViewState } from './use-url-view-state';

interface PageOptions {
  /** `?embed=1`: inside an iframe, compact, talking to its parent. */
  readonly embed: boolean;
  readonly theme: Theme | undefined;
}

function pageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    embed: params.get('embed') === '1' || params.get('embed') === 'true',
    theme: theme === 'dark' || theme === 'light' ? theme : undefined,
  };
}

/**
 * The page: the bundled dataset (or `?data=<url>`), with the view state kept in the URL. In embed
 * mode the state is still kept in the frame's own URL (replace only, so the host's history is
 * not filled by the frame), and is reported to the parent page.
 */
export function App({ queryClient, now }: { queryClient?: QueryClient; now?: number } = {}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [options] = useState(() => pageOptions(window.location.search));
  const [source] = useState(() => datasetSourceFromSearch(window.location.search));
  const [state, setUrlState] = useUrlViewState();
  const setState = useCallback(
    (next: ViewState, mode: HistoryMode) => setUrlState(next, options.embed ? 'replace' : mode),
    [setUrlState, options.embed],
  );
  const applySearch = useCallback(
    (search: string) => setUrlState(parseViewState(search), 'replace'),
    [setUrlState],
  );
  const onEventSelected = useIframeBridge(options.embed, state, applySearch);
  const local = useLocalFile(() => applySearch(''));
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('embedded', options.embed);
  }, [options.embed]);
  // A file opened from this computer has no address to share, so its events have no links.
  const links = useContext(EventLinkContext);
  return (
    <QueryClientProvider client={client}>
      <EventLinkContext.Provider value={local.file ? null : links}>
        <TimelineApp
          dataset={local.file ? { file: local.file } : source}
          tools={
            options.embed ? undefined : <PageTools local={local} source={source} state={state} />
          }
          state={state}
          onStateChange={setState}
          onEventSelected={onEventSelected}
          theme={options.theme}
          compact={options.embed}
          standalone
          now={now}
        />
      </EventLinkContext.Provider>
    </QueryClientProvider>
  );
}

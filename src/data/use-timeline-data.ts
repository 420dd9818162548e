import type { UseQueryResult } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useSyncExternalStore } from 'react';
import type { DatasetResult } from '../domain/validate-dataset';
import type { DatasetSource } from './dataset-source';
import { sourceKey } from './dataset-source';
import { DatasetFetchError } from './dataset-fetch-error';
import type { LoadProgress } from './load-progress';
import {
  currentLoadProgress,
  startLoadProgress,
  subscribeLoadProgress,
} from './load-progress-store';

/** Retry once for a network failure or a server error; a 4xx will not change by retrying. */
function shouldRetry(failures: number, error: Error): boolean {
  const status = error instanceof DatasetFetchError ? error.status : null;
  return failures < 1 && status !== -1 && (status === null || status >= 500);
}

/** Above this many events, a dataset is drawn in a deferred render (see useTimelineData). */
export const DEFER_DRAWING_ABOVE = 1_000;

const isLarge = (data: DatasetResult | undefined) =>
  data?.ok === true && data.timeline.events.length > DEFER_DRAWING_ABOVE;

/**
 * The one query through which every view loads a dataset, by URL or as a value. React-query's
 * signal aborts when the reader picks another dataset, which stops the download and terminates
 * the worker reading it. The page may start it before it renders (main.tsx prefetches `?data=`).
 */
export function timelineQueryOptions(source: DatasetSource) {
  return queryOptions({
    queryKey: sourceKey(source),
    queryFn: async ({ signal }) => {
      if ('url' in source) {
        const progress = startLoadProgress();
        try {
          // Loaded on first use: the prerendered page hands the bundled dataset to the query
          // cache as it hydrates, so its first load never fetches through here.
          const { fetchDataset } = await import('./fetch-dataset');
          return await fetchDataset(source.url, signal, progress.update);
        } finally {
          progress.end();
        }
      }
      if ('file' in source) return source.file.result;
      if ('refused' in source) throw new DatasetFetchError(source.refused, '', -1);
      // A dataset handed over as a value (the React component's `data`): loaded on first use.
      const { validateDatasetLazily } = await import('../domain/validate-dataset-lazily');
      return validateDatasetLazily(source.data);
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay: 800,
    refetchOnWindowFocus: false,
    // A load that failed before the view mounted (a prefetch) is shown as it failed; it was
    // already retried where retrying can help, and the reader can ask again.
    retryOnMount: false,
  });
}

export function useTimelineData(source: DatasetSource): UseQueryResult<DatasetResult> {
  const query = useQuery(timelineQueryOptions(source));
  // A large dataset that has just arrived is first drawn in a background render, which React
  // splits into short tasks, while the loading view stays on screen: drawing 10 000 events at
  // once blocked the page for several hundred milliseconds in one task. A small one is drawn at
  // once, as the yielding would only delay it.
  const deferred = useDeferredValue(query.data);
  const shown = isLarge(query.data) ? deferred : query.data;
  if (shown === query.data) return query;
  return {
    ...query,
    data: undefined,
    isPending: true,
    isSuccess: false,
    status: 'pending',
  } as UseQueryResult<DatasetResult>;
}

/** How far the dataset being loaded has got (bytes read, then checking), or null. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribeLoadProgress, currentLoadProgress, () => null);
}

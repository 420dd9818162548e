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

/**
 * Above this many events, a dataset is drawn in a deferred render (see useTimelineData). Below
 * it, slicing the render only delays the drawing: the chart's layout of every event is one
 * piece of work React cannot split, so a sliced render's longest task was nearly as long as a
 * whole one. Measured on the bench machine (2 cores), interleaved loads, medians:
 * - 10 000 events: drawn in one task, render 160 -> 133 ms, longest task 58 -> 124 ms (10 each);
 * - 20 000 events: render 206 -> 166 ms, longest task 110 -> 162 ms, the slowest of each
 *   187 and 188 ms (5 each), still under the 200 ms the large-timeline target allows;
 * - 100 000 events (render ~265 ms) stays sliced.
 */
export const DEFER_DRAWING_ABOVE = 20_000;

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
  // splits into short tasks, while the loading view stays on screen: 100 000 events take ~265 ms
  // to draw, too long for one task. A smaller one is drawn at once, as the yielding would only
  // delay it.
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

import { useQuery } from '@tanstack/react-query';
import { DatasetFetchError, fetchDataset } from './fetch-dataset';

/** Retry once for a network failure or a server error; a 4xx will not change by retrying. */
function shouldRetry(failures: number, error: Error): boolean {
  const status = error instanceof DatasetFetchError ? error.status : null;
  return failures < 1 && (status === null || status >= 500);
}

/** The one query through which every view loads a dataset; its URL is a parameter. */
export function useTimelineData(url: string) {
  return useQuery({
    queryKey: ['timeline-dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay: 800,
    refetchOnWindowFocus: false,
  });
}

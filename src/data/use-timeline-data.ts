import { useQuery } from '@tanstack/react-query';
import { validateDataset } from '../domain/validate-dataset';
import type { DatasetSource } from './dataset-source';
import { sourceKey } from './dataset-source';
import { DatasetFetchError, fetchDataset } from './fetch-dataset';
import { importedResult } from './read-imported-text';

/** Retry once for a network failure or a server error; a 4xx will not change by retrying. */
function shouldRetry(failures: number, error: Error): boolean {
  const status = error instanceof DatasetFetchError ? error.status : null;
  return failures < 1 && status !== -1 && (status === null || status >= 500);
}

/** The one query through which every view loads a dataset, by URL or as a value. */
export function useTimelineData(source: DatasetSource) {
  return useQuery({
    queryKey: sourceKey(source),
    queryFn: async ({ signal }) => {
      if ('url' in source) return fetchDataset(source.url, signal);
      if ('file' in source) return importedResult(source.file.imported);
      if ('refused' in source) throw new DatasetFetchError(source.refused, '', -1);
      return validateDataset(source.data);
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay: 800,
    refetchOnWindowFocus: false,
  });
}

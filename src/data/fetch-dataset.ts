import type { DatasetResult } from '../domain/validate-dataset';
import { DATASET_LIMITS, tooLarge } from '../domain/read-dataset-text';
import { readImportedText } from './read-imported-text';

/** A network or HTTP failure, said so a reader knows what failed. */
export class DatasetFetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered. */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'DatasetFetchError';
  }
}

export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Fetches and validates a dataset. Network and HTTP failures throw (so react-query can retry
 * them); a dataset that arrives but is invalid resolves to its list of problems (retrying will
 * not fix it).
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetResult> {
  const started = performance.now();
  let response: Response;
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'omit',
    });
  } catch (error) {
    const reason =
      error instanceof DOMException && error.name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : 'the network request failed';
    throw new DatasetFetchError(`Could not load the dataset (${reason}).`, url);
  }
  if (!response.ok) {
    throw new DatasetFetchError(
      `Could not load the dataset: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      url,
      response.status,
    );
  }
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  // Refuse before downloading what the server says is too large.
  if (declared > DATASET_LIMITS.maxBytes) return tooLarge(declared);
  const text = await response.text();
  const fetched = performance.now();
  // Any format the importer knows (detected from the content); for our JSON, size, syntax,
  // nesting depth and duplicate keys are checked before the schema.
  const result = await readImportedText(text, url);
  // For the benchmark: where the time to the first drawing goes.
  performance.measure('timeline:fetch', { start: started, end: fetched });
  performance.measure('timeline:read-and-validate', { start: fetched, end: performance.now() });
  performance.mark('timeline:data-ready');
  return result;
}

/**
 * Reads a dataset from an address or a file, start to finish: fetch, bytes read with progress,
 * then size, JSON, schema and references (readDatasetText) and the timeline model. It runs
 * wherever it is called: in the dataset worker for large datasets, on the page for small ones.
 */
import { DATASET_LIMITS, readDatasetText, tooLarge } from '../domain/read-dataset-text';
import type { DatasetResult, FastCheck } from '../domain/validate-dataset';
import type { LoadOptions } from './load-progress';
import { decodeChunks, readBody } from './read-body';

/** A network or HTTP failure, said so a reader knows what failed. */
export class DatasetFetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status, when the server answered (-1: refused before any request). */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'DatasetFetchError';
  }
}

export const FETCH_TIMEOUT_MS = 15_000;

/** Where a dataset's bytes come from: an http(s) address, or a file the reader opened. */
export type DatasetInput = { readonly url: string } | { readonly file: Blob };

/**
 * Fetches `url`. Network and HTTP failures throw DatasetFetchError (react-query retries those);
 * an abort throws the signal's reason.
 */
export async function fetchResponse(url: string, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'omit',
    });
  } catch (error) {
    signal?.throwIfAborted();
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
  return response;
}

/** The body's size as the server declares it (for progress and an early refusal), if it does. */
export function declaredSize(response: Response): number | null {
  const header = response.headers.get('Content-Length');
  const size = header === null ? Number.NaN : Number(header);
  // A compressed body's Content-Length counts compressed bytes, not the bytes read.
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  return Number.isFinite(size) && size >= 0 && !encoded ? size : null;
}

/** Checks and models bytes already read, reporting "checking" and then the event count. */
export function readDatasetBytes(
  chunks: readonly Uint8Array[],
  { onProgress }: LoadOptions,
  fastCheck?: FastCheck,
): DatasetResult {
  onProgress?.({ stage: 'checking', events: null });
  return readDatasetText(decodeChunks(chunks), undefined, {
    onParsed: (events) => onProgress?.({ stage: 'checking', events }),
    fastCheck,
  });
}

export async function readDatasetSource(
  source: DatasetInput,
  options: LoadOptions = {},
  fastCheck?: FastCheck,
): Promise<DatasetResult> {
  let body: ReadableStream<Uint8Array> | null;
  let total: number | null;
  if ('url' in source) {
    const response = await fetchResponse(source.url, options.signal);
    total = declaredSize(response);
    const announced = Number(response.headers.get('Content-Length'));
    // Refuse before downloading what the server says is too large.
    if (announced > DATASET_LIMITS.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return tooLarge(announced);
    }
    body = response.body;
  } else {
    total = source.file.size;
    if (total > DATASET_LIMITS.maxBytes) return tooLarge(total);
    body = source.file.stream();
  }
  if (body === null) return readDatasetBytes([], options, fastCheck);
  const read = await readBody(body, total, options);
  if (!read.ok) return tooLarge(read.bytes);
  return readDatasetBytes(read.chunks, options, fastCheck);
}

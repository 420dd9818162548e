/**
 * Fetches a dataset for the app and reads it where it is cheapest: the page reads the bytes
 * (network input costs the main thread next to nothing, and only then is the real size known,
 * compressed or not), then checks a small dataset itself and hands a large one to the dataset
 * worker, so the page never freezes while 10 000 events are parsed and checked. Files the reader
 * opens take the same way (read-local-file.ts).
 */
import { DATASET_LIMITS, tooLarge } from '../domain/parse-dataset-text';
import { readDatasetTextLazily } from '../domain/read-dataset-text-lazily';
import type { DatasetResult } from '../domain/validate-dataset';
import type { LoadOptions } from './load-progress';
import { decodeChunks, readBody } from './read-body';
import { declaredSize, fetchResponse } from './read-dataset-source';
import { isOwnFormat, readImportedText } from './read-imported-text';

export { DatasetFetchError, FETCH_TIMEOUT_MS } from './read-dataset-source';

/** The first chunks, enough to hold the first 4 KB where our format names itself. */
function headOf(chunks: readonly Uint8Array[]): Uint8Array[] {
  const head: Uint8Array[] = [];
  let bytes = 0;
  for (const chunk of chunks) {
    if (bytes >= 4096) break;
    head.push(chunk.subarray(0, 4096 - bytes));
    bytes += chunk.length;
  }
  return head;
}

/**
 * Datasets up to this many bytes are checked on the page. Checking costs about 45 ms per MB on
 * the page (scripts/measure-validate.ts), while a worker costs a fixed ~40 ms to start and load
 * its script before any work, plus copying the result back: below half a megabyte (~550 events)
 * the page finishes sooner, in well under one 50 ms long task.
 */
export const MAIN_THREAD_MAX_BYTES = 500_000;

/** Reads bytes in the dataset worker, which is loaded only when needed (not in the first load). */
export async function readInWorker(
  file: Blob,
  name: string,
  options: LoadOptions,
): Promise<DatasetResult> {
  const { loadDatasetInWorker } = await import('./load-dataset-in-worker');
  return loadDatasetInWorker({ file, name }, options);
}

/**
 * Fetches and validates a dataset. Network and HTTP failures throw (so react-query can retry
 * them); a dataset that arrives but is invalid resolves to its list of problems (retrying will
 * not fix it). An abort (the reader chose another dataset) throws the signal's reason.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  onProgress?: LoadOptions['onProgress'],
): Promise<DatasetResult> {
  const started = performance.now();
  const response = await fetchResponse(url, signal);
  const announced = Number(response.headers.get('Content-Length'));
  // Refuse before downloading what the server says is too large.
  if (announced > DATASET_LIMITS.maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(announced);
  }
  const read = response.body
    ? await readBody(response.body, declaredSize(response), { signal, onProgress })
    : { ok: true as const, chunks: [], bytes: 0 };
  const fetched = performance.now();
  let result: DatasetResult;
  if (!read.ok) result = tooLarge(read.bytes);
  else if (read.bytes > MAIN_THREAD_MAX_BYTES) {
    // Any format: the worker tells ours from one to import, as below.
    result = await readInWorker(new Blob(read.chunks as Uint8Array<ArrayBuffer>[]), url, {
      signal,
      onProgress,
    });
  } else if (!isOwnFormat(decodeChunks(headOf(read.chunks)))) {
    // Another format (TimelineJS JSON, a sheet), detected from the content: the importer.
    result = await readImportedText(decodeChunks(read.chunks), url);
  } else {
    // Size, JSON syntax, nesting depth and duplicate keys are checked before the schema.
    // The fast check accepts a valid dataset; the schema's messages load only for a broken one.
    onProgress?.({ stage: 'checking', events: null });
    result = await readDatasetTextLazily(decodeChunks(read.chunks), undefined, {
      onParsed: (events) => onProgress?.({ stage: 'checking', events }),
    });
  }
  // For the benchmark: where the time to the first drawing goes.
  performance.measure('timeline:fetch', { start: started, end: fetched });
  performance.measure('timeline:read-and-validate', { start: fetched, end: performance.now() });
  performance.mark('timeline:data-ready');
  return result;
}

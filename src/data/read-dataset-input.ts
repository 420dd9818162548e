/**
 * Reads a dataset from an address or a file, start to finish: fetch, bytes read with progress,
 * then size, JSON, schema and references (readDatasetText) and the timeline model. The dataset
 * worker runs it for large datasets.
 */
import { DATASET_LIMITS, readDatasetText, tooLarge } from '../domain/read-dataset-text';
import type { DatasetResult, FastCheck } from '../domain/validate-dataset';
import type { LoadOptions } from './load-progress';
import { decodeChunks, readBody } from './read-body';
import type { DatasetInput } from './read-dataset-source';
import { declaredSize, fetchResponse } from './read-dataset-source';

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

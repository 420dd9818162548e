/**
 * Reads a dataset from an address or a file, start to finish: fetch, bytes read with progress,
 * then size, JSON, schema and references (readDatasetText) and the timeline model, or, for a file
 * in another format (TimelineJS JSON, a sheet), the importer. The dataset worker runs it for large
 * datasets.
 */
import { DATASET_LIMITS, readDatasetText, tooLarge } from '../domain/read-dataset-text';
import type { DatasetResult, FastCheck } from '../domain/validate-dataset';
import type { LoadOptions } from './load-progress';
import { decodeChunks, readBody } from './read-body';
import type { DatasetInput } from './read-dataset-source';
import { declaredSize, fetchResponse } from './read-dataset-source';
import { importedResult, isOwnFormat } from './read-imported-text';

/**
 * Checks and models bytes already read, reporting "checking" and then the event count; text in
 * another format goes to the importer, loaded only then. `name` is the file's name or address.
 */
export async function readDatasetBytes(
  chunks: readonly Uint8Array[],
  { onProgress }: LoadOptions,
  fastCheck?: FastCheck,
  name?: string,
): Promise<DatasetResult> {
  onProgress?.({ stage: 'checking', events: null });
  const text = decodeChunks(chunks);
  let bytes = 0;
  for (const chunk of chunks) bytes += chunk.byteLength;
  if (!isOwnFormat(text)) {
    const { importDataset } = await import('../domain/import/import-dataset');
    return importedResult(importDataset(text, name === undefined ? {} : { fileName: name }));
  }
  return readDatasetText(text, undefined, {
    onParsed: (events) => onProgress?.({ stage: 'checking', events }),
    fastCheck,
    bytes,
  });
}

export async function readDatasetSource(
  source: DatasetInput,
  options: LoadOptions = {},
  fastCheck?: FastCheck,
): Promise<DatasetResult> {
  let body: ReadableStream<Uint8Array> | null;
  let total: number | null;
  const name = 'url' in source ? source.url : source.name;
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
  if (body === null) return readDatasetBytes([], options, fastCheck, name);
  const read = await readBody(body, total, options);
  if (!read.ok) return tooLarge(read.bytes);
  return readDatasetBytes(read.chunks, options, fastCheck, name);
}

/**
 * Reads a dataset from an address or a file, start to finish: fetch, bytes read with progress,
 * then size, JSON, schema and references and the timeline model, or, for a file in another format
 * (TimelineJS JSON, a sheet), the importer. The dataset worker runs it. The schema (zod) is
 * loaded only to word a broken dataset's problems (validate-dataset-lazily.ts): the fast check
 * accepts a valid one, and the worker starts sooner without it.
 */
import { DATASET_LIMITS, tooLarge } from '../domain/dataset-limits';
import { JsonEventStream } from '../domain/json-event-stream';
import { readDatasetTextLazily } from '../domain/read-dataset-text-lazily';
import { outlineCheckedEvents, readOutlinedDataset } from '../domain/read-outlined-dataset';
import type { DatasetResult } from '../domain/validate-dataset';
import type { LoadOptions } from './load-progress';
import { joinChunks, readBody } from './read-body';
import type { DatasetInput } from './read-dataset-source';
import { declaredSize, deliveredResponse, fetchResponse } from './read-dataset-source';
import { importedResult, isOwnFormat } from './read-imported-text';

/**
 * A dataset read from its bytes, with the bytes (one buffer) and the value JSON.parse made of them
 * when it is in our format: the worker hands the bytes back to the page, which parses its events
 * from them when the checked dataset is that very value (timeline-transfer.ts).
 */
export interface DatasetRead {
  readonly result: DatasetResult;
  readonly text: {
    readonly bytes: Uint8Array;
    readonly value: unknown;
    /**
     * The value's events are outlines (event-outline.ts), read as the bytes arrived: the page
     * must read the events themselves from the bytes.
     */
    readonly outlined?: boolean;
  } | null;
}

/**
 * Called with the bytes and the value JSON.parse made of them, once the text has passed the
 * checks before the schema (size, syntax, depth, repeated keys, event count).
 */
export type OnText = (
  bytes: Uint8Array,
  value: unknown,
  /** Where each event lies in the bytes (eventByteRanges), when already known. */
  ranges?: Int32Array<ArrayBuffer>,
) => void;

/**
 * Checks and models bytes already read, reporting "checking" and then the event count; text in
 * another format goes to the importer, loaded only then. `name` is the file's name or address.
 */
export async function readDatasetBytes(
  chunks: readonly Uint8Array[],
  { onProgress }: LoadOptions,
  name?: string,
  onText?: OnText,
): Promise<DatasetRead> {
  onProgress?.({ stage: 'checking', events: null });
  const bytes = joinChunks(chunks);
  const text = new TextDecoder().decode(bytes);
  if (!isOwnFormat(text)) {
    const { importDataset } = await import('../domain/import/import-dataset');
    const imported = importDataset(text, name === undefined ? {} : { fileName: name });
    return { result: importedResult(imported), text: null };
  }
  let value: unknown;
  const result = await readDatasetTextLazily(text, undefined, {
    onParsed: (events) => onProgress?.({ stage: 'checking', events }),
    onValue: (parsed) => {
      value = parsed;
      onText?.(bytes, parsed);
    },
    bytes: bytes.byteLength,
  });
  return { result, text: { bytes, value } };
}

/** Fetches or reads `source` and reads the dataset in it (readDatasetBytes). */
export async function readDatasetSource(
  source: DatasetInput,
  options: LoadOptions = {},
  onText?: OnText,
): Promise<DatasetRead> {
  let body: ReadableStream<Uint8Array> | null;
  let total: number | null;
  let expected: number | null;
  const name = 'url' in source ? source.url : source.name;
  if ('chunks' in source) return readDatasetBytes(source.chunks, options, name, onText);
  if ('url' in source) {
    const response = source.delivered
      ? deliveredResponse(source.url, source.delivered)
      : await fetchResponse(source.url, options.signal);
    total = declaredSize(response);
    const announced = Number(response.headers.get('Content-Length'));
    // Refuse before downloading what the server says is too large.
    if (announced > DATASET_LIMITS.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { result: tooLarge(announced), text: null };
    }
    // A compressed body's length says little of its size decoded. JSON compresses some 5-8
    // times: room for 8 times as much at once (memory never written costs nothing) spares
    // copying the bytes each time they outgrow their buffer (~130 ms at 100 000 events).
    expected = total ?? (Number.isFinite(announced) && announced > 0 ? 8 * announced : null);
    body = response.body;
  } else {
    total = source.file.size;
    expected = total;
    if (total > DATASET_LIMITS.maxBytes) return { result: tooLarge(total), text: null };
    body = source.file.stream();
  }
  if (body === null) return readDatasetBytes([], options, name, onText);
  return readStreamed(body, total, expected, options, name, onText);
}

/**
 * Reads a body while its events are parsed and checked as they arrive (json-event-stream.ts,
 * read-outlined-dataset.ts), then checks the rest and models the dataset; text the stream cannot
 * vouch for (another format, or a problem anywhere) is read from its bytes as readDatasetBytes
 * does, which describes what is wrong.
 */
async function readStreamed(
  body: ReadableStream<Uint8Array>,
  total: number | null,
  /** How many bytes to make room for at first (the stream grows its buffer beyond it). */
  expected: number | null,
  options: LoadOptions,
  name: string | undefined,
  onText: OnText | undefined,
): Promise<DatasetRead> {
  const stream = new JsonEventStream(
    DATASET_LIMITS.maxBytes,
    DATASET_LIMITS.maxDepth,
    expected,
    undefined,
    outlineCheckedEvents,
  );
  const read = await readBody(body, total, options, { onChunk: (chunk) => stream.push(chunk) });
  if (!read.ok) return { result: tooLarge(read.bytes), text: null };
  const { bytes, parsed } = stream.finish();
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (!parsed || !isOwnFormat(head)) {
    return readDatasetBytes([bytes], options, name, onText);
  }
  const { onProgress } = options;
  onProgress?.({ stage: 'checking', events: null });
  const result = readOutlinedDataset(parsed.value, {
    onParsed: (events) => onProgress?.({ stage: 'checking', events }),
    onValue: (value) => onText?.(bytes, value, parsed.ranges),
  });
  // Something to report: the full reader says what (onText has not been called: the bytes are
  // still here).
  if (result === null) return readDatasetBytes([bytes], options, name, onText);
  return { result, text: { bytes, value: parsed.value, outlined: true } };
}

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
import { earlyReadFor, takeEarlyRead } from './early-read';
import type { EarlyRead } from './early-read';
import type { LoadOptions } from './load-progress';
import {
  WorkerStartError,
  loadDatasetInWorker,
  startDatasetWorker,
} from './load-dataset-in-worker';
import { decodeChunks, readBody } from './read-body';
import { declaredSize, fetchResponse } from './read-dataset-source';
import { isOwnFormat, readImportedText } from './read-imported-text';

import { FETCH_TIMEOUT_MS, noAnswerError } from './read-dataset-source';

export { FETCH_TIMEOUT_MS } from './read-dataset-source';

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

/**
 * The dataset worker, started while a download that looks large still arrives, so that its start
 * (60–130 ms to fetch and compile its script) overlaps the download instead of following it. A
 * download looks large when the server declares more than MAIN_THREAD_MAX_BYTES, or, compressed,
 * more than an eighth of that (JSON compresses some 5–8 times), or once half that many bytes have
 * come without a declared size. A warm worker the dataset turns out not to need is terminated.
 */
class WorkerWarmup {
  private worker: Worker | null = null;

  start(): void {
    this.worker ??= startDatasetWorker();
  }

  /** The warm worker, if one was started; the caller owns it from then on. */
  take(): Worker | null {
    const worker = this.worker;
    this.worker = null;
    return worker;
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

function looksLarge(response: Response): boolean {
  const length = Number(response.headers.get('Content-Length'));
  if (!Number.isFinite(length) || length <= 0) return false;
  const declared = declaredSize(response);
  return declared === null ? length > MAIN_THREAD_MAX_BYTES / 8 : declared > MAIN_THREAD_MAX_BYTES;
}

/** Reads a file in the dataset worker. */
export function readInWorker(
  file: Blob,
  name: string,
  options: LoadOptions,
): Promise<DatasetResult> {
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
  const early = takeEarlyRead(url);
  if (early) {
    try {
      return await readEarly(early, url, { signal, onProgress });
    } catch (error) {
      // A worker that cannot start (no module workers in this browser): read it here after all.
      if (!(error instanceof WorkerStartError)) throw error;
    }
  }
  const started = performance.now();
  const response = await fetchResponse(url, signal);
  const announced = Number(response.headers.get('Content-Length'));
  // Refuse before downloading what the server says is too large.
  if (announced > DATASET_LIMITS.maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return tooLarge(announced);
  }
  const warmup = new WorkerWarmup();
  if (looksLarge(response)) warmup.start();
  try {
    return await readFetched(response, url, warmup, started, { signal, onProgress });
  } finally {
    warmup.cancel();
  }
}

async function readFetched(
  response: Response,
  url: string,
  warmup: WorkerWarmup,
  started: number,
  { signal, onProgress }: LoadOptions,
): Promise<DatasetResult> {
  const read = response.body
    ? await readBody(response.body, declaredSize(response), {
        signal,
        onProgress: (progress) => {
          if (progress.stage === 'reading' && progress.loaded > MAIN_THREAD_MAX_BYTES / 2) {
            warmup.start();
          }
          onProgress?.(progress);
        },
      })
    : { ok: true as const, chunks: [], bytes: 0 };
  const fetched = performance.now();
  let result: DatasetResult;
  if (!read.ok) result = tooLarge(read.bytes);
  else if (read.bytes > MAIN_THREAD_MAX_BYTES) {
    // Any format: the worker tells ours from one to import, as below. The bytes move to the
    // worker (their buffers are transferred, not copied).
    const worker = warmup.take() ?? startDatasetWorker();
    result = await loadDatasetInWorker(
      { chunks: read.chunks, name: url },
      { signal, onProgress },
      worker,
    );
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
  markDataReady(started, fetched);
  return result;
}

/**
 * Up to this many events, a dataset is small enough to wait for before the first render: as many
 * as the chart draws as elements (MAX_ELEMENT_MARKS, which a test holds this to: importing it
 * here split the chart's geometry into a chunk of its own in the embeds, +0.5 KB). A larger one
 * needs the density layer, whose code the loading view fetches while the worker reads
 * (density-canvas-loader.ts): taken over before the first render, a 1 000-event dataset was
 * drawn ~220 ms later (interleaved), the layer's code fetched only then.
 */
export const SMALL_READ_MAX_EVENTS = 400;

/** How long the app's first render waits for a small dataset start.js's worker still reads. */
export const SMALL_READ_WAIT_MS = 150;

/**
 * What start.js's worker has said of the dataset's size shows it small: at most
 * MAIN_THREAD_MAX_BYTES announced, or SMALL_READ_MAX_EVENTS parsed (or in the timeline).
 */
function looksSmall(read: EarlyRead): boolean {
  for (let i = read.replies.length - 1; i >= 0; i--) {
    const reply = read.replies[i];
    if (reply?.type === 'timeline-head') return reply.head.eventCount <= SMALL_READ_MAX_EVENTS;
    if (reply?.type === 'problems') return true;
    if (reply?.type !== 'progress') continue;
    const { progress } = reply;
    if (progress.stage === 'checking') {
      if (progress.events !== null) return progress.events <= SMALL_READ_MAX_EVENTS;
    } else return progress.total !== null && progress.total <= MAIN_THREAD_MAX_BYTES;
  }
  return false;
}

/** The read has its answer: the whole timeline, or the dataset's problems. */
function isFinished(read: EarlyRead): boolean {
  return read.replies.some(
    (reply) =>
      (reply.type === 'timeline-head' && reply.eventsFromBytes) ||
      (reply.type === 'timeline-events' && reply.done) ||
      reply.type === 'problems',
  );
}

/**
 * The dataset at `url`, when the worker src/prerender/start.js started on it shows it small and
 * has finished reading it, or finishes within SMALL_READ_WAIT_MS: its replies are then taken
 * over at once (a few ms), so that the app's first render draws the timeline. A small dataset
 * is often read while the app's script loads, and is otherwise drawn by a second render that
 * replaces a loading view (80–160 ms later at 100 events, interleaved). Null otherwise (or
 * should taking it over fail), and the read stays where it is, for fetchDataset.
 */
export function readSmallEarly(url: string): Promise<DatasetResult | null> {
  const early = earlyReadFor(url);
  if (!early || !looksSmall(early)) return Promise.resolve(null);
  const take = (): Promise<DatasetResult | null> => {
    if (!isFinished(early) || !looksSmall(early)) return Promise.resolve(null);
    const taken = takeEarlyRead(url);
    return taken
      ? readEarly({ ...taken, atOnce: true }, url, {}).catch(() => null)
      : Promise.resolve(null);
  };
  if (isFinished(early)) return take();
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      early.worker.removeEventListener('message', listen);
      resolve(take());
    };
    // start.js listened first: its list holds the reply by now.
    const listen = () => {
      if (isFinished(early) || !looksSmall(early)) stop();
    };
    const timer = setTimeout(stop, SMALL_READ_WAIT_MS);
    early.worker.addEventListener('message', listen);
  });
}

/**
 * The dataset read by the worker src/prerender/start.js started on it (early-read.ts): any size,
 * as that worker worked while the app started, where a small dataset would otherwise wait for
 * the app to fetch and check it. The page keeps the time limit on the download itself, on its
 * own clock, as it does for its own fetches.
 */
async function readEarly(
  early: EarlyRead,
  url: string,
  { signal, onProgress }: LoadOptions,
): Promise<DatasetResult> {
  let started: number | null = null;
  let fetched: number | null = null;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(noAnswerError(url)), FETCH_TIMEOUT_MS);
  try {
    const result = await loadDatasetInWorker(
      { url },
      {
        signal: signal ? AbortSignal.any([signal, stop.signal]) : stop.signal,
        onProgress,
        onFetched: (startedAt, readAt) => {
          clearTimeout(timer);
          started = startedAt;
          fetched = readAt;
        },
      },
      early,
    );
    markDataReady(started, fetched);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** For the benchmark: where the time to the first drawing goes. */
function markDataReady(started: number | null, fetched: number | null): void {
  if (started !== null && fetched !== null) {
    performance.measure('timeline:fetch', { start: started, end: fetched });
    performance.measure('timeline:read-and-validate', { start: fetched, end: performance.now() });
  }
  performance.mark('timeline:data-ready');
}

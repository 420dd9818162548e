/**
 * Reads a dataset in a Web Worker, so that parsing, checking and modelling a large file never
 * freezes the page. The worker's script is a separate file that the browser fetches only when a
 * dataset needs it; a small dataset (see fetch-dataset.ts) never starts it.
 *
 * The worker sends the finished model as a head, from which the page draws the chart, and the
 * page reads the events' data from the dataset's bytes when it needs them or is idle; or, when
 * the checked dataset is not what the bytes say, as slices of JSON, each read in its own task
 * (timeline-transfer.ts). Measured with 10 000 events in Chromium on a loaded machine: receiving
 * the whole model in one message blocked the page for 422 ms, and receiving the validated dataset
 * as JSON to build the model here took 179 ms (JSON.parse) plus 626 ms (the model, its dates
 * parsed again).
 */
import type { DatasetResult } from '../domain/validate-dataset';
import type { WorkerReply, WorkerRequest } from './dataset-worker-protocol';
import type { LoadOptions } from './load-progress';
import type { DatasetInput } from './read-dataset-source';
import { DatasetFetchError } from './dataset-fetch-error';
import { joinChunks } from './read-body';
import { EventsInBytes } from './events-in-bytes';
import { readEventsWhenIdle } from './read-events-when-idle';
import { TimelineAssembler, assembleTimeline, decodeEvents } from './timeline-transfer';

/**
 * A new dataset worker. Starting one (fetching and compiling its script) takes some 60–130 ms
 * before it can work, so the page starts it as soon as a download looks large, while the bytes
 * still arrive (fetch-dataset.ts), and terminates it if they turn out few.
 */
export function startDatasetWorker(): Worker {
  return new Worker(new URL('./dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset',
  });
}

/** The dataset worker could not start (its script failed to load or to run). */
export class WorkerStartError extends Error {
  constructor(detail: string) {
    super(`The dataset reader failed to start${detail ? `: ${detail}` : ''}.`);
    this.name = 'WorkerStartError';
  }
}

/**
 * A worker already reading the dataset when the page took it over (early-read.ts): the request
 * was posted before the page listened, and `replies` holds what the worker said meanwhile.
 */
export interface StartedRead {
  readonly worker: Worker;
  readonly replies: readonly WorkerReply[];
  /** Take over `replies` in the caller's task rather than one per task (a small, finished read). */
  readonly atOnce?: boolean;
  /** Stops what the page does for that read (the download start.js passes on), if anything. */
  readonly stop?: () => void;
}

export interface WorkerLoadOptions extends LoadOptions {
  /** When the worker fetched an address: the fetch's start and end, in the page's clock. */
  readonly onFetched?: (startedAt: number, readAt: number) => void;
}

/**
 * Calls `handle` with each of the worker's replies in order, one per task: first `backlog` (the
 * replies that came before the page listened, each given its own task as a message event would
 * have been, so that the page can paint between slices, or all at once when `atOnce`), then the
 * live ones. A progress reply still waiting its turn behind a later one is dropped: it says what
 * the later one says better, and showing it costs the page a render of the progress bar and a
 * frame (at 10 000 events, with the app started late, ~9 of them took ~180 ms before the first
 * slice of events was read).
 */
function receiveReplies(
  worker: Worker,
  backlog: readonly WorkerReply[],
  handle: (reply: WorkerReply) => void,
  atOnce: boolean,
): void {
  const queue = atOnce ? [] : [...backlog];
  if (atOnce) for (const reply of backlog) handle(reply);
  if (queue.length === 0) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => handle(event.data));
    return;
  }
  let progressQueued = queue.filter((reply) => reply.type === 'progress').length;
  const next = (): WorkerReply | undefined => {
    for (;;) {
      const reply = queue.shift();
      if (reply?.type !== 'progress') return reply;
      progressQueued -= 1;
      if (progressQueued === 0) return reply;
    }
  };
  const turns = new MessageChannel();
  turns.port1.onmessage = () => {
    const reply = next();
    // The next turn first, so that nothing `handle` does can stop the ones after it.
    if (queue.length > 0) turns.port2.postMessage(null);
    else turns.port1.close();
    if (reply !== undefined) handle(reply);
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    if (queue.length === 0) {
      handle(event.data);
      return;
    }
    queue.push(event.data);
    if (event.data.type === 'progress') progressQueued += 1;
  });
  turns.port2.postMessage(null);
}

/** Each buffer once: a transfer list that names a buffer twice is refused. */
function buffersOf(source: DatasetInput): ArrayBuffer[] {
  if (!('chunks' in source)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const chunk of source.chunks) {
    if (chunk.buffer instanceof ArrayBuffer) buffers.add(chunk.buffer);
  }
  return [...buffers];
}

/**
 * Loads `source` (an http(s) address, fetched by the worker, a Blob such as a File the reader
 * opened, or bytes already fetched, which the page keeps a copy of) in `worker` (a new one if
 * not given), calling `onProgress` as bytes arrive and checking starts, and resolves
 * to the finished timeline or the dataset's problems. Rejects with DatasetFetchError for a network
 * or HTTP failure, WorkerStartError when the worker cannot start, and with the signal's reason
 * when `signal` aborts (the worker is terminated, so its work stops at once). Given a
 * StartedRead, the worker is already reading `source`: the page only takes over its replies.
 */
export function loadDatasetInWorker(
  source: DatasetInput,
  { signal, onProgress, onFetched }: WorkerLoadOptions = {},
  reader: Worker | StartedRead = startDatasetWorker(),
): Promise<DatasetResult> {
  let started = 'replies' in reader ? reader : null;
  const worker = 'replies' in reader ? reader.worker : reader;
  const taken = started !== null;
  let backlog = started?.replies ?? [];
  const atOnce = started?.atOnce === true;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      worker.terminate();
      started?.stop?.();
      reject(signal.reason);
      return;
    }
    // Bytes already fetched: the page keeps them in one piece (one copy) and moves the chunks
    // themselves to the worker, which says where the events lie as soon as the text parses; the
    // page reads the events from them once the worker has checked the dataset. (A single chunk is
    // the kept copy itself, so the worker gets a clone of it.)
    const kept = 'chunks' in source ? joinChunks(source.chunks) : null;
    let bytes: Uint8Array | null = kept;
    let ranges: Int32Array | null = null;
    const finish = () => {
      worker.terminate();
      started?.stop?.();
      // Nothing of the read is kept past its end (the early read's replies hold the worker's
      // head, and the bytes now belong to the timeline's events).
      started = null;
      backlog = [];
      bytes = null;
      ranges = null;
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    const transfer =
      kept && 'chunks' in source && source.chunks.length > 1 ? buffersOf(source) : [];
    let assembler: TimelineAssembler | null = null;
    const failed = (error: unknown) => {
      finish();
      reject(
        new Error(
          `The dataset could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        ),
      );
    };
    receiveReplies(
      worker,
      backlog,
      (reply) => {
        switch (reply.type) {
          case 'progress':
            onProgress?.(reply.progress);
            return;
          case 'fetched':
            onFetched?.(
              reply.startedAt - performance.timeOrigin,
              reply.readAt - performance.timeOrigin,
            );
            return;
          case 'event-ranges':
            ranges = reply.ranges;
            if (reply.bytes) bytes = reply.bytes;
            return;
          case 'timeline-head':
            try {
              if (!reply.eventsFromBytes) {
                bytes = null;
                assembler = new TimelineAssembler(reply.head);
                return;
              }
              bytes = reply.bytes ?? bytes;
              ranges = reply.ranges ?? ranges;
              if (!bytes || !ranges) throw new Error('the events arrived without their bytes');
              const events = new EventsInBytes(bytes, ranges, reply.head);
              const timeline = assembleTimeline(reply.head, events);
              finish();
              resolve({ ok: true, timeline });
              readEventsWhenIdle(events);
            } catch (error) {
              failed(error);
            }
            return;
          case 'timeline-events':
            try {
              if (assembler === null) throw new Error('no timeline arrived');
              assembler.add(decodeEvents(reply.json));
              if (!reply.done) return;
              finish();
              resolve({ ok: true, timeline: assembler.finish() });
            } catch (error) {
              failed(error);
            }
            return;
          default:
            break;
        }
        finish();
        if (reply.type === 'problems') resolve({ ok: false, problems: reply.problems });
        else if (reply.type === 'fetch-error') {
          reject(new DatasetFetchError(reply.message, reply.url, reply.status));
        } else reject(new Error(`The dataset could not be read: ${reply.message}`));
      },
      atOnce,
    );
    worker.addEventListener('error', (event) => {
      finish();
      reject(new WorkerStartError(event.message));
    });
    if (taken) return;
    const request: WorkerRequest = { source, pageKeepsBytes: kept !== null };
    worker.postMessage(request, transfer);
  });
}

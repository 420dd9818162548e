/**
 * Reads a dataset in a Web Worker, so that parsing, checking and modelling a large file never
 * freezes the page. The worker's script is a separate file that the browser fetches only when a
 * dataset needs it; a small dataset (see fetch-dataset.ts) never starts it.
 *
 * The worker sends the finished model as structured clones, a head and then slices of events
 * (timeline-transfer.ts). Measured with 10 000 events in Chromium on a loaded machine: receiving
 * the whole model in one message blocked the page for 422 ms, and receiving the validated dataset
 * as JSON to build the model here took 179 ms (JSON.parse) plus 626 ms (the model, its dates
 * parsed again); the finished model in slices of 500 events, as JSON, takes no long task.
 */
import type { TimelineEvent } from '../domain/timeline-model';
import type { DatasetResult } from '../domain/validate-dataset';
import type { WorkerReply, WorkerRequest } from './dataset-worker-protocol';
import type { LoadOptions } from './load-progress';
import type { DatasetInput } from './read-dataset-source';
import { DatasetFetchError } from './read-dataset-source';
import type { TimelineHead } from './timeline-transfer';
import { assembleTimeline, decodeSlice } from './timeline-transfer';

/**
 * Loads `source` (an http(s) address, fetched by the worker, or a Blob such as a File the reader
 * opened) in a new worker, calling `onProgress` as bytes arrive and checking starts, and resolves
 * to the finished timeline or the dataset's problems. Rejects with DatasetFetchError for a network
 * or HTTP failure, and with the signal's reason when `signal` aborts (the worker is terminated, so
 * its work stops at once).
 */
export function loadDatasetInWorker(
  source: DatasetInput,
  { signal, onProgress }: LoadOptions = {},
): Promise<DatasetResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset',
    });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    let head: TimelineHead | null = null;
    const slices: (readonly TimelineEvent[])[] = [];
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress?.(reply.progress);
        return;
      }
      if (reply.type === 'timeline-head') {
        head = reply.head;
        return;
      }
      if (reply.type === 'timeline-events' && !reply.done) {
        slices.push(decodeSlice(reply.events));
        return;
      }
      finish();
      if (reply.type === 'timeline-events') {
        slices.push(decodeSlice(reply.events));
        if (head === null) reject(new Error('The dataset could not be read: no timeline arrived.'));
        else resolve({ ok: true, timeline: assembleTimeline(head, slices) });
      } else if (reply.type === 'problems') resolve({ ok: false, problems: reply.problems });
      else if (reply.type === 'fetch-error') {
        reject(new DatasetFetchError(reply.message, reply.url, reply.status));
      } else reject(new Error(`The dataset could not be read: ${reply.message}`));
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(
        new Error(
          `The dataset reader failed to start${event.message ? `: ${event.message}` : ''}.`,
        ),
      );
    });
    const request: WorkerRequest = { source };
    worker.postMessage(request);
  });
}

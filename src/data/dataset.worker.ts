/**
 * The dataset worker: reads one dataset (fetch or file, bytes, JSON, schema, references, timeline
 * model) off the page's main thread and posts progress, then the finished timeline. The page
 * starts one worker per load and terminates it when the load is cancelled or done.
 */
import { fastCheckDataset } from '../domain/dataset-fast-check';
import type { WorkerReply, WorkerRequest } from './dataset-worker-protocol';
import { readDatasetSource } from './read-dataset-input';
import { DatasetFetchError } from './read-dataset-source';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  readDatasetSource(
    event.data.source,
    { onProgress: (progress) => post({ type: 'progress', progress }) },
    fastCheckDataset,
  ).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => {
      if (error instanceof DatasetFetchError) {
        post({ type: 'fetch-error', message: error.message, url: error.url, status: error.status });
      } else {
        post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
    },
  );
});

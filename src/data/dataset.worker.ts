/**
 * The dataset worker: reads one dataset (fetch or file, bytes, JSON, schema, references, timeline
 * model) off the page's main thread and posts progress, then the finished timeline in slices
 * (timeline-transfer.ts). The page starts one worker per load and terminates it when the load is
 * cancelled or done.
 */
import { fastCheckDataset } from '../domain/dataset-fast-check';
import type { WorkerReply, WorkerRequest } from './dataset-worker-protocol';
import { readDatasetSource } from './read-dataset-input';
import { DatasetFetchError } from './read-dataset-source';
import { encodeSlice, splitTimeline } from './timeline-transfer';

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  readDatasetSource(
    event.data.source,
    { onProgress: (progress) => post({ type: 'progress', progress }) },
    fastCheckDataset,
  ).then(
    (result) => {
      if (!result.ok) {
        post({ type: 'problems', problems: result.problems });
        return;
      }
      const { head, slices } = splitTimeline(result.timeline);
      post({ type: 'timeline-head', head }, [head.timeOrderOfFileEvent.buffer]);
      slices.forEach((events, i) =>
        post({
          type: 'timeline-events',
          events: encodeSlice(events),
          done: i === slices.length - 1,
        }),
      );
      if (slices.length === 0) post({ type: 'timeline-events', events: '[]', done: true });
    },
    (error: unknown) => {
      if (error instanceof DatasetFetchError) {
        post({ type: 'fetch-error', message: error.message, url: error.url, status: error.status });
      } else {
        post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
    },
  );
});

/** The messages between the page and the dataset worker. */
import type { Problem } from '../domain/problem';
import type { LoadProgress } from './load-progress';
import type { DatasetInput } from './read-dataset-source';
import type { TimelineHead } from './timeline-transfer';

export interface WorkerRequest {
  readonly source: DatasetInput;
}

/**
 * A valid dataset arrives as a `timeline-head`, then `timeline-events` slices in order (see
 * timeline-transfer.ts), the last one marked `done`; an invalid one as its `problems`.
 */
export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'timeline-head'; readonly head: TimelineHead }
  | {
      readonly type: 'timeline-events';
      /** The slice's events as JSON text (encodeSlice). */
      readonly events: string;
      readonly done: boolean;
    }
  | { readonly type: 'problems'; readonly problems: readonly Problem[] }
  | {
      readonly type: 'fetch-error';
      readonly message: string;
      readonly url: string;
      readonly status: number | null;
    }
  | { readonly type: 'crash'; readonly message: string };

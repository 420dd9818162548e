/** The messages between the page and the dataset worker. */
import type { Problem } from '../domain/problem';
import type { LoadProgress } from './load-progress';
import type { DatasetInput } from './read-dataset-source';
import type { TimelineHead } from './timeline-transfer';

export interface WorkerRequest {
  readonly source: DatasetInput;
}

/**
 * A valid dataset arrives as a `timeline-head`, then `timeline-events` slices in the file's order
 * (see timeline-transfer.ts), the last one marked `done`; an invalid one as its `problems`.
 */
export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | {
      readonly type: 'timeline-head';
      readonly head: TimelineHead;
      /**
       * The dataset's bytes, handed back, and where each event lies in them (eventByteRanges),
       * when the page is to parse the events from them; else null, and the slices carry JSON.
       */
      readonly bytes: Uint8Array<ArrayBuffer> | null;
      readonly ranges: Int32Array<ArrayBuffer> | null;
    }
  | {
      readonly type: 'timeline-events';
      /** The file's events `first` to `end` (exclusive). */
      readonly first: number;
      readonly end: number;
      /** Those events as JSON text (encodeEvents), or null: read them from the bytes. */
      readonly json: string | null;
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

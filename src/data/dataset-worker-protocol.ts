/** The messages between the page and the dataset worker. */
import type { Problem } from '../domain/problem';
import type { LoadProgress } from './load-progress';
import type { DatasetInput } from './read-dataset-source';
import type { TimelineHead } from './timeline-transfer';

export interface WorkerRequest {
  readonly source: DatasetInput;
  /**
   * The page keeps a copy of the bytes it sends (`chunks`). Either way, the worker tells it where
   * the events lie as soon as the text has parsed (with the bytes, moved to the page, when it
   * has none), and the page reads the events from them once the worker has checked the dataset
   * (see timeline-transfer.ts).
   */
  readonly pageKeepsBytes?: boolean;
}

/**
 * A valid dataset arrives as a `timeline-head`: the last reply when the page reads the events
 * from the dataset's bytes, else followed by `timeline-events` slices in the file's order (see
 * timeline-transfer.ts), the last one marked `done`. An invalid one arrives as its `problems`.
 */
export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  /**
   * Where each event lies in the dataset's bytes (eventByteRanges), before any check, with the
   * bytes themselves unless the page kept its own.
   */
  | {
      readonly type: 'event-ranges';
      readonly ranges: Int32Array<ArrayBuffer>;
      readonly bytes: Uint8Array<ArrayBuffer> | null;
    }
  /**
   * The worker fetched the dataset's address, from `startedAt` to `readAt` (milliseconds since
   * the epoch, as the page's clock and the worker's have different origins).
   */
  | { readonly type: 'fetched'; readonly startedAt: number; readonly readAt: number }
  | {
      readonly type: 'timeline-head';
      readonly head: TimelineHead;
      /**
       * The page reads the events from the dataset's bytes: those it has (its own, or moved to it
       * with `event-ranges`), or these, handed back with where each event lies in them
       * (eventByteRanges). False: the page drops any bytes it has, and slices of JSON follow.
       */
      readonly eventsFromBytes: boolean;
      readonly bytes: Uint8Array<ArrayBuffer> | null;
      readonly ranges: Int32Array<ArrayBuffer> | null;
    }
  | {
      readonly type: 'timeline-events';
      /** The file's events `first` to `end` (exclusive). */
      readonly first: number;
      readonly end: number;
      /** Those events as JSON text (encodeEvents). */
      readonly json: string;
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

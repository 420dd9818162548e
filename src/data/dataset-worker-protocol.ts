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
   * has none), and the page parses them while the worker checks the dataset (see
   * timeline-transfer.ts).
   */
  readonly pageKeepsBytes?: boolean;
}

/**
 * A valid dataset arrives as a `timeline-head`, then `timeline-events` slices in the file's order
 * (see timeline-transfer.ts), the last one marked `done`; an invalid one as its `problems`.
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
  /** The page may parse the file's events `first` to `end` from its bytes now. */
  | { readonly type: 'event-slice'; readonly first: number; readonly end: number }
  | {
      readonly type: 'timeline-head';
      readonly head: TimelineHead;
      /**
       * The dataset's bytes, handed back, and where each event lies in them (eventByteRanges),
       * when the page is to parse the events from them; else null, and the slices carry JSON.
       */
      readonly bytes: Uint8Array<ArrayBuffer> | null;
      readonly ranges: Int32Array<ArrayBuffer> | null;
      /**
       * The events the page parsed from its own bytes (after `event-ranges`) are the checked
       * dataset's: it keeps them. False: it drops them, and the slices say where to read.
       */
      readonly keepParsed: boolean;
    }
  | {
      readonly type: 'timeline-events';
      /** The file's events `first` to `end` (exclusive). */
      readonly first: number;
      readonly end: number;
      /**
       * Those events as JSON text (encodeEvents), or null: the page has them from an event-slice,
       * or reads them from the bytes.
       */
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

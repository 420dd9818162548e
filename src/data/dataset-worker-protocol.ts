/** The messages between the page and the dataset worker. */
import type { DatasetResult } from '../domain/validate-dataset';
import type { LoadProgress } from './load-progress';
import type { DatasetInput } from './read-dataset-source';

export interface WorkerRequest {
  readonly source: DatasetInput;
}

export type WorkerReply =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'result'; readonly result: DatasetResult }
  | {
      readonly type: 'fetch-error';
      readonly message: string;
      readonly url: string;
      readonly status: number | null;
    }
  | { readonly type: 'crash'; readonly message: string };

/** How far a dataset load has got, for the progress bar. */
export type LoadProgress =
  | {
      readonly stage: 'reading';
      /** Bytes received so far. */
      readonly loaded: number;
      /** Bytes expected in all, when the server or the file says so; null when unknown. */
      readonly total: number | null;
    }
  | {
      readonly stage: 'checking';
      /** How many events the dataset holds, once it has been parsed; null before then. */
      readonly events: number | null;
    };

export type OnProgress = (progress: LoadProgress) => void;

export interface LoadOptions {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: OnProgress | undefined;
}

import { DATASET_LIMITS, tooLarge } from '../domain/parse-dataset-text';
import type { DatasetResult } from '../domain/validate-dataset';
import { MAIN_THREAD_MAX_BYTES, readInWorker } from './fetch-dataset';
import type { LoadOptions } from './load-progress';
import { readImportedText } from './read-imported-text';

/**
 * Reads a file the reader opened (any format the app reads), in the dataset worker when it is
 * large, as a fetched dataset is read. An abort (another file or dataset chosen) throws the
 * signal's reason and terminates the worker.
 */
export async function readLocalFile(file: File, options: LoadOptions = {}): Promise<DatasetResult> {
  if (file.size > DATASET_LIMITS.maxBytes) return tooLarge(file.size);
  if (file.size > MAIN_THREAD_MAX_BYTES) return readInWorker(file, file.name, options);
  const text = await file.text();
  options.signal?.throwIfAborted();
  return readImportedText(text, file.name);
}

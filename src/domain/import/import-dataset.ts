// STUB: replaced at merge by the import helper's module
import type { Dataset } from '../dataset-schema';
import type { Problem } from '../problem';
import { readDatasetText } from '../read-dataset-text';

export interface ImportResult {
  readonly format: 'dataset' | 'timelinejs' | 'sheet-csv' | 'sheet-tsv';
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}

/** Stand-in: reads only our own JSON format. */
export function importDataset(text: string, options?: { fileName?: string }): ImportResult {
  void options;
  const r = readDatasetText(text);
  return r.ok
    ? { format: 'dataset', dataset: r.timeline.dataset, problems: [] }
    : { format: 'dataset', dataset: null, problems: r.problems };
}

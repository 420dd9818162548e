/**
 * Validation for the page's first load, without zod in it: the one-pass fast check accepts the
 * common valid dataset (the bundled one, a linked one), and zod (validate-dataset.ts) is loaded
 * only when the fast check finds something to report, to say what it is. The result is the same
 * as validateDataset's, message for message (the fast check agrees with zod: see its property
 * tests).
 */
import type { Dataset } from './dataset-schema';
import { fastCheckDataset } from './dataset-fast-check';
import { checkReferences } from './dataset-references';
import { buildTimeline } from './timeline-model';
import type { DatasetResult } from './validate-dataset';

export async function validateDatasetLazily(input: unknown, now?: number): Promise<DatasetResult> {
  if (fastCheckDataset(input) === 'valid') {
    const dataset = input as Dataset;
    if (checkReferences(dataset).length === 0) {
      return { ok: true, timeline: buildTimeline(dataset, now) };
    }
  }
  const { validateDataset } = await import('./validate-dataset');
  return validateDataset(input, now);
}

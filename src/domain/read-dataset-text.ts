/**
 * The door for a dataset that arrives as text (a fetched or chosen file): what parse-dataset-text
 * refuses (size, syntax, depth, repeated keys), then the schema and reference checks. It never
 * throws.
 */
import type { DatasetLimits, ParseHooks } from './parse-dataset-text';
import { parseDatasetText } from './parse-dataset-text';
import type { DatasetResult, FastCheck } from './validate-dataset';
import { validateDataset } from './validate-dataset';

export { DATASET_LIMITS, tooLarge } from './parse-dataset-text';
export type { DatasetLimits } from './parse-dataset-text';

export interface ReadHooks extends ParseHooks {
  /** A fast check of the common valid case, to run ahead of the schema (see validate-dataset). */
  readonly fastCheck?: FastCheck;
}

export function readDatasetText(
  text: string,
  limits?: Partial<DatasetLimits>,
  hooks?: ReadHooks,
): DatasetResult {
  const parsed = parseDatasetText(text, limits, hooks);
  if (!parsed.ok) return parsed;
  return validateDataset(parsed.value, undefined, hooks?.fastCheck);
}

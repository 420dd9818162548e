/**
 * readDatasetText (read-dataset-text.ts) with the schema loaded only when needed. Its own module,
 * apart from validateDatasetLazily, which the page's first load uses: the JSON scanner this one
 * needs is loaded with what fetches or reads a dataset's text, not with the page.
 */
import type { DatasetLimits, ParseHooks } from './parse-dataset-text';
import { parseDatasetText } from './parse-dataset-text';
import type { DatasetResult } from './validate-dataset';
import { validateDatasetLazily } from './validate-dataset-lazily';

export async function readDatasetTextLazily(
  text: string,
  limits?: Partial<DatasetLimits>,
  hooks?: ParseHooks,
): Promise<DatasetResult> {
  const parsed = parseDatasetText(text, limits, hooks);
  if (!parsed.ok) return parsed;
  return validateDatasetLazily(parsed.value);
}

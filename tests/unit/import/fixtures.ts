import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset-schema';
import type { ImportResult } from '../../../src/domain/import/import-dataset';
import { importDataset } from '../../../src/domain/import/import-dataset';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function importFixture(name: string): ImportResult {
  return importDataset(fixture(name), { fileName: name });
}

/** The dataset of a result that must have no problems (they are shown if it has). */
export function valid(result: ImportResult): Dataset {
  expect(result.problems).toEqual([]);
  if (!result.dataset) throw new Error('no dataset');
  return result.dataset;
}

export function eventTitled(d: Dataset, title: string) {
  const e = d.events.find((x) => x.title === title);
  if (!e) throw new Error(`no event titled ${title}`);
  return e;
}

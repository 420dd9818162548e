/**
 * The benchmark's datasets: `bench/generate-dataset.ts`'s events at each size, compact JSON,
 * cached in bench/.tmp/datasets/ (a 100 000-event file takes a while to make) and made again
 * whenever the generator is newer than the cached file.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from './generate-dataset';
import { ROOT, SEED } from './settings';
import { mb } from './stats';

const CACHE = join(ROOT, 'bench/.tmp/datasets');
const GENERATOR = join(ROOT, 'bench/generate-dataset.ts');

export const datasetName = (events: number) => `events-${events}.json`;

/** The dataset's text for `events` events, from the cache when it is current. */
function datasetText(events: number): string {
  const cached = join(CACHE, `seed-${SEED}-${datasetName(events)}`);
  if (existsSync(cached) && statSync(cached).mtimeMs >= statSync(GENERATOR).mtimeMs) {
    return readFileSync(cached, 'utf8');
  }
  const text = JSON.stringify(generateDataset(events, SEED));
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, text);
  return text;
}

/** Writes `events-<n>.json` for each size into `dir`; returns each file's size in bytes. */
export function writeDatasets(dir: string, sizes: readonly number[]): Map<number, number> {
  mkdirSync(dir, { recursive: true });
  const bytes = new Map<number, number>();
  for (const n of sizes) {
    const text = datasetText(n);
    writeFileSync(join(dir, datasetName(n)), text);
    bytes.set(n, Buffer.byteLength(text));
    console.log(`dataset: ${n} events, ${mb(Buffer.byteLength(text))} MB`);
  }
  return bytes;
}

/**
 * The benchmark's datasets: `bench/generate-dataset.ts`'s events at each size, compact JSON,
 * cached in bench/.tmp/datasets/ (a 100 000-event file takes a while to make) and made again
 * whenever the generator is newer than the cached file. Each is also written gzipped ahead of time
 * (`events-<n>.json.gz`, level 9), which the bench server sends to a browser that accepts gzip,
 * as a static host does: the server is then no bottleneck, whatever the file's size.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateDataset } from './generate-dataset';
import { ROOT, SEED } from './settings';
import { kb, mb } from './stats';

const CACHE = join(ROOT, 'bench/.tmp/datasets');
const GENERATOR = join(ROOT, 'bench/generate-dataset.ts');

export const datasetName = (events: number) => `events-${events}.json`;

/** The dataset for `events` events and its gzip, from the cache when it is current. */
function dataset(events: number): { text: Buffer; gzip: Buffer } {
  const cached = join(CACHE, `seed-${SEED}-${datasetName(events)}`);
  const current = (path: string) =>
    existsSync(path) && statSync(path).mtimeMs >= statSync(GENERATOR).mtimeMs;
  if (current(cached) && current(`${cached}.gz`)) {
    return { text: readFileSync(cached), gzip: readFileSync(`${cached}.gz`) };
  }
  const text = Buffer.from(JSON.stringify(generateDataset(events, SEED)));
  const gzip = gzipSync(text, { level: 9 });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, text);
  writeFileSync(`${cached}.gz`, gzip);
  return { text, gzip };
}

export interface DatasetSize {
  /** The JSON file's bytes. */
  readonly bytes: number;
  /** Its gzip's, as sent. */
  readonly gzipBytes: number;
}

/** Writes `events-<n>.json` and its `.gz` for each size into `dir`; returns their sizes. */
export function writeDatasets(dir: string, sizes: readonly number[]): Map<number, DatasetSize> {
  mkdirSync(dir, { recursive: true });
  const bytes = new Map<number, DatasetSize>();
  for (const n of sizes) {
    const { text, gzip } = dataset(n);
    writeFileSync(join(dir, datasetName(n)), text);
    writeFileSync(join(dir, `${datasetName(n)}.gz`), gzip);
    bytes.set(n, { bytes: text.length, gzipBytes: gzip.length });
    console.log(`dataset: ${n} events, ${mb(text.length)} MB (${kb(gzip.length)} kB gzip)`);
  }
  return bytes;
}

/**
 * Where reading and validating a dataset spends its time, phase by phase, at 10 000 and 100 000
 * generated events (bench/generate-dataset.ts). Each measurement runs in a fresh Node process, so
 * no cache (the EDTF parser keeps one) or JIT warm-up carries over from an earlier phase or run;
 * the table shows the median of the runs.
 *
 *   npx tsx scripts/measure-validate.ts [counts…]     (default: 10000 100000)
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../bench/generate-dataset';
import { checkReferences } from '../src/domain/dataset-references';
import { fastCheckDataset } from '../src/domain/dataset-fast-check';
import { DatasetSchema } from '../src/domain/dataset-schema';
import type { Dataset } from '../src/domain/dataset-schema';
import { countKeysAndDepth, countParsedKeys } from '../src/domain/json-quick-parse';
import { scanJson } from '../src/domain/json-scan';
import { readDatasetText } from '../src/domain/read-dataset-text';
import { buildTimeline } from '../src/domain/timeline-model';

const RUNS = 3;

/** How the schema phase runs: zod alone (as before the fast check), or as validateDataset does. */
type SchemaMode = 'zod' | 'fast';

interface Phases {
  readonly bytes: number;
  readonly scan: number;
  readonly parse: number;
  readonly schema: number;
  readonly references: number;
  readonly model: number;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function schemaPhase(value: unknown, mode: SchemaMode): Dataset {
  if (mode === 'fast' && fastCheckDataset(value) === 'valid') return value as Dataset;
  const parsed = DatasetSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw new Error('the generated dataset failed the schema');
  return parsed.data;
}

/**
 * One run, in this (fresh) process: the phases one after another, then nothing else. Before, the
 * full scanner checked the text (json-scan.ts); now the quick path (json-quick-parse.ts) counts
 * keys and depth in the text and keys in the parsed value, and the scanner runs only when those
 * differ or JSON.parse fails.
 */
function measurePhases(count: number, mode: SchemaMode): Phases {
  const text = JSON.stringify(generateDataset(count));
  const [, textScan] = time(() =>
    mode === 'zod' ? scanJson(text, { maxDepth: 64, maxDuplicates: 50 }) : countKeysAndDepth(text),
  );
  const [value, parse] = time((): unknown => JSON.parse(text));
  const [, valueScan] = time(() => (mode === 'zod' ? 0 : countParsedKeys(value)));
  const scan = textScan + valueScan;
  const [dataset, schema] = time(() => schemaPhase(value, mode));
  const [problems, references] = time(() => checkReferences(dataset));
  if (problems.length > 0) throw new Error('the generated dataset failed the reference checks');
  const [, model] = time(() => buildTimeline(dataset));
  return { bytes: Buffer.byteLength(text), scan, parse, schema, references, model };
}

/** readDatasetText from text to Timeline, as the dataset worker calls it. */
function measureTotal(count: number): number {
  const text = JSON.stringify(generateDataset(count));
  const [result, total] = time(() =>
    readDatasetText(text, undefined, { fastCheck: fastCheckDataset }),
  );
  if (!result.ok) throw new Error('the generated dataset was refused');
  return total;
}

function inFreshProcess(args: readonly string[]): unknown {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...args],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function main(args: readonly string[]): void {
  const [flag, a, b] = args;
  if (flag === '--phases') {
    process.stdout.write(JSON.stringify(measurePhases(Number(b), a === 'zod' ? 'zod' : 'fast')));
    return;
  }
  if (flag === '--total') {
    process.stdout.write(JSON.stringify(measureTotal(Number(a))));
    return;
  }
  const counts = args.length > 0 ? args.map(Number) : [10_000, 100_000];
  const rows = [
    '| events | MB | checked by | scan | JSON.parse | schema | references | model build | sum of phases | readDatasetText |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const count of counts) {
    for (const mode of ['zod', 'fast'] as const) {
      const runs = Array.from(
        { length: RUNS },
        () => inFreshProcess(['--phases', mode, String(count)]) as Phases,
      );
      const m = (key: keyof Phases) => median(runs.map((r) => r[key]));
      const sum = m('scan') + m('parse') + m('schema') + m('references') + m('model');
      const total =
        mode === 'fast'
          ? ms(
              median(
                Array.from(
                  { length: RUNS },
                  () => inFreshProcess(['--total', String(count)]) as number,
                ),
              ),
            )
          : '';
      rows.push(
        `| ${count.toLocaleString('en')} | ${(m('bytes') / 1e6).toFixed(1)} | ${mode === 'zod' ? 'scanner + zod (before)' : 'quick path + fast check (now)'} | ${ms(m('scan'))} | ${ms(m('parse'))} | ${ms(m('schema'))} | ${ms(m('references'))} | ${ms(m('model'))} | ${ms(sum)} | ${total} |`,
      );
    }
  }
  console.log(
    `Median of ${RUNS} runs, each in a fresh Node ${process.version} process (ms); load average ${os.loadavg()[0]?.toFixed(2)}:\n`,
  );
  console.log(rows.join('\n'));
}

main(process.argv.slice(2));

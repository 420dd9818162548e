/**
 * The dataset from the command line, for people who keep a timeline in a repository and build it
 * in CI:
 *
 *   npm run dataset -- import <file> [-o out.json]   any of our JSON, TimelineJS JSON, CSV or TSV
 *                                                    → our JSON (stdout, or the -o file)
 *   npm run dataset -- validate <file>               prints the problems, if any
 *
 * Exit status: 0 when the file is a valid timeline, 1 when it has problems, 2 when the command
 * itself is wrong (unknown command, missing or unreadable file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat, ImportResult } from '../src/domain/import/import-dataset.ts';
import { importDataset } from '../src/domain/import/import-dataset.ts';

const USAGE = `usage:
  npm run dataset -- import <file> [-o out.json]
  npm run dataset -- validate <file>`;

const FORMAT_NAME: Record<ImportFormat, string> = {
  dataset: 'dataset JSON',
  timelinejs: 'TimelineJS JSON',
  'sheet-csv': 'CSV sheet',
  'sheet-tsv': 'TSV sheet',
};

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function read(file: string): ImportResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    console.error(`cannot read ${file}: ${code}`);
    process.exit(2);
  }
  return importDataset(text, { fileName: basename(file) });
}

function report(file: string, result: ImportResult): void {
  const what = FORMAT_NAME[result.format];
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(`${file}: ${p.path}: ${p.message}`);
    const n = result.problems.length;
    console.error(`${file}: ${what} with ${n} problem${n === 1 ? '' : 's'}`);
    process.exit(1);
  }
  const d = result.dataset;
  if (d) {
    const eras = d.eras?.length ?? 0;
    console.error(
      `${file}: valid ${what}, ${d.events.length} events in ${d.sides.length} sides, ${eras} eras`,
    );
  }
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const [command, file, ...extra] = positionals;
if (file === undefined || extra.length > 0) fail('give one file');

if (command === 'validate') {
  if (values.output !== undefined) fail('validate writes nothing: -o is for import');
  report(file, read(file));
} else if (command === 'import') {
  const result = read(file);
  report(file, result);
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (values.output === undefined) process.stdout.write(json);
  else {
    writeFileSync(values.output, json);
    console.error(`wrote ${values.output}`);
  }
} else {
  fail(command === undefined ? 'give a command' : `unknown command "${command}"`);
}

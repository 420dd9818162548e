/**
 * Writes the published JSON Schema of the dataset format from the zod schema, so the two can
 * never disagree. With --check it writes nothing and fails if the checked-in file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { DatasetSchema } from '../src/domain/dataset-schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public/schema/dataset.v1.schema.json');

const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(
      `${out} is out of date with src/domain/dataset-schema.ts: run npm run schema:generate`,
    );
    process.exit(1);
  }
  console.log('schema:check: public/schema/dataset.v1.schema.json is up to date');
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}

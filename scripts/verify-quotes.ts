/**
 * Data check: every quotation in the dataset appears verbatim in the seed article its source was
 * read from, and every headline appears in its article. Only curly/straight quote marks and runs
 * of white space may differ. Needs ../shared/seeds (or SEEDS_DIR); CI has it, a fresh clone may not.
 *
 *   npm run data:verify [-- path/to/dataset.json …]   (default: the bundled and example datasets)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeForQuoteMatch } from '../src/domain/quote-match.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetPaths = (
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['public/data/china-dprk.json', 'public/examples/treaty-anniversaries.json']
).map((p) => resolve(root, p));
const seedsDir = resolve(process.env.SEEDS_DIR ?? join(root, '../shared/seeds'));

interface Quote {
  speaker: string;
  text: string;
  source: string;
}
interface Data {
  sources: { id: string; headline: string; seed?: string }[];
  events: { id: string; quotes: Quote[] }[];
}

if (!existsSync(seedsDir)) {
  console.error(
    `data:verify: the seed articles folder ${seedsDir} does not exist (set SEEDS_DIR).`,
  );
  process.exit(2);
}

const failures: string[] = [];
let checked = 0;

function verify(datasetPath: string) {
  const data = JSON.parse(readFileSync(datasetPath, 'utf8')) as Data;
  const seedText = new Map<string, string>();
  const fail = (message: string) => failures.push(`${datasetPath}: ${message}`);

  for (const s of data.sources) {
    if (!s.seed) {
      fail(`sources "${s.id}": no seed file named, so its quotes cannot be checked`);
      continue;
    }
    const file = join(seedsDir, s.seed);
    if (!existsSync(file)) {
      fail(`sources "${s.id}": seed file ${s.seed} not found in ${seedsDir}`);
      continue;
    }
    const text = normalizeForQuoteMatch(readFileSync(file, 'utf8'));
    seedText.set(s.id, text);
    checked++;
    if (!text.includes(normalizeForQuoteMatch(s.headline))) {
      fail(`sources "${s.id}": headline "${s.headline}" does not appear in ${s.seed}`);
    }
  }

  for (const e of data.events) {
    e.quotes.forEach((q, i) => {
      const text = seedText.get(q.source);
      if (text === undefined) return; // already reported above
      checked++;
      if (!text.includes(normalizeForQuoteMatch(q.text))) {
        fail(
          `events "${e.id}" quotes[${i}] (${q.speaker}): "${q.text}" does not appear verbatim in source "${q.source}"`,
        );
      }
    });
  }
}

for (const path of datasetPaths) verify(path);

if (failures.length > 0) {
  console.error(`data:verify: ${failures.length} problem(s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(
  `data:verify: ${checked} headlines and quotes in ${datasetPaths.length} dataset(s) found verbatim in ${seedsDir}`,
);

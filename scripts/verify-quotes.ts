/**
 * Data check: every quotation in the dataset appears verbatim in the seed article its source was
 * read from, and every headline appears in its article. Only curly/straight quote marks and runs
 * of white space may differ. Needs ../shared/seeds (or SEEDS_DIR); CI has it, a fresh clone may not.
 *
 *   npm run data:verify [-- path/to/dataset.json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeForQuoteMatch } from '../src/domain/quote-match.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasetPath = resolve(process.argv[2] ?? join(root, 'public/data/china-dprk.json'));
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

const data = JSON.parse(readFileSync(datasetPath, 'utf8')) as Data;
const seedText = new Map<string, string>();
const failures: string[] = [];
let checked = 0;

for (const s of data.sources) {
  if (!s.seed) {
    failures.push(`sources "${s.id}": no seed file named, so its quotes cannot be checked`);
    continue;
  }
  const file = join(seedsDir, s.seed);
  if (!existsSync(file)) {
    failures.push(`sources "${s.id}": seed file ${s.seed} not found in ${seedsDir}`);
    continue;
  }
  const text = normalizeForQuoteMatch(readFileSync(file, 'utf8'));
  seedText.set(s.id, text);
  checked++;
  if (!text.includes(normalizeForQuoteMatch(s.headline))) {
    failures.push(`sources "${s.id}": headline "${s.headline}" does not appear in ${s.seed}`);
  }
}

for (const e of data.events) {
  e.quotes.forEach((q, i) => {
    const text = seedText.get(q.source);
    if (text === undefined) return; // already reported above
    checked++;
    if (!text.includes(normalizeForQuoteMatch(q.text))) {
      failures.push(
        `events "${e.id}" quotes[${i}] (${q.speaker}): "${q.text}" does not appear verbatim in source "${q.source}"`,
      );
    }
  });
}

if (failures.length > 0) {
  console.error(`data:verify: ${failures.length} problem(s) in ${datasetPath}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`data:verify: ${checked} headlines and quotes found verbatim in ${seedsDir}`);

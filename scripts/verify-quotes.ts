/**
 * Data check: every quotation in the dataset appears verbatim in the seed article its source was
 * read from, and every headline appears in its article. Words in double quotation marks inside
 * our own titles and summaries (“hostile forces”) must appear in one of the event's sources too,
 * and every agency a source or quote names must be named in the article, a quote's agency among
 * those its source credits. Only curly/straight quote marks and runs of white space may differ.
 * Needs ../shared/seeds (or SEEDS_DIR); CI has it, a fresh clone may not.
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
  agency: string | null;
  source: string;
}
interface Source {
  id: string;
  headline: string;
  agency: string | null;
  quotesVia?: string[];
  seed?: string;
}
interface Data {
  sources: Source[];
  events: {
    id: string;
    title: string;
    shortTitle?: string;
    summary: string;
    sources: string[];
    quotes: Quote[];
  }[];
  eras?: { id: string; title: string; summary?: string; sources: string[] }[];
}

/** The spans our own prose puts in double quotation marks, which claim to be the article's words. */
function quotedSpans(prose: string): string[] {
  return [...prose.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1] ?? '');
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
    for (const agency of [...(s.agency ? [s.agency] : []), ...(s.quotesVia ?? [])]) {
      checked++;
      if (!text.includes(agency))
        fail(`sources "${s.id}": agency "${agency}" is not named in ${s.seed}`);
    }
  }

  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const checkProse = (where: string, prose: string, sourceIds: string[]) => {
    for (const span of quotedSpans(prose)) {
      const texts = sourceIds.flatMap((id) => seedText.get(id) ?? []);
      if (texts.length === 0) return; // no readable source: already reported above
      checked++;
      if (!texts.some((t) => t.includes(normalizeForQuoteMatch(span)))) {
        fail(`${where}: "${span}" is in quotation marks but appears in none of its sources`);
      }
    }
  };

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
      const source = sourceById.get(q.source);
      if (
        q.agency &&
        source &&
        source.agency !== q.agency &&
        !source.quotesVia?.includes(q.agency)
      ) {
        fail(
          `events "${e.id}" quotes[${i}]: agency "${q.agency}" is neither the agency nor in quotesVia of source "${q.source}"`,
        );
      }
    });
    for (const field of ['title', 'shortTitle', 'summary'] as const) {
      const prose = e[field];
      if (prose) checkProse(`events "${e.id}" ${field}`, prose, e.sources);
    }
  }

  for (const era of data.eras ?? []) {
    for (const field of ['title', 'summary'] as const) {
      const prose = era[field];
      if (prose) checkProse(`eras "${era.id}" ${field}`, prose, era.sources);
    }
  }
}

for (const path of datasetPaths) verify(path);

if (failures.length > 0) {
  console.error(`data:verify: ${failures.length} problem(s):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(
  `data:verify: ${checked} headlines, quotes, quoted phrases and agencies in ${datasetPaths.length} dataset(s) found verbatim in ${seedsDir}`,
);

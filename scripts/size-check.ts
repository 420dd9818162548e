/**
 * `npm run size`: the gzip size (node:zlib, level 9, file by file as a server would send them) of
 * what a reader downloads, checked against size-budget.json. Run it after `npm run build`.
 *
 *   app first load  dist/index.html, every script and stylesheet it links, the chunks those
 *                   scripts import statically (not `import()`: those load later, on use), any
 *                   font or image their CSS needs, and the bundled dataset the page fetches;
 *   embeds          dist/embed/china-dprk-timeline.js (the custom element),
 *                   dist/lib/china-dprk-timeline.js (the React component, React left out) and
 *                   dist/embed/host.js (the iframe host helper), each with its static imports.
 *
 * Prints a table and exits 1 when a group is over its budget or a file is missing, unless
 * --report-only is given. --dist <dir> measures another build directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Budgets {
  readonly note?: string;
  readonly budgets: Readonly<
    Record<string, { readonly gzipBytes: number; readonly label: string }>
  >;
}

interface Group {
  readonly id: string;
  /** Files the group loads up front, in load order (absolute paths). */
  readonly files: readonly string[];
  /** Files it can load later, through import() (not counted). */
  readonly lazy: readonly string[];
  /** Files it needs that the build did not make. */
  readonly missing: readonly string[];
}

const STATIC_IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`\n]+)\1/g;
const DYNAMIC_IMPORT = /(?:^|[^.\w$])import\(\s*(["'`])(\.{1,2}\/[^"'`\n]+)\1\s*\)/g;
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/g;
/** Vite's list of the files a lazy chunk needs (its CSS too), preloaded with it. */
const PRELOAD_LIST = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/g;

const isLocal = (ref: string) => !/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i.test(ref);

/** A reference in `from` (a file) as a path inside `dist`, or null if it leaves it. */
function resolveRef(dist: string, from: string, ref: string): string | null {
  const clean = ref.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith('/') ? join(dist, clean) : resolve(dirname(from), clean);
  return path === dist || path.startsWith(dist + sep) ? path : null;
}

function refs(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[2] ?? '').filter((r) => r && isLocal(r));
}

/** Walks a JS or CSS file's static dependencies (depth first), collecting its lazy chunks. */
function walk(
  dist: string,
  base: string,
  entry: string,
  seen: Set<string>,
  files: string[],
  lazy: Set<string>,
  missing: string[],
): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  if (!existsSync(entry)) {
    missing.push(entry);
    return;
  }
  files.push(entry);
  const text = readFileSync(entry, 'utf8');
  if (entry.endsWith('.css')) {
    for (const ref of refs(text, CSS_URL)) {
      const path = resolveRef(dist, entry, ref);
      if (path) walk(dist, base, path, seen, files, lazy, missing);
    }
    return;
  }
  if (!/\.m?js$/.test(entry)) return;
  for (const ref of refs(text, STATIC_IMPORT)) {
    const path = resolveRef(dist, entry, ref);
    if (path && existsSync(path)) walk(dist, base, path, seen, files, lazy, missing);
  }
  for (const ref of refs(text, DYNAMIC_IMPORT)) {
    const path = resolveRef(dist, entry, ref);
    if (path && existsSync(path)) lazy.add(path);
  }
  // Relative to the chunk or, with a relative base, to the build's own directory.
  for (const list of text.matchAll(PRELOAD_LIST)) {
    for (const ref of (list[1] ?? '').match(/[^"',\s]+/g) ?? []) {
      if (!isLocal(ref)) continue;
      const path = [resolveRef(dist, entry, ref), resolveRef(dist, join(base, 'x'), ref)].find(
        (p) => p !== null && existsSync(p),
      );
      if (path) lazy.add(path);
    }
  }
}

/** The lazy chunks' own static imports are lazy too, unless something loads them up front. */
function lazyClosure(
  dist: string,
  base: string,
  up: ReadonlySet<string>,
  lazy: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>(up);
  const files: string[] = [];
  let next = new Set(lazy);
  while (next.size > 0) {
    const more = new Set<string>();
    for (const chunk of next) walk(dist, base, chunk, seen, files, more, []);
    next = new Set([...more].filter((f) => !seen.has(f)));
  }
  return files;
}

function group(dist: string, id: string, entries: readonly string[]): Group {
  const seen = new Set<string>();
  const files: string[] = [];
  const lazy = new Set<string>();
  const missing: string[] = [];
  const base = dirname(entries[0] ?? join(dist, 'index.html'));
  for (const entry of entries) walk(dist, base, entry, seen, files, lazy, missing);
  return { id, files, lazy: lazyClosure(dist, base, new Set(files), lazy), missing };
}

/** The page, what its HTML links (scripts, stylesheets, preloads, icons) and the dataset. */
function appFirstLoad(dist: string): Group {
  const html = join(dist, 'index.html');
  const entries = [html];
  if (existsSync(html)) {
    const text = readFileSync(html, 'utf8');
    for (const tag of text.match(/<(?:script|link|img)\b[^>]*>/gi) ?? []) {
      const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
      if (rel && !['stylesheet', 'modulepreload', 'preload', 'icon'].includes(rel)) continue;
      const ref = /\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
      if (!ref || !isLocal(ref)) continue;
      const path = resolveRef(dist, html, ref);
      if (path) entries.push(path);
    }
  }
  // Fetched by the page as it starts (src/data/dataset-url.ts).
  entries.push(join(dist, 'data/china-dprk.json'));
  return group(dist, 'app-first-load', entries);
}

function gzipLength(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function readBudgets(): Budgets {
  const path = join(root, 'size-budget.json');
  const value = JSON.parse(readFileSync(path, 'utf8')) as Budgets;
  for (const [id, b] of Object.entries(value.budgets ?? {})) {
    if (!Number.isSafeInteger(b.gzipBytes) || b.gzipBytes <= 0) {
      throw new Error(`size-budget.json: budgets.${id}.gzipBytes must be a positive integer`);
    }
  }
  return value;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), ...rows.slice(1).map(line)].join('\n');
}

function main(args: readonly string[]): number {
  const reportOnly = args.includes('--report-only');
  const distArg = args[args.indexOf('--dist') + 1];
  const dist = resolve(root, args.includes('--dist') && distArg ? distArg : 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${relative(root, dist)}/index.html is missing: run npm run build first.`);
    return 1;
  }
  const budgets = readBudgets().budgets;
  const groups: Group[] = [
    appFirstLoad(dist),
    group(dist, 'embed-element', [join(dist, 'embed/china-dprk-timeline.js')]),
    group(dist, 'embed-react', [join(dist, 'lib/china-dprk-timeline.js')]),
    group(dist, 'embed-host', [join(dist, 'embed/host.js')]),
  ];

  const n = (v: number) => v.toLocaleString('en-US');
  const rows: string[][] = [['file / group', 'raw bytes', 'gzip bytes', 'budget', '']];
  const later: string[] = [];
  let failed = false;
  for (const g of groups) {
    const budget = budgets[g.id];
    if (!budget) throw new Error(`size-budget.json has no budget for "${g.id}"`);
    let raw = 0;
    let gzip = 0;
    for (const file of g.files) {
      const size = gzipLength(file);
      raw += size.raw;
      gzip += size.gzip;
      rows.push([`  ${relative(dist, file)}`, n(size.raw), n(size.gzip), '', '']);
    }
    for (const file of g.missing) rows.push([`  ${relative(dist, file)}`, '—', '—', '', 'MISSING']);
    const over = gzip > budget.gzipBytes;
    const status = g.missing.length > 0 ? 'MISSING' : over ? 'OVER' : 'OK';
    if (status !== 'OK') failed = true;
    rows.push([`${budget.label} (${g.id})`, n(raw), n(gzip), n(budget.gzipBytes), status]);
    rows.push(['', '', '', '', '']);
    if (g.lazy.length > 0) {
      const lazyGzip = g.lazy.reduce((sum, f) => sum + gzipLength(f).gzip, 0);
      later.push(
        `${g.id}: ${g.lazy.length} file(s), ${n(lazyGzip)} bytes gzip (${g.lazy
          .map((f) => relative(dist, f))
          .join(', ')})`,
      );
    }
  }
  rows.pop();
  console.log(`Sizes in ${relative(root, dist) || '.'} (gzip level 9, file by file):\n`);
  console.log(table(rows));
  if (later.length > 0) {
    console.log(`\nLoaded later through import(), not counted:\n  ${later.join('\n  ')}`);
  }
  if (failed) {
    console.log(
      reportOnly
        ? '\nsize: over budget or missing (--report-only: not failing)'
        : '\nsize: over budget or missing',
    );
    return reportOnly ? 0 : 1;
  }
  console.log('\nsize: every group is within its budget');
  return 0;
}

process.exitCode = main(process.argv.slice(2));

/**
 * `npm run size`: the gzip size (node:zlib, level 9, file by file as a server would send them) of
 * what a reader downloads, checked against size-budget.json. Run it after `npm run build`.
 *
 *   app first load  dist/index.html, the stylesheets it links itself, the entry chunk it became,
 *                   the chunks that imports statically (not `import()`: those load later, on
 *                   use), their CSS and the fonts or images it needs, and the bundled dataset
 *                   the page fetches (unless the page carries it);
 *   embeds          dist/embed/china-dprk-timeline.js (the custom element),
 *                   dist/lib/china-dprk-timeline.js (the React component, React left out) and
 *                   dist/embed/host.js (the iframe host helper), each with its static imports.
 *
 * What imports what comes from Vite's build manifests (`build.manifest: true` in vite.config.ts
 * and vite.embed.config.ts: dist/.vite/manifest.json, dist/embed/.vite/…, dist/lib/.vite/…):
 * `imports` are loaded with a chunk, `dynamicImports` later.
 *
 * Prints a table and exits 1 when a group is over its budget or a file is missing, unless
 * --report-only is given. --dist <dir> measures another build directory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** One entry of Vite's build manifest (`build.manifest: true`), as Vite documents it. */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

/** A chunk of one build, its paths made absolute, and its imports as chunks of the same build. */
interface Chunk {
  readonly file: string;
  /** The chunk's own CSS and the fonts and images it needs. */
  readonly needs: readonly string[];
  readonly imports: readonly Chunk[];
  readonly dynamicImports: readonly Chunk[];
}

/** Every `<outDir>/.vite/manifest.json` under dist (the app's, the element's, the library's). */
function manifestPaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith(join('.vite', 'manifest.json')))
    .map((p) => join(dist, p));
}

/**
 * The chunks every build's manifest describes, by absolute file path (the entry's key in the
 * manifest is its source, e.g. `index.html`; the file it became is what a reader downloads).
 */
function readChunks(dist: string): Map<string, Chunk> {
  const byFile = new Map<string, Chunk>();
  for (const path of manifestPaths(dist)) {
    const outDir = dirname(dirname(path));
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
    const chunks = new Map<string, Chunk>();
    const chunk = (key: string): Chunk => {
      const known = chunks.get(key);
      if (known) return known;
      const entry = manifest[key];
      if (!entry) throw new Error(`${relative(root, path)}: no chunk "${key}"`);
      const imports: Chunk[] = [];
      const dynamicImports: Chunk[] = [];
      const made: Chunk = {
        file: join(outDir, entry.file),
        needs: [...(entry.css ?? []), ...(entry.assets ?? [])].map((f) => join(outDir, f)),
        imports,
        dynamicImports,
      };
      chunks.set(key, made); // before its imports: lazy chunks import their entry back
      imports.push(...(entry.imports ?? []).map(chunk));
      dynamicImports.push(...(entry.dynamicImports ?? []).map(chunk));
      return made;
    };
    for (const key of Object.keys(manifest)) byFile.set(chunk(key).file, chunk(key));
  }
  return byFile;
}

/**
 * Collects a file and, when a manifest knows it as a chunk, its CSS and assets and then its
 * static imports (depth first); its dynamic imports go to `lazy`. A file no manifest knows (the
 * HTML page, the dataset, a helper copied from public/) counts alone.
 */
function walk(
  chunks: ReadonlyMap<string, Chunk>,
  path: string,
  seen: Set<string>,
  files: string[],
  lazy: Set<string>,
  missing: string[],
): void {
  if (seen.has(path)) return;
  seen.add(path);
  if (!existsSync(path)) {
    missing.push(path);
    return;
  }
  files.push(path);
  const chunk = chunks.get(path);
  if (!chunk) return;
  for (const need of chunk.needs) walk(chunks, need, seen, files, lazy, missing);
  for (const imported of chunk.imports) walk(chunks, imported.file, seen, files, lazy, missing);
  for (const later of chunk.dynamicImports) lazy.add(later.file);
}

/** The lazy chunks' own static imports are lazy too, unless something loads them up front. */
function lazyClosure(
  chunks: ReadonlyMap<string, Chunk>,
  up: ReadonlySet<string>,
  lazy: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>(up);
  const files: string[] = [];
  let next = new Set(lazy);
  while (next.size > 0) {
    const more = new Set<string>();
    for (const file of next) walk(chunks, file, seen, files, more, []);
    next = new Set([...more].filter((f) => !seen.has(f)));
  }
  return files;
}

function group(chunks: ReadonlyMap<string, Chunk>, id: string, entries: readonly string[]): Group {
  const seen = new Set<string>();
  const files: string[] = [];
  const lazy = new Set<string>();
  const missing: string[] = [];
  for (const entry of entries) walk(chunks, entry, seen, files, lazy, missing);
  return { id, files, lazy: lazyClosure(chunks, new Set(files), lazy), missing };
}

/** The page, the chunk its HTML became (with its imports, CSS and assets), and the dataset. */
function appFirstLoad(dist: string, chunks: ReadonlyMap<string, Chunk>): Group {
  const html = join(dist, 'index.html');
  // The manifest lists the page under its source name, index.html, as the app's entry chunk.
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const app = manifest['index.html'];
  if (!app) throw new Error('dist/.vite/manifest.json has no entry for index.html');
  const entries = [html, join(dist, app.file)];
  const page = readFileSync(html, 'utf8');
  // Stylesheets the page links itself (the prerender's, scripts/prerender.ts), not via a chunk.
  // Not those in <noscript>: a reader with scripts never loads them.
  const linked = page.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  for (const m of linked.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)) {
    const href = m[1] ?? '';
    if (!/^[a-z]+:|^\/\//i.test(href)) entries.push(join(dist, href));
  }
  // Scripts the page loads itself by address. (The prerender's start script, which loads the
  // entry, is inline: counted with the HTML.)
  for (const m of linked.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    const src = join(dist, m[1] ?? '');
    if (!/^[a-z]+:|^\/\//i.test(m[1] ?? '') && !entries.includes(src)) entries.push(src);
  }
  // Fetched by the page as it starts (src/data/dataset-url.ts), unless the prerendered page
  // carries it (src/main.tsx reads that copy instead).
  if (!page.includes('id="bundled-dataset"')) entries.push(join(dist, 'data/china-dprk.json'));
  return group(chunks, 'app-first-load', entries);
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
  // Without its manifest a build's entry would be measured without its imports: refuse.
  const noManifest = ['.', 'embed', 'lib']
    .map((dir) => join(dist, dir, '.vite/manifest.json'))
    .filter((path) => !existsSync(path));
  if (noManifest.length > 0) {
    console.error(
      `Missing ${noManifest.map((p) => relative(root, p)).join(', ')}: ` +
        'build with `build.manifest: true` (npm run build does).',
    );
    return 1;
  }
  const chunks = readChunks(dist);
  const groups: Group[] = [
    appFirstLoad(dist, chunks),
    group(chunks, 'embed-element', [join(dist, 'embed/china-dprk-timeline.js')]),
    group(chunks, 'embed-react', [join(dist, 'lib/china-dprk-timeline.js')]),
    // By path: a copy from public/ or a Vite build of its own, measured the same either way.
    group(chunks, 'embed-host', [join(dist, 'embed/host.js')]),
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

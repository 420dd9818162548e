/**
 * The site the benchmark measures, served on 127.0.0.1: a snapshot of dist/ (so a rebuild during
 * the run cannot change what is measured), the comparison pages under __bench/ and the datasets
 * under __bench/data/, all in bench/.tmp/site/. It is served as a real host serves a static
 * site: gzip for a browser that accepts it, from .gz files made ahead of time (every contender's
 * scripts, styles and pages, and the datasets), as a static host does (nginx's gzip_static): the
 * server then spends no CPU compressing while the browser, on the same machine, loads the page.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';
import type { StaticServer } from '../tests/browser/static-server';
import { startStaticServer } from '../tests/browser/static-server';
import type { DatasetSize } from './datasets';
import { datasetName, writeDatasets } from './datasets';
import { ROOT } from './settings';

export const DIST = join(ROOT, 'dist');
const SITE = join(ROOT, 'bench/.tmp/site');
const VIS_FILES = [
  'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
];

/** TimelineJS's own build: its script, styles, fonts and language files. */
const TIMELINEJS = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');

/**
 * react-chrono is a React component: its page (bench/chrono/) is bundled with React by Vite, on
 * its own, into the site (never into the app).
 */
async function buildChronoPage(): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench/chrono'),
    base: './',
    logLevel: 'warn',
    build: { outDir: join(SITE, '__bench/chrono'), emptyOutDir: true, target: 'es2022' },
  });
}

/** Files a host would compress: text of some size (a small file gains little). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt)$/;
const COMPRESS_FROM_BYTES = 1024;

/** Writes `<file>.gz` beside every compressible file under `dir` that has none yet. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    if (bytes.length < COMPRESS_FROM_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  }
}

/** Lays out the site; returns each dataset's size. */
export async function prepareSite(sizes: readonly number[]): Promise<Map<number, DatasetSize>> {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(DIST, SITE, { recursive: true });
  const vis = join(SITE, '__bench/vis');
  mkdirSync(vis, { recursive: true });
  for (const file of ['index.html', 'vis-bench.js']) {
    cpSync(join(ROOT, 'bench/vis', file), join(vis, file));
  }
  for (const file of VIS_FILES) cpSync(join(ROOT, file), join(vis, file.split('/').at(-1) ?? ''));
  const timelineJs = join(SITE, '__bench/timelinejs');
  cpSync(join(ROOT, 'bench/timelinejs'), timelineJs, { recursive: true });
  for (const dir of ['js', 'css']) {
    cpSync(join(TIMELINEJS, dir), join(timelineJs, dir), { recursive: true });
  }
  // A blank page on the same origin, to time a dataset's fetch with nothing else running.
  writeFileSync(join(SITE, '__bench/blank.html'), '<!doctype html><title>fetch</title>');
  await buildChronoPage();
  precompress(SITE);
  return writeDatasets(join(SITE, '__bench/data'), sizes);
}

export function serveSite(): Promise<StaticServer> {
  return startStaticServer(SITE, { precompressed: true });
}

/** The blank page to time fetches from. */
export const blankUrl = (server: StaticServer) => `${server.url}__bench/blank.html`;

/** A dataset's address on the served site. */
export const datasetUrl = (server: StaticServer, events: number) =>
  `${server.url}__bench/data/${datasetName(events)}`;

/**
 * The site the benchmark measures, served on 127.0.0.1: a snapshot of dist/ (so a rebuild during
 * the run cannot change what is measured), the comparison pages under __bench/ and the datasets
 * under __bench/data/, all in bench/.tmp/site/.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StaticServer } from '../tests/browser/static-server';
import { startStaticServer } from '../tests/browser/static-server';
import { datasetName, writeDatasets } from './datasets';
import { ROOT } from './settings';

export const DIST = join(ROOT, 'dist');
const SITE = join(ROOT, 'bench/.tmp/site');
const VIS_FILES = [
  'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
];

/** Lays out the site; returns each dataset's size in bytes. */
export function prepareSite(sizes: readonly number[]): Map<number, number> {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(DIST, SITE, { recursive: true });
  const vis = join(SITE, '__bench/vis');
  mkdirSync(vis, { recursive: true });
  for (const file of ['index.html', 'vis-bench.js']) {
    cpSync(join(ROOT, 'bench/vis', file), join(vis, file));
  }
  for (const file of VIS_FILES) cpSync(join(ROOT, file), join(vis, file.split('/').at(-1) ?? ''));
  return writeDatasets(join(SITE, '__bench/data'), sizes);
}

export function serveSite(): Promise<StaticServer> {
  return startStaticServer(SITE);
}

/** A dataset's address on the served site. */
export const datasetUrl = (server: StaticServer, events: number) =>
  `${server.url}__bench/data/${datasetName(events)}`;

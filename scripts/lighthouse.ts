/**
 * `npm run lighthouse` (after `npm run build`): serves dist/ on 127.0.0.1 with gzip, as a real
 * host would, runs Lighthouse (the npm package's CLI, mobile preset: a mid-range phone on a
 * throttled connection, simulated) against the home page with Debian's Chromium, and prints the
 * four category scores and the paint and shift metrics, against the targets of issue 11.
 *
 *   npm run lighthouse                 the home page
 *   npm run lighthouse -- events/<id>/ another page of the build
 *
 * Exits 1 when a target is missed. CHROME_PATH overrides /usr/bin/chromium; LIGHTHOUSE_REPORT=<file>
 * saves the full JSON report.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/browser/static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** Targets: category scores out of 100, times in ms, CLS unitless. */
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  fcp: 1000,
  lcp: 1500,
} as const;

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
}

function lighthouse(url: string): Promise<Report> {
  const bin = join(root, 'node_modules/.bin/lighthouse');
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
  ];
  return new Promise((ok, fail) => {
    const child = spawn(bin, args, {
      env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse exited with ${code}`));
      try {
        ok(JSON.parse(out) as Report);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/index.html is missing: run npm run build first.');
    return 1;
  }
  const page = process.argv[2] ?? '';
  // The browser tests' server: sirv behind gzip, streaming, so it never blocks the event loop.
  const server = await startStaticServer(dist);
  try {
    const url = new URL(page, server.url).href;
    console.log(`Lighthouse (mobile preset, simulated throttling) on ${url}, served with gzip:\n`);
    const report = await lighthouse(url);
    // LIGHTHOUSE_REPORT=<file> keeps the whole report, to see what an audit found.
    const keep = process.env['LIGHTHOUSE_REPORT'];
    if (keep) writeFileSync(keep, JSON.stringify(report));
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    const rows: [string, string, string, boolean][] = [
      [
        'performance',
        String(score('performance')),
        `≥ ${TARGETS.performance}`,
        score('performance') >= TARGETS.performance,
      ],
      [
        'accessibility',
        String(score('accessibility')),
        `${TARGETS.accessibility}`,
        score('accessibility') >= TARGETS.accessibility,
      ],
      [
        'best practices',
        String(score('best-practices')),
        `${TARGETS['best-practices']}`,
        score('best-practices') >= TARGETS['best-practices'],
      ],
      ['SEO', String(score('seo')), `${TARGETS.seo}`, score('seo') >= TARGETS.seo],
      [
        'first contentful paint',
        `${(metric('first-contentful-paint') / 1000).toFixed(2)} s`,
        `≤ ${TARGETS.fcp / 1000} s`,
        metric('first-contentful-paint') <= TARGETS.fcp,
      ],
      [
        'largest contentful paint',
        `${(metric('largest-contentful-paint') / 1000).toFixed(2)} s`,
        `≤ ${TARGETS.lcp / 1000} s`,
        metric('largest-contentful-paint') <= TARGETS.lcp,
      ],
      ['total blocking time', `${Math.round(metric('total-blocking-time'))} ms`, '', true],
      [
        'cumulative layout shift',
        metric('cumulative-layout-shift').toFixed(3),
        '0',
        metric('cumulative-layout-shift') === 0,
      ],
    ];
    for (const [name, value, target, ok] of rows) {
      console.log(
        `${name.padEnd(26)}${value.padStart(8)}  ${target.padEnd(8)}${target ? (ok ? 'ok' : 'MISSED') : ''}`,
      );
    }
    const failing = Object.entries(report.audits)
      .filter(([, a]) => 'score' in a && (a as { score: number | null }).score === 0)
      .map(([id]) => id);
    if (failing.length > 0) console.log(`\nFailed audits: ${failing.join(', ')}`);
    return rows.every((r) => r[3]) ? 0 : 1;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();

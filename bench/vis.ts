/**
 * vis-timeline's run: bench/vis/ (its standalone build and CSS, default options plus
 * `stack: true`) at `__bench/vis/?data=<dataset>`. Drawn = performance.now() at its first
 * 'changed' event after the `Timeline` constructor returns, as bench/vis/vis-bench.js records it.
 */
import type { Page } from 'playwright-core';
import type { Contender, DrawState, RunResult } from './page-run';
import { CAP_MS } from './settings';

async function load(page: Page, pageUrl: string, result: RunResult): Promise<void> {
  await page.goto(pageUrl, { waitUntil: 'commit', timeout: CAP_MS });
  await page.waitForFunction(
    () => window.__visBench?.drawn != null || window.__visBench?.error != null,
    null,
    { timeout: 0 },
  );
  const vis = await page.evaluate(() => window.__visBench ?? null);
  if (vis?.error) result.refused = vis.error;
  else result.drawn = vis?.drawn ?? null;
}

export const vis: Contender = {
  id: 'vis',
  label: 'vis-timeline',
  pageUrl: (siteUrl, dataUrl) => `${siteUrl}__bench/vis/?data=${encodeURIComponent(dataUrl)}`,
  load,
  drawState: (): DrawState => ({
    last: window.__visBench?.changes.at(-1) ?? null,
    ready: true,
    now: performance.now(),
  }),
  gestureTarget: '.vis-panel.vis-center',
  traceMarks: { first: 'vis:drawn', any: 'vis:changed' },
};

/**
 * A comparison page that reports like vis-timeline's, through `window.__libBench` (drawn, every
 * redraw, or an error) and the marks 'lib:drawn' and 'lib:changed': TimelineJS's and
 * react-chrono's pages.
 */
import type { Page } from 'playwright-core';
import type { Contender, DrawState, Library, RunResult } from './page-run';
import { CAP_MS } from './settings';

async function load(page: Page, pageUrl: string, result: RunResult): Promise<void> {
  await page.goto(pageUrl, { waitUntil: 'commit', timeout: CAP_MS });
  await page.waitForFunction(
    () => window.__libBench?.drawn != null || window.__libBench?.error != null,
    null,
    { timeout: 0 },
  );
  const state = await page.evaluate(() => window.__libBench ?? null);
  if (state?.error) result.refused = state.error;
  else result.drawn = state?.drawn ?? null;
}

export function libraryPage(page: {
  readonly id: Library;
  readonly label: string;
  /** The page's folder on the site, with a trailing slash. */
  readonly path: string;
  readonly gestureTarget: string;
}): Contender {
  return {
    id: page.id,
    label: page.label,
    pageUrl: (siteUrl, dataUrl) => `${siteUrl}${page.path}?data=${encodeURIComponent(dataUrl)}`,
    load,
    drawState: (): DrawState => ({
      last: window.__libBench?.changes.at(-1) ?? null,
      ready: true,
      now: performance.now(),
    }),
    gestureTarget: page.gestureTarget,
    traceMarks: { first: 'lib:drawn', any: 'lib:changed' },
  };
}

/**
 * Our app's run: the built app at `/?data=<dataset>`. Drawn = the first `timeline:marks-drawn`
 * performance mark (the chart's first committed set of marks, and above 400 events its density
 * layer drawn with every event), relative to navigation start;
 * filter = from the click on the first "Leaders" checkbox to the next such mark.
 */
import type { Page } from 'playwright-core';
import type { Contender, DrawState, RunResult } from './page-run';
import { CAP_MS } from './settings';

/** Clicks the first leader and times it; then clicks it again to show every event once more. */
async function timeFilter(page: Page): Promise<number> {
  const checkbox = page.getByRole('group', { name: 'Leaders' }).getByRole('checkbox').first();
  const toggle = async () => {
    const n = await page.evaluate(() => window.__cdtBench.clicks.length);
    await checkbox.click({ timeout: CAP_MS });
    await page.waitForFunction(
      (i) => {
        const click = window.__cdtBench.clicks[i];
        return click !== undefined && window.__cdtBench.marks.some((m) => m.t >= click);
      },
      n,
      { timeout: CAP_MS },
    );
    return page.evaluate((i) => {
      const click = window.__cdtBench.clicks[i] ?? Number.NaN;
      const mark = window.__cdtBench.marks.find((m) => m.t >= click);
      return (mark?.t ?? Number.NaN) - click;
    }, n);
  };
  const time = await toggle();
  await toggle();
  return time;
}

/** Waits for the first set of marks, or the problems or error shown instead. */
async function load(page: Page, pageUrl: string, result: RunResult): Promise<void> {
  await page.goto(pageUrl, { waitUntil: 'commit', timeout: CAP_MS });
  await page.waitForFunction(
    () =>
      window.__cdtBench.marks.length > 0 ||
      document.querySelector('.dataset-problems, .load-error') !== null,
    null,
    { timeout: 0 },
  );
  const refused = await page.evaluate(() => {
    const box = document.querySelector('.dataset-problems li, .load-error p');
    return window.__cdtBench.marks.length === 0 ? (box?.textContent ?? 'no chart') : null;
  });
  if (refused !== null) result.refused = refused.replace(/\s+/g, ' ').trim();
  else result.drawn = await page.evaluate(() => window.__cdtBench.marks[0]?.t ?? null);
}

export const ours: Contender = {
  id: 'ours',
  label: 'ours',
  pageUrl: (siteUrl, dataUrl) => `${siteUrl}?data=${encodeURIComponent(dataUrl)}`,
  load,
  // Ready once d3-zoom is attached to the plot (its interactions load after the first draw).
  drawState: (): DrawState => {
    const target = document.querySelector('.chart-zoom-target');
    return {
      last: window.__cdtBench.marks.at(-1)?.t ?? null,
      ready: target !== null && '__zoom' in target,
      now: performance.now(),
    };
  },
  gestureTarget: '.chart-zoom-target',
  traceMarks: { first: 'timeline:marks-drawn', any: 'timeline:marks-drawn' },
  timeFilter,
};

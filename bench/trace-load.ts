/**
 * One traced load of a contender's page: where the main thread's time goes from navigation to
 * its first and to its last draw, and during the scripted zoom and pan (summarised by
 * bench/trace-summary.ts).
 */
import type { Browser } from 'playwright-core';
import type { Contender } from './page-run';
import {
  addProbe,
  closeQuietly,
  gestureOrigin,
  isTimeout,
  settle,
  within,
  zoomAndPan,
} from './page-run';
import { untilBrowserQuiet } from './browser-quiet';
import { CAP_MS, VIEWPORT } from './settings';
import type { TraceSummary } from './trace-summary';
import { summarizeTrace } from './trace-summary';

const TRACE_CATEGORIES = [
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'loading',
];

export interface TraceResult {
  /** The contender's name in tables. */
  readonly label: string;
  readonly toFirst: TraceSummary | null;
  readonly toLast: TraceSummary | null;
  readonly gestures: TraceSummary | null;
}

export async function traceLoad(
  browser: Browser,
  contender: Contender,
  pageUrl: string,
  quiet = true,
): Promise<TraceResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await addProbe(context);
  const page = await context.newPage();
  if (quiet) await untilBrowserQuiet(browser);
  const { first: firstMark, any: anyMark } = contender.traceMarks;
  let tracing = false;
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    tracing = true;
    await page.goto(pageUrl, { waitUntil: 'commit', timeout: CAP_MS });
    await settle(page, contender, Date.now() + 15_000);
    await within(CAP_MS, async () => {
      const origin = await gestureOrigin(page, contender);
      await page.evaluate(() => performance.mark('bench:gestures'));
      await zoomAndPan(page, origin);
      await page.evaluate(
        () =>
          new Promise<void>((done) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                performance.mark('bench:gestures-end');
                done();
              }),
            ),
          ),
      );
    }).catch((error: unknown) => {
      if (!isTimeout(error)) throw error;
    });
    tracing = false;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as unknown;
    return {
      label: contender.label,
      toFirst: summarizeTrace(trace, { end: firstMark }),
      toLast: summarizeTrace(trace, { end: anyMark, which: 'last', before: 'bench:gestures' }),
      gestures: summarizeTrace(trace, { end: 'bench:gestures-end', start: 'bench:gestures' }),
    };
  } finally {
    // A trace left running (the page never settled) would refuse the next contender's.
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await closeQuietly(context);
  }
}

/**
 * The dataset's fetch on its own, in a fresh context on a blank page of the same origin: from
 * `fetch()` to the whole body read, with nothing else running, and what the server sent (Resource
 * Timing's transfer size and Content-Encoding). It shows whether loading a page is bound by the
 * server and the wire or by the page's own work.
 */
import type { Chrome } from './page-run';
import { untilBrowserQuiet } from './browser-quiet';
import { within } from './page-run';
import { CAP_MS, VIEWPORT } from './settings';

export interface FetchResult {
  /** fetch() to the last byte of the body, ms. */
  readonly ms: number;
  /** Bytes on the wire (headers included), as Resource Timing counts them. */
  readonly transferBytes: number;
  /** The body's bytes once decoded. */
  readonly bodyBytes: number;
  /** The response's Content-Encoding, or 'identity'. */
  readonly encoding: string;
}

export async function timeFetch(
  chrome: Chrome,
  blankUrl: string,
  dataUrl: string,
  quiet = true,
): Promise<FetchResult> {
  const context = await within(30_000, chrome.browser.newContext({ viewport: VIEWPORT }));
  try {
    const page = await context.newPage();
    if (quiet) await untilBrowserQuiet(chrome.browser);
    await page.goto(blankUrl, { timeout: CAP_MS });
    return await within(
      CAP_MS,
      page.evaluate(async (url) => {
        const start = performance.now();
        const response = await fetch(url, { cache: 'no-store' });
        const body = await response.arrayBuffer();
        const ms = performance.now() - start;
        const entry = performance
          .getEntriesByType('resource')
          .filter((e): e is PerformanceResourceTiming => e.name === response.url)
          .at(-1);
        return {
          ms,
          transferBytes: entry?.transferSize ?? Number.NaN,
          bodyBytes: body.byteLength,
          encoding: response.headers.get('content-encoding') ?? 'identity',
        };
      }, dataUrl),
    );
  } finally {
    await within(15_000, context.close()).catch(() => undefined);
  }
}

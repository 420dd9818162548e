/**
 * One measured page load, whichever timeline draws it: a fresh browser context with a probe
 * installed before any page script, the first draw (the contender's to wait for), the page
 * settling, heap after a GC, and frame times during scripted zooming and panning. Node's own
 * timers bound every step, since Playwright's wait for a renderer stuck in a long task.
 */
import type { Browser, BrowserContext, BrowserServer, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';
import { untilBrowserQuiet } from './browser-quiet';
import { CAP_MS, GESTURE_MS, QUIET_MS, VIEWPORT } from './settings';
import { median, percentile } from './stats';

// The page probe: installed before any page script runs, in every page.

export interface Probe {
  marks: { t: number; count: number }[];
  /** The app's own `timeline:*` performance measures (the first of each), in ms. */
  measures: Record<string, number>;
  clicks: number[];
  frames: number[];
  framing: boolean;
  /** The main thread's long tasks (over 50 ms, as Chromium reports them), in ms. */
  longTasks: number[];
  /**
   * When the frame after the first draw had been painted (ms): a task queued from the next
   * animation frame after the page's first-draw mark runs once that frame is painted.
   */
  painted: number | null;
}

/** The first-draw marks of the pages (ours, vis-timeline's, the other libraries'). */
const FIRST_DRAW_MARKS = ['timeline:marks-drawn', 'vis:drawn', 'lib:drawn'];

export interface VisState {
  drawn: number | null;
  changes: number[];
  error: string | null;
}

declare global {
  interface Window {
    __cdtBench: Probe;
    __visBench?: VisState;
    /** The other comparison pages' (TimelineJS, react-chrono) report, as vis-timeline's. */
    __libBench?: VisState;
  }
}

function installProbe(firstDrawMarks: readonly string[]) {
  const probe: Probe = {
    marks: [],
    measures: {},
    clicks: [],
    frames: [],
    framing: false,
    longTasks: [],
    painted: null,
  };
  window.__cdtBench = probe;
  // Seen as the page makes the mark (an observer hears of it only later, in a task of its own).
  const mark = performance.mark.bind(performance);
  let drawn = false;
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (!drawn && firstDrawMarks.includes(name)) {
      drawn = true;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.painted = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
    return entry;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.entryType === 'measure' && e.name.startsWith('timeline:')) {
        probe.measures[e.name] ??= e.duration;
      }
      if (e.name !== 'timeline:marks-drawn') continue;
      const detail = (e as PerformanceMark).detail as { count?: number } | null;
      probe.marks.push({ t: e.startTime, count: Number(detail?.count ?? Number.NaN) });
    }
  }).observe({ entryTypes: ['mark', 'measure'] });
  // Capturing, on the window: it runs before React's own listener on its root.
  window.addEventListener('click', () => probe.clicks.push(performance.now()), true);
}

export async function addProbe(context: BrowserContext): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in the code it hands the page in __name().
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installProbe, FIRST_DRAW_MARKS);
}

// Timeouts and the browser.

export const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

class Timeout extends Error {}

/** The work's result, or a Timeout after `msec` (the work is left to settle, unobserved). */
export async function within<T>(msec: number, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  if (typeof work === 'function') work = work();
  work.catch(() => undefined);
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`over ${msec} ms`)), msec);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export const isTimeout = (e: unknown) =>
  e instanceof Timeout || (e instanceof Error && e.name === 'TimeoutError');

export interface Chrome {
  readonly browser: Browser;
  /** The browser process, to kill when a page will not let go. */
  readonly server: BrowserServer;
}

/** A browser server (so its process can be killed) and a connection to it. */
export async function launch(): Promise<Chrome> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, server };
}

export async function shutDown(chrome: Chrome, force: boolean): Promise<void> {
  if (!force) {
    try {
      await within(15_000, chrome.browser.close());
      await within(15_000, chrome.server.close());
      return;
    } catch {
      // fall through to kill
    }
  }
  await chrome.server.kill();
}

// Measurements.

export type Library = 'ours' | 'vis' | 'timelinejs' | 'chrono';

/** What the page says about its draws, read in the page. */
export interface DrawState {
  /** performance.now() of the latest draw, or null before the first. */
  readonly last: number | null;
  /** Whether the chart takes gestures yet. */
  readonly ready: boolean;
  /** performance.now() as it was read. */
  readonly now: number;
}

/** A timeline library measured on its own page: how to open it and how to tell it has drawn. */
export interface Contender {
  readonly id: Library;
  /** Its name in tables and logs. */
  readonly label: string;
  /** Its page drawing the dataset at `dataUrl`, on the served site at `siteUrl`. */
  pageUrl(siteUrl: string, dataUrl: string): string;
  /** Opens the page and waits for its first draw (result.drawn), or what it shows instead. */
  load(page: Page, pageUrl: string, result: RunResult): Promise<void>;
  /** Runs in the page (so it must not close over anything). */
  drawState(): DrawState;
  /** The element to zoom and pan over. */
  readonly gestureTarget: string;
  /** The user-timing marks of its first draw and of any draw, for traces. */
  readonly traceMarks: { readonly first: string; readonly any: string };
  /** Times a filter change, for a page that has one (ms). */
  timeFilter?(page: Page): Promise<number>;
}

export interface FrameStats {
  readonly median: number;
  readonly p95: number;
  readonly frames: number;
}

export interface RunResult {
  /** Navigation start → first draw, ms; null if it did not draw (see timedOut, refused). */
  drawn: number | null;
  /** Navigation start → the frame after the first draw painted (Probe.painted), ms. */
  painted: number | null;
  /** Navigation start → the last redraw before the page settled, ms. */
  settled: number | null;
  filter: number | null;
  /** The app's own measures, when it makes them: fetching the dataset, reading and validating. */
  fetch: number | null;
  validate: number | null;
  /** From the data being ready to the chart first drawn (the app's timeline:render measure). */
  render: number | null;
  frames: FrameStats | null;
  heap: number | null;
  /** The longest main-thread task from navigation until the page settled, ms (0: none over 50). */
  longestTask: number | null;
  /**
   * Total blocking time from navigation until the page settled: the sum over long tasks of the
   * part beyond 50 ms, ms (as Lighthouse counts it, but to the page settling, not to interactive).
   */
  blocking: number | null;
  /** A phase that ran out of time: 'draw' or 'gestures'. */
  timedOut: 'draw' | 'gestures' | null;
  /** What the page showed instead of a chart. */
  refused: string | null;
  /**
   * How long the load waited for the browser to go quiet after opening its context (see
   * browser-quiet.ts), ms, and whether it did before the wait gave up.
   */
  quietAfter: { waitedMs: number; quiet: boolean } | null;
}

/** Waits until the page has not redrawn for QUIET_MS (and its chart takes gestures). */
export async function settle(
  page: Page,
  contender: Contender,
  deadline: number,
): Promise<number | null> {
  let last: number | null = null;
  while (Date.now() < deadline) {
    const s = await within(Math.max(1, deadline - Date.now()), page.evaluate(contender.drawState));
    last = s.last;
    if (s.last !== null && s.ready && s.now - s.last >= QUIET_MS) break;
    await sleep(250);
  }
  return last;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!heap) throw new Error('no JSHeapUsedSize metric');
  return heap.value;
}

/** Where to point: the middle of the plot, a little above centre, scrolled into view. */
export async function gestureOrigin(
  page: Page,
  contender: Contender,
): Promise<{ x: number; y: number }> {
  const target = page.locator(contender.gestureTarget);
  await target.first().scrollIntoViewIfNeeded({ timeout: CAP_MS });
  const box = await target.first().boundingBox();
  if (!box) throw new Error(`no ${contender.label} chart to point at`);
  return {
    x: box.x + box.width / 2,
    y: box.y + Math.min(box.height * 0.4, Math.max(40, VIEWPORT.height - box.y - 40)),
  };
}

/**
 * About 2 s of wheel zooming (twelve notches in, nine out, repeated: it ends zoomed in about
 * twice), then about 2 s of panning with the mouse (drags of 240 px, left then right).
 */
export async function zoomAndPan(page: Page, origin: { x: number; y: number }): Promise<void> {
  const { x, y } = origin;
  await page.mouse.move(x, y);
  let end = Date.now() + GESTURE_MS;
  while (Date.now() < end) {
    for (let i = 0; i < 12 && Date.now() < end; i++) {
      await page.mouse.wheel(0, -40);
      await sleep(16);
    }
    for (let i = 0; i < 9 && Date.now() < end; i++) {
      await page.mouse.wheel(0, 40);
      await sleep(16);
    }
  }
  await sleep(200);
  end = Date.now() + GESTURE_MS;
  let direction = -1;
  while (Date.now() < end) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Always a real drag (never a click, which would select an event).
    for (let i = 1; i <= 20 && (i <= 3 || Date.now() < end); i++) {
      await page.mouse.move(x + direction * i * 12, y);
      await sleep(16);
    }
    await page.mouse.up();
    direction = -direction;
  }
}

async function timeFrames(page: Page, contender: Contender): Promise<FrameStats> {
  const origin = await gestureOrigin(page, contender);
  await page.evaluate(() => {
    const probe = window.__cdtBench;
    probe.frames = [];
    probe.framing = true;
    let last = -1;
    const tick = (t: number) => {
      if (!probe.framing) return;
      if (last >= 0) probe.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await zoomAndPan(page, origin);
  // Two more frames, so a long frame the last input caused is counted.
  const deltas = await page.evaluate(
    () =>
      new Promise<number[]>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            window.__cdtBench.framing = false;
            done(window.__cdtBench.frames);
          }),
        ),
      ),
  );
  return { median: median(deltas), p95: percentile(deltas, 95), frames: deltas.length };
}

export async function measure(
  chrome: Chrome,
  contender: Contender,
  pageUrl: string,
  /** Wait for the browser to go quiet before navigating (browser-quiet.ts). */
  quiet = true,
): Promise<{ result: RunResult; healthy: boolean }> {
  const result: RunResult = {
    drawn: null,
    painted: null,
    settled: null,
    filter: null,
    fetch: null,
    validate: null,
    render: null,
    longestTask: null,
    blocking: null,
    frames: null,
    heap: null,
    timedOut: null,
    refused: null,
    quietAfter: null,
  };
  const context = await within(
    30_000,
    chrome.browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' }),
  );
  await addProbe(context);
  const page = await context.newPage();
  if (quiet) result.quietAfter = await within(30_000, untilBrowserQuiet(chrome.browser));
  // Playwright's own timeouts wait for a busy renderer to answer; these are Node's timers.
  try {
    await within(CAP_MS, contender.load(page, pageUrl, result));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    result.timedOut = 'draw';
    return { result, healthy: false };
  }
  if (result.drawn === null) return { result, healthy: await closeQuietly(context) };
  try {
    // vis-timeline also redraws on a timer (its current-time line): wait 15 s at most.
    result.settled = await settle(page, contender, Date.now() + 15_000);
    const longTasks = await within(
      CAP_MS,
      page.evaluate(() => window.__cdtBench.longTasks),
    );
    result.longestTask = longTasks.reduce((a, b) => Math.max(a, b), 0);
    result.blocking = longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    result.painted = await within(
      CAP_MS,
      page.evaluate(() => window.__cdtBench.painted),
    );
    const measures = await within(
      CAP_MS,
      page.evaluate(() => window.__cdtBench.measures),
    );
    result.fetch = measures['timeline:fetch'] ?? null;
    result.validate = measures['timeline:read-and-validate'] ?? null;
    result.render = measures['timeline:render'] ?? null;
    result.heap = await within(CAP_MS, heapAfterGc(context, page));
    if (contender.timeFilter) {
      result.filter = await within(CAP_MS, contender.timeFilter(page));
      await settle(page, contender, Date.now() + 15_000);
    }
    result.frames = await within(CAP_MS, timeFrames(page, contender));
  } catch (error) {
    if (!isTimeout(error)) throw error;
    result.timedOut = 'gestures';
    return { result, healthy: false };
  }
  return { result, healthy: await closeQuietly(context) };
}

/** Closes a context; false when the browser would not (a renderer stuck in a long task). */
export async function closeQuietly(context: BrowserContext): Promise<boolean> {
  try {
    await within(15_000, context.close());
    return true;
  } catch {
    return false;
  }
}

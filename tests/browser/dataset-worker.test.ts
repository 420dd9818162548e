/**
 * Large datasets in the built app: read in the dataset worker (under the app's CSP), whether
 * linked or opened from disk, with a progress bar while they load, their problems listed with
 * their paths, cancelled when the reader picks another, and the page kept responsive (the longest
 * main-thread task while 10 000 events load is measured and reported).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import { NO_FILTER, filterEvents } from '../../src/domain/event-filter';
import { chartName } from '../../src/domain/mark-label';
import { buildTimeline } from '../../src/domain/timeline-model';
import type { TestPage } from './browser';
import {
  appUrl,
  closePagesAfterEach,
  holdRequests,
  launchBrowser,
  liveFileInput,
  newPage,
  recordViewsShownAtParse,
  viewsShownAtParse,
  waitForApp,
} from './browser';

const EVENTS = 10_000;
const EXAMPLE_TEXT = readFileSync(
  new URL('../../public/examples/treaty-anniversaries.json', import.meta.url),
  'utf8',
);

let browser: Browser;
let server: Server;
let baseUrl: string;
const open: TestPage[] = [];

const valid = JSON.stringify(generateDataset(EVENTS));
const SMALL = 100;
const smallDataset = generateDataset(SMALL);
const small = JSON.stringify(smallDataset);
const SMALL_FIRST_ID = smallDataset.events[0]?.id ?? '';
const broken = (() => {
  const d = generateDataset(EVENTS);
  const [first] = d.events;
  const middle = d.events[5_000];
  if (!first || !middle) throw new Error('the generated dataset is too short');
  middle.date = '2021-02-30';
  (first as { kind: string }).kind = 'parade';
  return JSON.stringify(d);
})();

/** Valid once trimmed: the schema's output (its texts trimmed) is not the file's text. */
const padded = (() => {
  const d = generateDataset(EVENTS);
  const event = d.events[1_234];
  if (!event) throw new Error('the generated dataset is too short');
  event.title = `  ${event.title}  `;
  return { text: JSON.stringify(d), id: event.id, title: event.title.trim() };
})();

/** Releases the held response of /held.json: the test decides when the rest of it arrives. */
let releaseHeld: () => void = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const headers = {
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    };
    const bodies: Record<string, string> = {
      '/valid.json': valid,
      '/small.json': small,
      '/broken.json': broken,
      '/padded.json': padded.text,
    };
    const body = req.url === undefined ? undefined : bodies[req.url];
    if (body !== undefined) {
      res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    if (req.url === '/held.json') {
      // Half the file now, the rest when the test has seen the progress bar.
      const bytes = Buffer.from(valid);
      const half = bytes.length >> 1;
      res.writeHead(200, { ...headers, 'content-length': bytes.length });
      res.write(bytes.subarray(0, half));
      releaseHeld = () => res.end(bytes.subarray(half));
      return;
    }
    res.writeHead(404, headers);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

closePagesAfterEach(open, { clean: true });

/**
 * Records the chart's width at each of its drawings (the app marks each one; see
 * use-benchmark-marks.ts), read as the mark is made, before any later drawing, and the density
 * layer's pixel width then: 300 (a canvas's default) or none, not drawn, as `__chartWidths` and
 * `__layerWidths` on `window`. Call before the page is opened.
 */
async function recordDrawings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const widths: string[] = [];
    (window as unknown as { __chartWidths: string[] }).__chartWidths = widths;
    const layers: (number | null)[] = [];
    (window as unknown as { __layerWidths: (number | null)[] }).__layerWidths = layers;
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'timeline:marks-drawn') {
        widths.push(document.querySelector('svg[role="group"]')?.getAttribute('width') ?? '');
        layers.push(
          document.querySelector<HTMLCanvasElement>('canvas.density-layer')?.width ?? null,
        );
      }
      return mark(name, options);
    };
  });
}

async function openWith(
  file: string,
  { viewport, query = '' }: { viewport?: { width: number; height: number }; query?: string } = {},
) {
  const t = await newPage(browser, viewport ? { viewport } : {});
  open.push(t);
  const workers: string[] = [];
  t.page.on('worker', (worker) => workers.push(worker.url()));
  const requests: string[] = [];
  t.page.on('request', (request) => requests.push(request.url()));
  // The longest task on the page's main thread, from the first script on.
  await t.page.addInitScript(() => {
    const w = window as unknown as { __longestTask: number };
    w.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longestTask = Math.max(w.__longestTask, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await recordDrawings(t.page);
  await t.page.goto(appUrl(`?data=${encodeURIComponent(new URL(file, baseUrl).href)}${query}`));
  return { ...t, workers, requests };
}

describe('a 10 000-event dataset', () => {
  it('is read in the worker and drawn, with the page free while it loads', async () => {
    const t = await openWith('valid.json');
    await t.page
      .getByRole('group', { name: `Timeline chart, ${EVENTS} events` })
      .waitFor({ timeout: 60_000 });
    expect(t.workers).toEqual([expect.stringMatching(/\/assets\/dataset\.worker-[\w-]+\.js$/)]);
    const longest = await t.page.evaluate(
      () => (window as unknown as { __longestTask: number }).__longestTask,
    );
    // Reported, not judged here: the benchmark (bench/) measures speed. No long task at all
    // (0) is possible now that the page only parses slices and draws.
    console.info(`longest main-thread task while ${EVENTS} events loaded: ${longest} ms`);
    // Laid out once, at the width it fills (taken from the loading view it replaced), rather
    // than first at a guessed width and again once measured, in one long task.
    const filled = await t.page.locator('.timeline-chart').evaluate((el) => el.clientWidth);
    // A dense chart's drawing is marked once its density layer has drawn too, in a later frame
    // than the chart's group appears in.
    await t.page.waitForFunction(
      () => (window as unknown as { __chartWidths: string[] }).__chartWidths.length > 0,
    );
    const drawnAt = await t.page.evaluate(
      () => (window as unknown as { __chartWidths: string[] }).__chartWidths,
    );
    expect(new Set(drawnAt)).toEqual(new Set([String(filled)]));
  });

  it('draws every event in its first drawing: the density layer is loaded while they are checked', async () => {
    const t = await openWith('valid.json');
    await chartOf(t.page, EVENTS).waitFor({ timeout: 60_000 });
    await t.page.waitForFunction(
      () => (window as unknown as { __chartWidths: string[] }).__chartWidths.length > 0,
    );
    const drawn = await t.page.evaluate(() => ({
      chart: (window as unknown as { __chartWidths: string[] }).__chartWidths,
      layer: (window as unknown as { __layerWidths: (number | null)[] }).__layerWidths,
    }));
    // Device pixel ratio 1: the layer drawn is as wide as the chart.
    expect(drawn.layer[0], 'the density layer when the chart was first drawn').toBe(
      Number(drawn.chart[0]),
    );
    const loaded = await t.page.evaluate(() => ({
      layer: performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/DensityCanvas-[\w-]+\.js$/.test(e.name))?.startTime,
      ready: performance.getEntriesByName('timeline:data-ready', 'mark')[0]?.startTime,
    }));
    expect(loaded.layer, 'the density layer requested before the data was ready').toBeLessThan(
      loaded.ready ?? Number.NaN,
    );
  });

  // Drawn in the app's first render, from the width the page's layout gives the chart (computed
  // from the viewport, as app.css pads the app): a guess that missed would draw it twice.
  for (const { viewport, query, what } of [
    { viewport: { width: 1280, height: 800 }, query: '', what: '1280 px wide' },
    { viewport: { width: 1111, height: 700 }, query: '', what: '1111 px wide (2vw of padding)' },
    { viewport: { width: 800, height: 600 }, query: '', what: '800 px wide' },
    { viewport: { width: 375, height: 667 }, query: '', what: '375 px wide (the least padding)' },
    {
      viewport: { width: 1280, height: 800 },
      query: `&event=${encodeURIComponent(SMALL_FIRST_ID)}`,
      what: 'beside an event’s panel',
    },
  ]) {
    it(`draws a small dataset once, at the width it fills, ${what}`, async () => {
      const t = await openWith('small.json', { viewport, query });
      await chartOf(t.page, SMALL).waitFor({ timeout: 60_000 });
      // Read by the worker the page's start script starts before the app has loaded.
      expect(t.workers).toEqual([expect.stringMatching(/\/assets\/dataset\.worker-[\w-]+\.js$/)]);
      const filled = await t.page.locator('.timeline-chart').evaluate((el) => el.clientWidth);
      const drawnAt = await t.page.evaluate(
        () => (window as unknown as { __chartWidths: string[] }).__chartWidths,
      );
      expect(drawnAt, 'once, at the width it fills').toEqual([String(filled)]);
    });
  }

  it('draws a small dataset its worker has read before the app starts in the app’s first render', async () => {
    const t = await newPage(browser);
    open.push(t);
    const requests: string[] = [];
    t.page.on('request', (request) => requests.push(request.url()));
    // Whether the loading view was ever on the page, and every drawing's width.
    await t.page.addInitScript(() => {
      const w = window as unknown as { __loadingShown: boolean };
      w.__loadingShown = false;
      new MutationObserver(() => {
        w.__loadingShown ||= document.querySelector('.chart-skeleton') !== null;
      }).observe(document, { childList: true, subtree: true });
    });
    await recordDrawings(t.page);
    // The app's script held back until start.js's worker has read the whole dataset.
    const release = await holdRequests(t.page, /\/assets\/index-[\w-]+\.js$/);
    const dataset = new URL('small.json', baseUrl).href;
    await t.page.goto(appUrl(`?data=${encodeURIComponent(dataset)}`), {
      waitUntil: 'domcontentloaded',
    });
    await t.page.waitForFunction(() =>
      (
        window as unknown as {
          __timelineEarlyRead?: { replies: { type: string; eventsFromBytes?: boolean }[] };
        }
      ).__timelineEarlyRead?.replies.some((r) => r.type === 'timeline-head' && r.eventsFromBytes),
    );
    release();
    await chartOf(t.page, SMALL).waitFor({ timeout: 60_000 });
    const seen = await t.page.evaluate(() => {
      const w = window as unknown as { __loadingShown: boolean; __chartWidths: string[] };
      return { loading: w.__loadingShown, widths: w.__chartWidths };
    });
    expect(seen.loading, 'a loading view shown').toBe(false);
    const filled = await t.page.locator('.timeline-chart').evaluate((el) => el.clientWidth);
    expect(seen.widths, 'drawn once, at the width it fills').toEqual([String(filled)]);
    expect(requests.filter((url) => url === dataset)).toHaveLength(1);
  });

  it('starts the app only once the page’s stylesheets are in, so it measures itself right', async () => {
    // Started before anything is painted, a ?data= page's script could otherwise run without its
    // CSS: the loading view then measured 1 264 px for a 1 232 px chart, which was drawn twice.
    const t = await newPage(browser);
    open.push(t);
    const release = await holdRequests(t.page, /\/assets\/index-[\w-]+\.css$/);
    const script = t.page.waitForResponse(/\/assets\/index-[\w-]+\.js$/);
    const data = encodeURIComponent(new URL('small.json', baseUrl).href);
    await t.page.goto(appUrl(`?data=${data}`), { waitUntil: 'domcontentloaded' });
    await (await script).finished();
    // A few tasks for a script that was free to run to run (no frames: the held stylesheet
    // holds rendering back).
    await t.page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
    });
    await expect(
      t.page.evaluate(() => document.documentElement.dataset['app'] ?? null),
      'started without its stylesheet',
    ).resolves.toBeNull();
    release();
    await chartOf(t.page, SMALL).waitFor({ timeout: 60_000 });
    const filled = await t.page.locator('.timeline-chart').evaluate((el) => el.clientWidth);
    await expect(t.page.locator('svg[role="group"]').getAttribute('width')).resolves.toBe(
      String(filled),
    );
  });

  it('is downloaded once, the download begun before the app has started', async () => {
    const t = await newPage(browser);
    open.push(t);
    const requests: { url: string; at: number }[] = [];
    t.page.on('request', (request) =>
      requests.push({ url: request.url(), at: request.timing().startTime }),
    );
    // When the app marks the page as started (data-app), in the same clock as the requests'.
    await t.page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.documentElement.dataset['app'] === undefined) return;
        observer.disconnect();
        (window as unknown as { __appStarted: number }).__appStarted = Date.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
    });
    await t.page.goto(appUrl(`?data=${encodeURIComponent(new URL('valid.json', baseUrl).href)}`));
    await chartOf(t.page, EVENTS).waitFor({ timeout: 60_000 });
    const dataset = new URL('valid.json', baseUrl).href;
    const downloads = requests.filter((r) => r.url === dataset);
    expect(downloads).toHaveLength(1);
    const appStarted = await t.page.evaluate(
      () => (window as unknown as { __appStarted: number }).__appStarted,
    );
    expect(downloads[0]?.at).toBeLessThan(appStarted);
  });

  it('keeps the bundled view out of the page’s first layout, before the app’s stylesheet is in', async () => {
    // The rule that hides it was in the app's stylesheet, requested after the start script:
    // Chromium laid the whole bundled view out (721 objects, 50–110 ms) once the HTML was parsed.
    const t = await newPage(browser);
    open.push(t);
    const release = await holdRequests(t.page, /\/assets\/index-[\w-]+\.css$/);
    await recordViewsShownAtParse(t.page);
    const data = encodeURIComponent(new URL('small.json', baseUrl).href);
    await t.page.goto(appUrl(`?data=${data}`), { waitUntil: 'domcontentloaded' });
    const shown = await viewsShownAtParse(t.page);
    release();
    expect(shown).toEqual([]);
    await chartOf(t.page, SMALL).waitFor({ timeout: 60_000 });
  });

  it('hides the bundled view before the page has parsed it, and starts reading the dataset then', async () => {
    // Laid out for nothing, the hidden view cost ~90 ms and held back every download after it.
    const t = await newPage(browser);
    open.push(t);
    await t.page.addInitScript(() => {
      const w = window as unknown as {
        hiddenFirst: boolean | null;
        requestedEarly: boolean | null;
        workers: number;
      };
      w.hiddenFirst = null;
      w.requestedEarly = null;
      w.workers = 0;
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          w.workers++;
        }
      };
      new MutationObserver((_, observer) => {
        if (!document.getElementById('root')) return;
        observer.disconnect();
        w.hiddenFirst = document.documentElement.classList.contains('other-dataset');
        // The dataset worker is at work on it (src/prerender/start.js).
        w.requestedEarly = w.workers === 1;
      }).observe(document, { childList: true, subtree: true });
    });
    const data = encodeURIComponent(new URL('valid.json', baseUrl).href);
    await t.page.goto(appUrl(`?data=${data}`));
    await chartOf(t.page, EVENTS).waitFor({ timeout: 60_000 });
    await expect(
      t.page.evaluate(() => (window as unknown as { hiddenFirst: boolean | null }).hiddenFirst),
    ).resolves.toBe(true);
    await expect(
      t.page.evaluate(
        () => (window as unknown as { requestedEarly: boolean | null }).requestedEarly,
      ),
    ).resolves.toBe(true);
  });

  it('shows the checked texts, trimmed, not the text of the file', async () => {
    const t = await newPage(browser);
    open.push(t);
    const data = encodeURIComponent(new URL('padded.json', baseUrl).href);
    await t.page.goto(appUrl(`?data=${data}&event=${padded.id}`));
    const heading = t.page.getByRole('heading', { level: 2, name: padded.title });
    await heading.waitFor({ timeout: 60_000 });
    await expect(heading.textContent()).resolves.toBe(padded.title);
  });

  it('reads each event’s texts from the file when something shows them: the detail, a search', async () => {
    // The chart is drawn from what the worker sends; the page reads an event's data from the
    // file's bytes when it is shown, and the rest once the page is idle.
    const dataset = generateDataset(EVENTS);
    const target = dataset.events[7_777];
    if (!target) throw new Error('the generated dataset is too short');
    const t = await newPage(browser);
    open.push(t);
    const data = encodeURIComponent(new URL('valid.json', baseUrl).href);
    await t.page.goto(appUrl(`?data=${data}&event=${target.id}`));
    const heading = t.page.getByRole('heading', { level: 2, name: target.title });
    await heading.waitFor({ timeout: 60_000 });
    const q = target.title.split(' ').slice(0, 2).join(' ');
    const found = filterEvents(buildTimeline(dataset), { ...NO_FILTER, q }).length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(EVENTS);
    await t.page.getByRole('searchbox', { name: 'Search' }).fill(q);
    await t.page.getByRole('group', { name: chartName(found) }).waitFor({ timeout: 30_000 });
  });

  it('shows a progress bar with the bytes read of the total while it downloads', async () => {
    const t = await openWith('held.json');
    const bar = t.page.getByRole('progressbar', { name: 'Loading the dataset' });
    await bar.waitFor();
    const megabytes = (Buffer.byteLength(valid) / 1e6).toFixed(1);
    await expect(t.page.getByText(`of ${megabytes} MB`).textContent()).resolves.toMatch(
      new RegExp(`^Reading the dataset: \\d+\\.\\d of ${megabytes.replace('.', '\\.')} MB$`),
    );
    await expect(bar.getAttribute('max')).resolves.toBe(String(Buffer.byteLength(valid)));
    await expect
      .poll(() =>
        t.page
          .getByRole('status')
          .filter({ hasText: /^Reading the dataset, / })
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => ''),
      )
      .toMatch(/^Reading the dataset, (25|50)% done$/);
    releaseHeld();
    await t.page
      .getByRole('group', { name: `Timeline chart, ${EVENTS} events` })
      .waitFor({ timeout: 60_000 });
    await expect(bar.count()).resolves.toBe(0);
  });

  it('lists the problems of a broken one with their paths', async () => {
    const t = await openWith('broken.json');
    const alert = t.page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/^events\[0\]\.kind: "parade" is not an event kind/),
      expect.stringMatching(/^events\[5000\]\.date: "2021-02-30" is not a valid date/),
    ]);
    expect(t.workers).toHaveLength(1);
  });
});

describe('the bundled dataset', () => {
  it('loads without starting the worker or showing a progress bar', async () => {
    const t = await newPage(browser);
    open.push(t);
    const workers: string[] = [];
    t.page.on('worker', (worker) => workers.push(worker.url()));
    await t.page.goto(appUrl());
    await waitForApp(t.page);
    await t.page.getByRole('group', { name: /^Timeline chart, \d+ events$/ }).waitFor();
    expect(workers).toEqual([]);
    await expect(t.page.getByRole('progressbar').count()).resolves.toBe(0);
  });
});

/** Opens the 2-event treaty example as a file from disk, as a reader would. */
async function openTreaty(page: Page): Promise<void> {
  await (
    await liveFileInput(page)
  ).setInputFiles({
    name: 'treaty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(EXAMPLE_TEXT),
  });
}

const chartOf = (page: Page, events: number) =>
  page.getByRole('group', { name: `Timeline chart, ${events} events` });

/** Every name the chart has had on the page, recorded as it changes. */
async function recordChartNames(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const names: string[] = [];
    (window as unknown as { __chartNames: string[] }).__chartNames = names;
    new MutationObserver(() => {
      // The app's charts (not the bundled dataset's prerendered view, which a ?data= page hides).
      for (const chart of document.querySelectorAll('svg[role="group"][aria-label]')) {
        if (chart.closest('[data-prerender]')) continue;
        const name = chart.getAttribute('aria-label') ?? '';
        if (names.at(-1) !== name) names.push(name);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { __chartNames: string[] }).__chartNames);
}

describe('a large file opened from disk', () => {
  it('is read in the worker and drawn', async () => {
    const t = await openWith('valid.json');
    await chartOf(t.page, EVENTS).waitFor({ timeout: 60_000 });
    await (
      await liveFileInput(t.page)
    ).setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(valid),
    });
    await t.page
      .getByRole('region', { name: /Showing your file mine\.json/ })
      .waitFor({ timeout: 60_000 });
    await chartOf(t.page, EVENTS).waitFor();
    // One worker for the linked dataset, one for the file.
    expect(t.workers).toHaveLength(2);
  });

  it('lists the problems of a broken one with their paths', async () => {
    const t = await newPage(browser);
    open.push(t);
    const workers: Worker[] = [];
    t.page.on('worker', (worker) => workers.push(worker));
    await t.page.goto(appUrl());
    await waitForApp(t.page);
    await (
      await liveFileInput(t.page)
    ).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    const alert = t.page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^events\[0\]\.kind: "parade" is not an event kind/),
      expect.stringMatching(/^events\[5000\]\.date: "2021-02-30" is not a valid date/),
    ]);
    expect(workers.map((w) => w.url())).toEqual([
      expect.stringMatching(/\/assets\/dataset\.worker-[\w-]+\.js$/),
    ]);
  });
});

describe('picking another dataset while a large one loads', () => {
  /**
   * Holds the dataset worker's script until `release` is called, so the worker the page starts
   * cannot have finished when the reader picks another dataset; and records, through a wrapped
   * Worker constructor, each worker the page starts and whether the page terminated it.
   */
  async function holdWorkers(page: Page) {
    await page.addInitScript(() => {
      const log: { url: string; terminated: boolean }[] = [];
      (window as unknown as { __workers: typeof log }).__workers = log;
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          const entry = { url: String(url), terminated: false };
          log.push(entry);
          const terminate = this.terminate.bind(this);
          this.terminate = () => {
            entry.terminated = true;
            terminate();
          };
        }
      };
    });
    const release = await holdRequests(page, /\/assets\/dataset\.worker-[\w-]+\.js$/);
    const workers = () =>
      page.evaluate(
        () =>
          (window as unknown as { __workers: { url: string; terminated: boolean }[] }).__workers,
      );
    return { release, workers };
  }

  const started = (page: Page, count: number) =>
    page.waitForFunction(
      (n) => (window as unknown as { __workers: unknown[] }).__workers.length === n,
      count,
    );

  it('stops the worker reading it and shows the new one, never the old', async () => {
    const t = await newPage(browser);
    open.push(t);
    const chartNames = await recordChartNames(t.page);
    const held = await holdWorkers(t.page);
    await t.page.goto(appUrl(`?data=${encodeURIComponent(new URL('valid.json', baseUrl).href)}`));
    await started(t.page, 1);
    // Still loading (the worker, held, has read nothing), with the page's tools live.
    await t.page.getByRole('status').filter({ hasText: 'Loading the timeline…' }).waitFor();

    await openTreaty(t.page);
    await chartOf(t.page, 2).waitFor({ timeout: 15_000 });
    await expect(held.workers()).resolves.toEqual([
      { url: expect.stringMatching(/dataset\.worker-[\w-]+\.js$/), terminated: true },
    ]);
    held.release();
    await expect(t.page.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(chartNames()).resolves.toEqual(['Timeline chart, 2 events']);
  });

  it('stops the download begun for it when a file is opened instead', async () => {
    // src/prerender/start.js downloads a `?data=` address for the worker from the first moment.
    const t = await newPage(browser);
    open.push(t);
    const dataset = new URL('held.json', baseUrl).href;
    const failed = new Promise<string>((resolve) => {
      t.page.on('requestfailed', (request) => {
        if (request.url() === dataset) resolve(request.failure()?.errorText ?? '');
      });
    });
    await t.page.goto(appUrl(`?data=${encodeURIComponent(dataset)}`));
    // Half of it read (the server holds the rest back): the download is under way.
    await t.page.getByRole('progressbar', { name: 'Loading the dataset' }).waitFor();
    await openTreaty(t.page);
    await chartOf(t.page, 2).waitFor({ timeout: 15_000 });
    await expect(failed).resolves.toBe('net::ERR_ABORTED');
  });

  it('stops reading a large file when another is opened', async () => {
    const t = await newPage(browser);
    open.push(t);
    const held = await holdWorkers(t.page);
    await t.page.goto(appUrl());
    await waitForApp(t.page);
    await (
      await liveFileInput(t.page)
    ).setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    await started(t.page, 1);
    await t.page.getByText('Reading large.json…').waitFor();

    await openTreaty(t.page);
    await t.page.getByRole('region', { name: /Showing your file treaty\.json/ }).waitFor();
    await chartOf(t.page, 2).waitFor();
    await expect(held.workers()).resolves.toEqual([
      { url: expect.stringMatching(/dataset\.worker-[\w-]+\.js$/), terminated: true },
    ]);
    held.release();
    // The broken file's problems never replace the file shown.
    await expect(t.page.getByRole('alert').count()).resolves.toBe(0);
    await expect(t.page.getByText('Reading large.json…').count()).resolves.toBe(0);
  });
});

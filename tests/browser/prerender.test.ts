/**
 * The prerendered pages (issue 11): what the HTML holds before any script runs, what a reader
 * without JavaScript sees, each event's own page, and that bringing the page to life (hydration)
 * moves nothing and logs nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import type { TestPage, Viewport } from './browser';
import {
  DESKTOP,
  PHONE,
  appUrl,
  closePagesAfterEach,
  holdRequests,
  launchBrowser,
  layoutShift,
  newPage,
  recordViewsShownAtParse,
  viewsShownAtParse,
  watchLayoutShift,
} from './browser';

interface DatasetEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}
const DATASET = JSON.parse(
  readFileSync(new URL('../../public/data/china-dprk.json', import.meta.url), 'utf8'),
) as { events: DatasetEvent[] };
const EVENTS = DATASET.events;
const POLL = { timeout: 15_000 };

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

closePagesAfterEach(open, { clean: true });

async function rawHtml(path: string): Promise<string> {
  const response = await fetch(appUrl(path));
  expect(response.status).toBe(200);
  return response.text();
}

/** As the HTML spells text: the dataset's titles are escaped in it. */
function escaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

function metaContent(html: string, attr: 'name' | 'property', key: string): string | null {
  const m = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html);
  return m?.[1] ?? null;
}

/** A context of our own (JavaScript off, a phone): only 127.0.0.1, like browser.ts's pages. */
async function ownContext(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: 'light', ...options });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Each mark's box on screen, by event id. */
function markBoxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const g of Array.from(document.querySelectorAll('.chart-svg [data-id]'))) {
      const r = g.getBoundingClientRect();
      if (r.width === 0) continue; // in the copy of the view this screen does not show
      out[g.getAttribute('data-id') ?? ''] = [r.x, r.y, r.width, r.height].map(
        (v) => Math.round(v * 10) / 10,
      );
    }
    return out;
  });
}

describe('the HTML before any script runs', () => {
  it("holds every event's title, the chart's marks and the page's description", async () => {
    const html = await rawHtml('');
    // The body writes apostrophes plainly (scripts/prerender.ts), the head escapes them.
    for (const e of EVENTS) {
      expect(html, e.title).toContain(escaped(e.title).replace(/&#x27;/g, "'"));
    }
    expect(html).toMatch(/<svg[^>]*class="chart-svg"/);
    expect(html.match(/data-id="/g)?.length ?? 0).toBeGreaterThanOrEqual(EVENTS.length);
    expect(metaContent(html, 'name', 'description')).toContain(`${EVENTS.length} events`);
    // The page's CSP refuses style attributes, and inline scripts but those it names by their
    // hash: the HTML needs no other. (Data blocks, JSON and JSON-LD, are never run, so the
    // policy does not apply to them.)
    const policy = /script-src ([^;"]*)/.exec(html)?.[1]?.split(' ') ?? [];
    const inline = [
      ...html.matchAll(
        /<script(?![^>]*(?:src=|type="application\/(?:ld\+)?json"))[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '', 'utf8')
          .digest('base64')}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    for (const hash of inline) expect(policy).toContain(hash);
    expect(html).not.toMatch(/\sstyle="/);
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`lays out one copy of the view at ${viewport.width}×${viewport.height}, before the app’s stylesheet is in`, async () => {
      // The rules that pick a copy were in the app's stylesheet, requested after the start
      // script: the page's first layout, once its HTML was parsed, had both copies.
      const t = await newPage(browser, { viewport });
      open.push(t);
      const release = await holdRequests(t.page, /\/assets\/index-[\w-]+\.css$/);
      await recordViewsShownAtParse(t.page);
      await t.page.goto(appUrl(''), { waitUntil: 'domcontentloaded' });
      const shown = await viewsShownAtParse(t.page);
      release();
      expect(shown).toEqual([viewport.width < 700 ? 'narrow' : 'wide']);
    });
  }

  it('asks for the app’s script to be compiled as it streams in, all of it (V8 compile hints)', async () => {
    const html = await rawHtml('');
    const entry = /data-module="([^"]+)"/.exec(html)?.[1];
    expect(entry).toMatch(/\.js$/);
    // V8 reads the hint only at the top, before any function it would otherwise compile lazily.
    expect(await rawHtml(entry?.replace(/^\.\//, '') ?? '')).toMatch(
      /^\/\/# allFunctionsCalledOnLoad\n/,
    );
  });

  it('serves robots.txt and a sitemap naming the home page and every event page', async () => {
    expect(await rawHtml('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    const sitemap = await rawHtml('sitemap.xml');
    for (const e of EVENTS) expect(sitemap).toContain(`/events/${e.id}/</loc>`);
  });
});

describe('without JavaScript', () => {
  it('shows every event with its date, title, summary and sources, and the chart as a picture', async () => {
    const context = await ownContext({ javaScriptEnabled: false, viewport: { ...DESKTOP } });
    try {
      const page = await context.newPage();
      await page.goto(appUrl(''));
      const list = page.getByRole('region', { name: 'All events' });
      const items = list.getByRole('listitem').filter({ has: page.getByRole('heading') });
      await expect.poll(() => items.count()).toBe(EVENTS.length);
      for (const [i, e] of EVENTS.entries()) {
        const item = items.nth(i);
        expect(await item.getByRole('link', { name: e.title }).isVisible(), e.title).toBe(true);
        expect(await item.getByText(e.summary).isVisible()).toBe(true);
        expect(await item.getByRole('list', { name: 'Sources' }).isVisible()).toBe(true);
        expect(await item.locator('time').first().isVisible()).toBe(true);
      }
      const chart = page.getByRole('group', { name: `Timeline chart, ${EVENTS.length} events` });
      expect(await chart.isVisible()).toBe(true);
      // Controls that need a script are not offered.
      expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe("each event's own page", () => {
  it('has its own title, description, Open Graph and Twitter tags, canonical link and JSON-LD', async () => {
    for (const e of EVENTS) {
      const html = await rawHtml(`events/${e.id}/`);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title).toContain(escaped(e.title));
      expect(metaContent(html, 'property', 'og:title')).toBe(title);
      expect(metaContent(html, 'name', 'twitter:title')).toBe(title);
      expect(metaContent(html, 'property', 'og:site_name')).toBeTruthy();
      expect(metaContent(html, 'property', 'og:type')).toBe('article');
      expect(metaContent(html, 'name', 'twitter:card')).toBe('summary');
      const description = metaContent(html, 'name', 'description') ?? '';
      expect(description.length).toBeGreaterThan(40);
      expect(metaContent(html, 'property', 'og:description')).toBe(description);
      expect(metaContent(html, 'property', 'og:url')).toMatch(new RegExp(`/events/${e.id}/$`));
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/events/${e.id}/"`));
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
      const data = JSON.parse(ld ?? 'null') as { about?: { name?: string } } | null;
      expect(data?.about?.name).toBe(e.title);
    }
  });

  it('opens the app on that event, and "Copy link" gives the page', async () => {
    const e = EVENTS[3] ?? EVENTS[0];
    if (!e) throw new Error('the dataset has no events');
    const t = await newPage(browser);
    open.push(t);
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl('')).origin,
    });
    await t.page.goto(appUrl(`events/${e.id}/`));
    await t.page.waitForSelector('html[data-app="hydrated"]', POLL);
    const panel = t.page.getByRole('region', { name: e.title });
    expect(await panel.isVisible()).toBe(true);
    expect(new URL(t.page.url()).searchParams.get('event')).toBe(e.id);
    expect(await t.page.title()).toContain(e.title);
    // The panel hydrates in its own Suspense boundary, possibly after the page says it has
    // started: a click that lands before then does nothing, and a reader clicks again.
    const copy = panel.getByRole('button', { name: 'Copy link' });
    await expect
      .poll(async () => {
        await copy.click();
        return panel.getByRole('status').textContent();
      }, POLL)
      .toBe('Link copied.');
    const copied = await t.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(appUrl(`events/${e.id}/`));
    expect(describeViolations(await axeViolations(t.page))).toBe('');
  });

  it('still follows the address: ?event= on the home page, and a reader dataset with ?data=', async () => {
    const e = EVENTS[5] ?? EVENTS[0];
    if (!e) throw new Error('the dataset has no events');
    const t = await newPage(browser);
    open.push(t);
    await t.page.goto(appUrl(`?event=${e.id}`));
    await t.page.waitForSelector('html[data-app="rendered"]', POLL);
    await expect
      .poll(() => t.page.getByRole('region', { name: e.title }).isVisible(), POLL)
      .toBe(true);
    await t.page.goto(appUrl('?data=examples/treaty-anniversaries.json'));
    await t.page.waitForSelector('html[data-app="rendered"]', POLL);
    await expect
      .poll(() => t.page.getByRole('group', { name: /^Timeline chart, \d+ events$/ }).count(), POLL)
      .toBe(1);
    expect(
      await t.page.getByRole('group', { name: `Timeline chart, ${EVENTS.length} events` }).count(),
    ).toBe(0);
  });
});

describe('hydration', () => {
  async function loadHeldBack(viewport: Viewport) {
    const t = await newPage(browser, { viewport });
    open.push(t);
    // Hold the app's script back until the prerendered page has been measured.
    const release = await holdRequests(t.page, /\/assets\/index-[\w-]+\.js$/);
    await watchLayoutShift(t.page);
    await t.page.goto(appUrl(''), { waitUntil: 'commit' });
    await t.page.locator('.chart-svg [data-id]').filter({ visible: true }).first().waitFor();
    // Measured as the reader first sees it: with the page's stylesheets applied (a box read
    // earlier is laid out without them, both copies of the view stacked).
    await t.page.waitForFunction(() =>
      Array.from(document.querySelectorAll('link[rel="stylesheet"]')).every(
        (l) => (l as HTMLLinkElement).sheet !== null,
      ),
    );
    const before = await markBoxes(t.page);
    release();
    await t.page.waitForSelector('html[data-app="hydrated"]', POLL);
    // Two frames: anything the first client render would move has moved by then.
    await t.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    return { t, before };
  }

  for (const viewport of [DESKTOP, PHONE]) {
    it(`draws the chart the same before and after at ${viewport.width}×${viewport.height}, logging no mismatch`, async () => {
      const { t, before } = await loadHeldBack(viewport);
      expect(Object.keys(before)).toHaveLength(EVENTS.length);
      expect(await markBoxes(t.page)).toEqual(before);
      expect(await layoutShift(t.page)).toBe(0);
      // One copy of the view is left, and it is alive: a mark opens its event.
      expect(await t.page.locator('.chart-svg').count()).toBe(1);
      const first = EVENTS[0];
      if (!first) throw new Error('the dataset has no events');
      await t.page
        .locator(`.chart-svg [data-id="${first.id}"]`)
        .locator('.mark-shape, .band-cap')
        .first()
        .click();
      await expect
        .poll(() => t.page.getByRole('region', { name: first.title }).isVisible(), POLL)
        .toBe(true);
      // closePagesAfterEach fails the test on any console error (a hydration mismatch is one).
    });
  }
});

describe("a phone's first screen", () => {
  // Issue 11 §3: the filters are folded behind a "Filters" button on narrow screens.
  it('shows at least 8 of the 13 marks at 375×740 without scrolling', async () => {
    const context = await ownContext({ viewport: { ...PHONE }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(appUrl(''));
      await page.waitForSelector('html[data-app="hydrated"]', POLL);
      const inView = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('.chart-svg [data-id]')).filter((g) => {
            const r = g.getBoundingClientRect();
            return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
          }).length,
      );
      expect(inView).toBeGreaterThanOrEqual(8);
    } finally {
      await context.close();
    }
  });
});

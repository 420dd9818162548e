/**
 * Hostile datasets, opened with `?data=` from another origin as a reader's own dataset would be:
 * markup and script in every text field, an invalid file full of payloads, files over the limits,
 * addresses that are not http(s), and networks that fail, crawl or never answer. Whatever arrives
 * must show as text and nothing in it may run, navigate or load.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FETCH_TIMEOUT_MS } from '../../src/data/fetch-dataset';
import { readDatasetText } from '../../src/domain/read-dataset-text';
import { truncate } from '../../src/timeline/chart-layout';
import type { NewPageOptions, TestPage } from './browser';
import { appUrl, launchBrowser, newPage, closePagesAfterEach, waitForApp } from './browser';
import { cspViolations, watchCspViolations } from './security';
import type { StaticServer } from './static-server';
import { startStaticServer } from './static-server';

const POLL = { timeout: 10_000 };

/** Each would run script, load something or navigate if it were ever treated as markup or code. */
const XSS = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1">',
  imgAlert: '<img src=x onerror=alert(document.domain)>',
  svg: '<svg onload="window.__xss=1">',
  iframe: '"><iframe src="javascript:window.__xss=1">',
  javascriptUrl: 'javascript:window.__xss=1',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  /** A right-to-left override and its pop: it reads "invoiceexe.txt and more" on screen. */
  bidi: 'invoice\u202Etxt.exe\u202C and more',
  /** Zero-width space, non-joiner, joiner, word joiner and zero-width no-break space. */
  zeroWidth: 'zero\u200Bwidth\u200C\u200D\u2060\uFEFFtext',
} as const;

const PAYLOADS: readonly string[] = Object.values(XSS);
const EVERY_PAYLOAD = PAYLOADS.join(' | ');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'];
/** The source link the hostile dataset carries: a valid https URL holding markup in its query. */
const SOURCE_URL = 'https://news.example/article?id=1&q=<script>alert(1)</script>&x="onmouseover=';

/** Valid against the schema, within every length limit, with a payload in every text it shows. */
const hostileDataset = {
  format: 'china-dprk-timeline/dataset',
  version: 1,
  title: `Hostile ${XSS.script}`,
  description: EVERY_PAYLOAD,
  sides: [
    { id: 'north', name: XSS.img, shortName: '<svg onload=alert(1)>' },
    { id: 'south', name: XSS.bidi, shortName: '<b onclick=alert(1)>b' },
  ],
  sources: [
    {
      id: 'src-a',
      outlet: XSS.iframe,
      headline: `${XSS.script} ${XSS.img}`,
      published: '2020-01-02',
      agency: XSS.svg,
      url: SOURCE_URL,
      fromRecord: [XSS.template, XSS.javascriptUrl],
    },
    {
      id: 'src-b',
      outlet: XSS.bidi,
      headline: XSS.zeroWidth,
      published: '2020',
      agency: null,
    },
  ],
  people: [
    { id: 'p-a', name: XSS.img, nativeName: XSS.script, role: XSS.iframe, side: 'north' },
    { id: 'p-b', name: XSS.bidi, role: XSS.template, side: 'south' },
  ],
  events: PAYLOADS.map((payload, i) => ({
    id: `e${i}`,
    title: payload,
    ...(payload.length <= 40 ? { shortTitle: payload } : {}),
    summary: `${payload} — ${EVERY_PAYLOAD}`,
    date: `2020-0${i + 1}-05`,
    kind: 'message',
    side: ['north', 'south', 'joint'][i % 3],
    people: ['p-a', 'p-b'],
    sources: ['src-a', 'src-b'],
    quotes: [{ speaker: 'p-a', text: EVERY_PAYLOAD, agency: XSS.svg, source: 'src-a' }],
    ...(i > 0 ? { inReplyTo: [`e${i - 1}`] } : {}),
    fromRecord: [payload, XSS.template],
  })),
  eras: [
    {
      id: 'era',
      title: XSS.iframe,
      date: '2020-01/2020-12',
      summary: EVERY_PAYLOAD,
      sources: ['src-a'],
      fromRecord: [XSS.javascriptUrl],
    },
  ],
};

/** A small, harmless dataset, for the network tests. */
const plainDataset = {
  format: 'china-dprk-timeline/dataset',
  version: 1,
  title: 'A plain dataset',
  sides: [{ id: 'a', name: 'Side A' }],
  sources: [{ id: 's', outlet: 'Outlet', headline: 'Headline', published: '2020', agency: null }],
  people: [],
  events: [1, 2, 3].map((n) => ({
    id: `plain-${n}`,
    title: `Plain event ${n}`,
    summary: 'Nothing to see.',
    date: `202${n}`,
    kind: 'statement',
    side: 'a',
    people: [],
    sources: ['s'],
    quotes: [],
  })),
};

/** Invalid: a javascript: link, a 1 MB title of markup, a date that is markup. */
const ONE_MB_TITLE = XSS.img.repeat(Math.ceil(1_000_000 / XSS.img.length));
const invalidHostileDataset = {
  ...plainDataset,
  sources: [{ ...plainDataset.sources[0], url: XSS.javascriptUrl }],
  events: [{ ...plainDataset.events[0], title: ONE_MB_TITLE, date: XSS.img }],
};

const MALFORMED =
  '{\n  "format": "china-dprk-timeline/dataset",\n  "version": 1,\n  "title": "Broken",\n}\n';

/** Bytes that make a dataset over the 100 MB limit. */
const OVER_LIMIT = 101_000_000;

let browser: Browser;
let fixtureDir: string;
/** Serves the fixture files to the app from another origin, with CORS. */
let datasets: StaticServer;
/** Answers that a static server cannot give: never, or a body without a length. */
let raw: Server;
let rawUrl: string;
const rawHits = { never: 0 };
const open: TestPage[] = [];

beforeAll(async () => {
  // A fixture the schema refused would test nothing: each valid one must be valid here first.
  for (const dataset of [hostileDataset, plainDataset]) {
    const result = readDatasetText(JSON.stringify(dataset));
    expect(result.ok ? [] : result.problems).toEqual([]);
  }
  fixtureDir = await mkdtemp(join(tmpdir(), 'cdt-hostile-'));
  const files: Record<string, string> = {
    'hostile.json': JSON.stringify(hostileDataset, null, 2),
    'plain.json': JSON.stringify(plainDataset),
    'invalid-hostile.json': JSON.stringify(invalidHostileDataset),
    'too-large.json': JSON.stringify({ ...plainDataset, description: 'x'.repeat(OVER_LIMIT) }),
    'too-deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'duplicate-key.json': `{"title": "First",${JSON.stringify(plainDataset).slice(1)}`,
    'malformed.json': MALFORMED,
  };
  await Promise.all(
    Object.entries(files).map(([name, text]) => writeFile(join(fixtureDir, name), text)),
  );
  datasets = await startStaticServer(fixtureDir, {
    headers: { 'access-control-allow-origin': '*' },
    // Uncompressed, so too-large.json arrives with its Content-Length (gzip would drop it).
    compress: false,
  });

  raw = createServer((req, res) => {
    if (req.url === '/never') {
      rawHits.never++;
      return; // holds the connection open and never answers
    }
    if (req.url === '/too-large-unannounced.json') {
      // Chunked, so the app cannot refuse it from a Content-Length and must count the text.
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      const chunk = 'x'.repeat(1_000_000);
      res.write('{"description": "');
      for (let i = 0; i < OVER_LIMIT / chunk.length; i++) res.write(chunk);
      res.end('"}');
      return;
    }
    res.writeHead(404, { 'access-control-allow-origin': '*' });
    res.end();
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await datasets?.close();
  if (raw) {
    raw.closeAllConnections();
    await new Promise<void>((resolve) => raw.close(() => resolve()));
  }
  if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true });
});

closePagesAfterEach(open, { clean: false });

interface Watched extends TestPage {
  /** Every alert, confirm or prompt the page opened (each dismissed). */
  readonly dialogs: string[];
  /** Every URL a frame of the page navigated to. */
  readonly navigations: string[];
  /** Every request the page made: its URL and what made it. */
  readonly requests: { url: string; type: string }[];
}

const datasetUrl = (file: string) => new URL(file, datasets.url).href;
const withData = (url: string) => `?data=${encodeURIComponent(url)}`;

interface OpenOptions extends NewPageOptions {
  /** Runs before the page loads: routes, a fake clock. */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
}

/** Opens the app at `search`, watching for dialogs, navigations, requests and CSP violations. */
async function openWatched(search: string, options: OpenOptions = {}): Promise<Watched> {
  const t = await newPage(browser, options);
  open.push(t);
  const w: Watched = { ...t, dialogs: [], navigations: [], requests: [] };
  t.page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  t.page.on('framenavigated', (frame) => w.navigations.push(frame.url()));
  t.page.on('request', (r) => w.requests.push({ url: r.url(), type: r.resourceType() }));
  await watchCspViolations(t.page);
  await options.beforeLoad?.(t.page);
  await t.page.goto(appUrl(search));
  await waitForApp(t.page);
  return w;
}

const chart = (page: Page, name: string | RegExp = /^Timeline chart, \d+ events?$/) =>
  page.getByRole('group', { name });

const eventList = (page: Page) => page.getByRole('list', { name: 'Events in time order' });

/**
 * What in the app's DOM did not come from our own rendering: elements that load or run things
 * (none of which the app ever renders), event-handler attributes, and script: addresses.
 */
async function foreignMarkup(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    const FOREIGN =
      'script, iframe, frame, frameset, object, embed, img, image, picture, video, audio, ' +
      'source, link, style, meta, base, form, input[type="image"], foreignObject, animate, ' +
      'set, template, portal, marquee';
    for (const root of document.querySelectorAll('.cdt-app')) {
      for (const el of root.querySelectorAll(FOREIGN)) found.push(`<${el.localName}>`);
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
          if (/^\s*(javascript|vbscript|data):/i.test(attr.value)) {
            found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
          }
        }
      }
    }
    // Outside the app: only the build's own scripts (from our origin, or inline and named by
    // their hash in the page's policy: the prerender's start script), and no frames at all.
    const policy =
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '';
    for (const s of document.querySelectorAll('script')) {
      if (s.src) {
        if (new URL(s.src).origin !== location.origin) found.push(`script ${s.src}`);
        continue;
      }
      const text = s.textContent ?? '';
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
      if (!policy.includes(`'sha256-${hash}'`)) found.push(`inline script ${text.slice(0, 40)}`);
    }
    for (const f of document.querySelectorAll('iframe, frame, object, embed')) {
      found.push(`<${f.localName}> in the document`);
    }
    return found;
  });
}

/** Every link in the app, with what is wrong with it (an empty list when all are safe). */
async function unsafeLinks(page: Page): Promise<{ count: number; unsafe: string[] }> {
  return page.evaluate(() => {
    // The app's own in-page links (the skip link) lead nowhere else; every other link is checked.
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.cdt-app a')].filter(
      (a) => !(a.getAttribute('href') ?? '').startsWith('#'),
    );
    const unsafe: string[] = [];
    for (const a of links) {
      const href = a.getAttribute('href');
      if (href === null) continue;
      let protocol = '';
      try {
        protocol = new URL(href, location.href).protocol;
      } catch {
        unsafe.push(`unparsable href ${href}`);
      }
      if (protocol !== 'https:' && protocol !== 'http:') unsafe.push(`${protocol} href ${href}`);
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener')) unsafe.push(`no rel=noopener on ${href}`);
    }
    return { count: links.length, unsafe };
  });
}

/**
 * The strings not shown as text: each must lie inside one text node (so it was never parsed as
 * markup) of a rendered element under `root`.
 */
async function notShownAsText(root: Locator, texts: readonly string[]): Promise<string[]> {
  return root.evaluate((el, wanted) => {
    const shown: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
        shown.push((n as Text).data);
      }
    }
    return wanted.filter((w) => !shown.some((s) => s.includes(w)));
  }, texts);
}

/** Nothing ran, opened, navigated, loaded or was refused by the policy. */
async function expectInert(w: Watched, dataset: string | null) {
  const { page } = w;
  expect(w.dialogs, 'dialogs opened').toEqual([]);
  const flags = await Promise.all(page.frames().map((f) => f.evaluate(() => '__xss' in window)));
  expect(flags, 'window.__xss in any frame').not.toContain(true);
  expect(page.frames(), 'frames').toHaveLength(1);
  expect(page.mainFrame().url()).toBe(page.url());

  const app = new URL(appUrl());
  const away = w.navigations.filter((u) => {
    const url = new URL(u);
    return (
      url.origin !== app.origin ||
      url.pathname !== app.pathname ||
      url.searchParams.get('data') !== dataset
    );
  });
  expect(away, 'navigations away from the app').toEqual([]);

  const unexpected = w.requests.filter(({ url, type }) => {
    // The app's fetch, or the preload src/prerender/start.js starts for it ("other").
    if (url === dataset && (type === 'fetch' || type === 'other')) return false;
    const u = new URL(url);
    if (u.origin !== app.origin) return true;
    if (type === 'document') return u.pathname !== app.pathname;
    return !u.pathname.startsWith(`${app.pathname}assets/`);
  });
  expect(unexpected, 'requests other than the app and its dataset').toEqual([]);

  expect(await foreignMarkup(page), 'markup from the data').toEqual([]);
  expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
  expect(w.blocked, 'requests that left 127.0.0.1').toEqual([]);
}

/** The page still answers a click: the theme toggle flips. */
async function expectResponsive(page: Page) {
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click({ timeout: 5_000 });
  await expect
    .poll(() => toggle.getAttribute('aria-pressed'), POLL)
    .toBe(before === 'true' ? 'false' : 'true');
}

describe.each([
  ['under its Content-Security-Policy', false],
  ['with the policy bypassed, so the app alone must be inert', true],
])('a valid dataset full of markup and script, %s', (_, bypassCSP) => {
  const url = () => datasetUrl('hostile.json');

  it('shows every payload as text in the chart, the detail panel and the list, and runs none', async () => {
    const w = await openWatched(withData(url()), { bypassCSP });
    const { page } = w;
    await chart(page, `Timeline chart, ${PAYLOADS.length} events`).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      hostileDataset.title,
    );
    // The marks are named by date and the raw title.
    const names = await chart(page)
      .getByRole('button')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
    expect(names).toEqual(PAYLOADS.map((p, i) => `5 ${MONTHS[i]} 2020: ${p}`));
    // Lane names and the era as text; each label shown is its title, cut as the chart cuts it.
    expect(
      await notShownAsText(chart(page), [
        ...hostileDataset.sides.map((side) => side.shortName),
        XSS.iframe, // the era
      ]),
    ).toEqual([]);
    const labels = await chart(page)
      .locator('.mark-title')
      .evaluateAll((tspans) => tspans.map((t) => t.textContent));
    expect(labels.length, 'some labels are shown').toBeGreaterThan(0);
    const cut = PAYLOADS.map((p) => truncate(p));
    for (const label of labels) expect(cut).toContain(label);

    // Every event's details, walked with Next from the first.
    await chart(page)
      .getByRole('button', { name: /^5 Jan 2020: / })
      .locator('.mark-shape')
      .click();
    const source = hostileDataset.sources;
    const people = hostileDataset.people;
    for (const [i, payload] of PAYLOADS.entries()) {
      const panel = page.getByRole('region');
      const heading = panel.getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent(), POLL).toBe(payload);
      await expect(heading.isVisible()).resolves.toBe(true);
      await page.waitForURL((u) => u.searchParams.get('event') === `e${i}`);
      expect(
        await notShownAsText(panel, [
          payload,
          `${payload} — ${EVERY_PAYLOAD}`,
          EVERY_PAYLOAD,
          XSS.template,
          ...people.flatMap((p) => [p.name, p.role]),
          ...source.flatMap((s) => [s.outlet, s.headline]),
          XSS.script, // the native name
          XSS.svg, // the agencies
          ...(i > 0 ? [PAYLOADS[i - 1] ?? ''] : []),
        ]),
        `${i}: the details of "${payload}"`,
      ).toEqual([]);
      expect((await unsafeLinks(page)).unsafe).toEqual([]);
      // The one source with a URL is a link; the other is plain text.
      await expect(panel.getByRole('link').count()).resolves.toBe(1);
      await expect(panel.getByRole('link').getAttribute('href')).resolves.toBe(
        new URL(SOURCE_URL).href,
      );
      if (i < PAYLOADS.length - 1) await panel.getByRole('button', { name: /^Next: / }).click();
    }
    await expectInert(w, url());

    // The list view: each title a button, each summary and source as text.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = eventList(page);
    await list.waitFor();
    const titles = await list
      .getByRole('heading', { level: 3 })
      .evaluateAll((hs) => hs.map((h) => h.textContent));
    expect(titles).toEqual(PAYLOADS);
    expect(
      await notShownAsText(list, [
        ...PAYLOADS.map((p) => `${p} — ${EVERY_PAYLOAD}`),
        ...source.flatMap((s) => [s.outlet, s.headline]),
      ]),
    ).toEqual([]);
    const links = await unsafeLinks(page);
    expect(links.unsafe).toEqual([]);
    expect(links.count, 'one link per event in the list, one in the details').toBe(
      PAYLOADS.length + 1,
    );
    await expectInert(w, url());
    expect(w.errors, 'console or page errors').toEqual([]);
  });

  it('prints the list of hostile events as text', async () => {
    const w = await openWatched(withData(url()), { bypassCSP, media: 'print' });
    const { page } = w;
    const list = eventList(page);
    await list.waitFor();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.locator(':scope > li').count()).resolves.toBe(PAYLOADS.length);
    expect(
      await notShownAsText(list, [
        ...PAYLOADS,
        ...hostileDataset.sources.flatMap((s) => [s.outlet, s.headline]),
      ]),
    ).toEqual([]);
    const links = await unsafeLinks(page);
    expect(links.unsafe).toEqual([]);
    expect(links.count, 'one link per event').toBe(PAYLOADS.length);
    await expectInert(w, url());
    expect(w.errors, 'console or page errors').toEqual([]);
  });
});

describe('an invalid dataset full of payloads', () => {
  it('lists its problems as text, each with its path, runs nothing and stays responsive', async () => {
    const url = datasetUrl('invalid-hostile.json');
    const w = await openWatched(withData(url));
    const { page } = w;
    const alert = page.getByRole('alert').filter({ hasText: 'This dataset cannot be shown' });
    await alert.waitFor();
    const problems = await alert
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
      'sources[0].url',
      'events[0].title',
      'events[0].date',
    ]);
    expect(problems).toEqual([
      `sources[0].url: ${JSON.stringify(XSS.javascriptUrl)} is not an http(s) URL`,
      'events[0].title: a title is longer than 200 characters',
      expect.stringMatching(/^events\[0\]\.date: "<img src=x onerror="window.__xss=1">" is not/),
    ]);
    // The paths are code, the date payload text.
    await expect(alert.locator('code').first().textContent()).resolves.toBe('sources[0].url');
    expect(await notShownAsText(alert, [XSS.img, XSS.javascriptUrl])).toEqual([]);
    await expect(chart(page).count()).resolves.toBe(0);
    await expectResponsive(page);
    await expectInert(w, url);
    expect(w.errors, 'console or page errors').toEqual([]);
  });
});

describe('limits', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'a file over 100 MB, refused from its Content-Length',
      () => datasetUrl('too-large.json'),
      /^\(dataset\): the file is too large: 101(\.\d)? MB, over the limit of 100 MB$/,
    ],
    [
      'a file over 100 MB sent without a length',
      () => `${rawUrl}too-large-unannounced.json`,
      /^\(dataset\): the file is too large: 101(\.\d)? MB, over the limit of 100 MB$/,
    ],
    [
      '100 000 nested lists',
      () => datasetUrl('too-deep.json'),
      /^(\[0\]){64}: lists and objects are nested more than 64 levels deep here \(line 1, column 65\)$/,
    ],
    [
      'a repeated key',
      () => datasetUrl('duplicate-key.json'),
      /^\(dataset\): the key "title" appears twice$/,
    ],
    [
      'malformed JSON',
      () => datasetUrl('malformed.json'),
      /^\(dataset\): the file is not valid JSON: unexpected "}" at line 5, column 1$/,
    ],
  ];

  it.each(cases)('%s is refused with a problem that says why', async (_, url, problem) => {
    const w = await openWatched(withData(url()));
    const { page } = w;
    const alert = page.getByRole('alert').filter({ hasText: 'This dataset cannot be shown' });
    await alert.waitFor({ timeout: 30_000 });
    const items = await alert
      .getByRole('listitem')
      .evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(problem);
    await expect(chart(page).count()).resolves.toBe(0);
    await expectResponsive(page);
    await expectInert(w, url());
    expect(w.errors, 'console or page errors').toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(document.cookie)', 'javascript:'],
    ['data:application/json,{}', 'data:'],
    ['file:///etc/passwd', 'file:'],
  ])('the address %s is refused without a fetch', async (address, protocol) => {
    const w = await openWatched(withData(address));
    const { page } = w;
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      `The dataset address must be an http(s) URL; "${address}" uses ${protocol}`,
    );
    // Retrying would refuse it again.
    await expect(alert.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    expect(
      w.requests.filter((r) => r.type === 'fetch' || r.type === 'xhr'),
      'fetches',
    ).toEqual([]);
    await expectResponsive(page);
    await expectInert(w, address);
    expect(w.errors, 'console or page errors').toEqual([]);
  });
});

describe('the network', () => {
  const loading = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'Loading the timeline…' });
  const failed = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'The timeline could not be loaded' });

  it('says what failed when the request fails, and Retry draws the chart once it works', async () => {
    const url = datasetUrl('plain.json');
    let attempts = 0;
    const w = await openWatched(withData(url), {
      beforeLoad: (page) =>
        page.route(url, (route) => {
          attempts++;
          return route.abort('failed');
        }),
    });
    const { page } = w;
    await failed(page).waitFor();
    await expect(failed(page).textContent()).resolves.toContain(
      'Could not load the dataset (the network request failed).',
    );
    await expect(failed(page).textContent()).resolves.toContain(`Dataset: ${url}`);
    expect(attempts, 'the first attempt and one retry').toBe(2);
    await expect(loading(page).count(), 'no spinner left behind').resolves.toBe(0);

    await page.unroute(url);
    await failed(page).getByRole('button', { name: 'Retry' }).click();
    await chart(page, 'Timeline chart, 3 events').waitFor();
    await expect(failed(page).count()).resolves.toBe(0);
    await expectInert(w, url);
    // Chromium logs each failed request on the console; nothing else may be there.
    expect(
      w.errors.filter((e) => !e.includes('Failed to load resource: net::ERR_FAILED')),
      'console or page errors',
    ).toEqual([]);
  });

  it('shows the loading skeleton while a slow server answers, then the chart', async () => {
    const url = datasetUrl('plain.json');
    let answer = () => {};
    const seen = new Promise<void>((resolve) => (answer = resolve));
    const w = await openWatched(withData(url), {
      // A server that answers only once the test has seen the skeleton: slow, with no sleep.
      beforeLoad: (page) =>
        page.route(url, async (route) => {
          await seen;
          await route.continue();
        }),
    });
    const { page } = w;
    await loading(page).waitFor();
    await expect(chart(page).count()).resolves.toBe(0);
    answer();
    await chart(page, 'Timeline chart, 3 events').waitFor();
    await expect(loading(page).count()).resolves.toBe(0);
    await expectInert(w, url);
    expect(w.errors, 'console or page errors').toEqual([]);
  });

  it(`gives up on a server that never answers, after ${FETCH_TIMEOUT_MS / 1000} s and one retry`, async () => {
    const url = `${rawUrl}never`;
    rawHits.never = 0;
    // The fetch timeout (AbortSignal.timeout, which Playwright's clock fakes too) and the retry
    // delay both run on the page's clock, so the test moves it on instead of waiting.
    const w = await openWatched(withData(url), { beforeLoad: (page) => page.clock.install() });
    const { page } = w;
    await loading(page).waitFor();
    await expect.poll(() => rawHits.never, POLL).toBe(1);

    await page.clock.runFor(FETCH_TIMEOUT_MS - 1_000);
    await expect(loading(page).isVisible(), 'still waiting before the timeout').resolves.toBe(true);
    await expect(failed(page).count()).resolves.toBe(0);

    // The first attempt times out; the query tries once more after a short delay.
    await page.clock.runFor(1_000);
    await expect
      .poll(async () => {
        await page.clock.runFor(100);
        return rawHits.never;
      }, POLL)
      .toBe(2);
    await expect(failed(page).count()).resolves.toBe(0);

    await page.clock.runFor(FETCH_TIMEOUT_MS);
    await failed(page).waitFor();
    await expect(failed(page).textContent()).resolves.toContain(
      `Could not load the dataset (no answer within ${FETCH_TIMEOUT_MS / 1000} s).`,
    );
    await expect(failed(page).getByRole('button', { name: 'Retry' }).isEnabled()).resolves.toBe(
      true,
    );
    await expect(loading(page).count()).resolves.toBe(0);
    await expectInert(w, url);
    expect(w.errors, 'console or page errors').toEqual([]);
  });
});

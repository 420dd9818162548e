/**
 * Your own timeline in the page and what you take away (issue 10, sections 2 and 3): a file
 * opened with the "Open a file" control or dropped on the page, its problems, the way back, the
 * dataset JSON download, the embed code dialog, and the SVG, PNG and CSV exports, also from the
 * custom element. Checked in the built app under its Content-Security-Policy.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import type { TestPage } from './browser';
import { appUrl, launchBrowser, newPage, closePagesAfterEach, liveFileInput } from './browser';
import { startStaticServer } from './static-server';

const POLL = { timeout: 15_000 };
const EXAMPLE_PATH = new URL('../../public/examples/treaty-anniversaries.json', import.meta.url);
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PATH, 'utf8');
const EXAMPLE_TITLE = 'The 1961 treaty and its anniversaries';
const BUNDLED_TITLE = 'China–North Korea relations, 1949–2025';

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

closePagesAfterEach(open, { clean: true });

async function openApp(search = ''): Promise<TestPage> {
  const t = await newPage(browser);
  open.push(t);
  await t.page.goto(appUrl(search));
  await chart(t.page).waitFor(POLL);
  await liveFileInput(t.page);
  return t;
}

const chart = (page: Page | Locator, name: string | RegExp = /^Timeline chart, \d+ events$/) =>
  page.getByRole('group', { name });

const fileInput = (page: Page) => page.getByLabel('Open a file');

async function eventsShown(page: Page | Locator): Promise<number> {
  const name = await chart(page).getAttribute('aria-label');
  const m = /(\d+) events$/.exec(name ?? '');
  if (!m) throw new Error(`no event count in ${name}`);
  return Number(m[1]);
}

/** Clicks and returns the file the page saves, by playwright's download event. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: saved.suggestedFilename(), bytes: await readDownload(saved) };
}

async function readDownload(saved: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = await saved.createReadStream();
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Records of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * The event rows of an exported CSV: after the header, without TimelineJS's "title" row (Type
 * "title"), which carries the timeline's title rather than an event.
 */
function eventRows(text: string): string[][] {
  const [header, ...rows] = csvRecords(text).filter((r) => r.join('') !== '');
  const type = header?.indexOf('Type') ?? -1;
  expect(type).toBeGreaterThanOrEqual(0);
  expect(rows.filter((r) => r[type] === 'title')).toHaveLength(1);
  return rows.filter((r) => r[type] !== 'title');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('opening a file in the page', () => {
  it('draws a file chosen with the "Open a file" control, and offers its dataset JSON', async () => {
    const { page } = await openApp();
    await fileInput(page).setInputFiles({
      name: 'treaty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(EXAMPLE_TEXT),
    });
    await page.getByRole('heading', { level: 1, name: EXAMPLE_TITLE }).waitFor(POLL);
    expect(await eventsShown(page)).toBe(2);
    await expect
      .poll(() => chart(page).getByRole('button').allTextContents())
      .toEqual([expect.stringContaining('Treaty signed'), expect.stringContaining('60th')]);
    const note = page.getByRole('region', { name: /Showing your file treaty\.json/ });
    expect(await note.textContent()).toContain('not uploaded');
    expect(await note.textContent()).toContain('cannot show it to anyone else');

    const saved = await download(page, page.getByRole('button', { name: 'Download dataset JSON' }));
    expect(saved.name).toBe('treaty.json');
    const text = saved.bytes.toString('utf8');
    const value: unknown = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const expected = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
    delete expected.$schema;
    expect(value).toMatchObject(expected);
  });

  it('lists the problems of a bad file by path, and goes back to the bundled timeline', async () => {
    const { page } = await openApp();
    const bundled = await chart(page).getAttribute('aria-label');
    const bad = JSON.parse(EXAMPLE_TEXT) as { events: { date: string }[] };
    const second = bad.events[1];
    if (!second) throw new Error('the example has two events');
    second.date = '2021-13-01';
    await fileInput(page).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problems = page.getByRole('alert');
    await problems.filter({ hasText: 'This dataset cannot be shown' }).waitFor(POLL);
    expect(await problems.textContent()).toContain('events[1].date');
    expect(await chart(page).count()).toBe(0);
    // A bad file has nothing valid to download.
    expect(await page.getByRole('button', { name: 'Download dataset JSON' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Back to the bundled timeline' }).click();
    // The bundled timeline again, whole.
    await chart(page, bundled ?? '').waitFor(POLL);
    await page.getByRole('heading', { level: 1, name: BUNDLED_TITLE }).waitFor();
    expect(await fileInput(page).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('takes a file dropped anywhere on the page, showing a hint while it is dragged', async () => {
    const { page } = await openApp();
    // The drop target comes with the page tools, which are in the prerendered HTML but come to
    // life (React hydrates them, setting its props on the element) once their chunk has loaded.
    await fileInput(page).waitFor({ state: 'attached' });
    await expect
      .poll(
        () =>
          fileInput(page).evaluate((el) => Object.keys(el).some((k) => k.startsWith('__react'))),
        POLL,
      )
      .toBe(true);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, EXAMPLE_TEXT);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.getByText('Drop the file to open it here').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.getByRole('heading', { level: 1, name: EXAMPLE_TITLE }).waitFor(POLL);
    expect(await eventsShown(page)).toBe(2);
    expect(await page.getByText('Drop the file to open it here').count()).toBe(0);
  });
});

describe('embed code', () => {
  it('opens a dialog with three snippets of the current view; Copy, Escape and focus work', async () => {
    const t = await openApp('?q=anniversary&from=2019&event=ties-75th-messages-2024');
    const { page } = t;
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    const opener = page.getByRole('button', { name: 'Embed code' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await dialog.waitFor(POLL);

    const iframe = await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue();
    expect(iframe).toContain('embed=1');
    expect(iframe).toContain('q=anniversary');
    expect(iframe).toContain('from=2019');
    expect(iframe).toContain('event=ties-75th-messages-2024');
    expect(iframe).toContain('style="width:100%;height:640px;border:0"');
    expect(iframe).toContain('/embed/host.js');
    const element = await dialog.getByRole('textbox', { name: 'Custom element' }).inputValue();
    expect(element).toContain('<china-dprk-timeline');
    expect(element).toContain('from="2019"');
    expect(element).toContain('event="ties-75th-messages-2024"');
    // The element reads the search from its q attribute, so the snippet keeps it.
    expect(element).toContain('q="anniversary"');
    expect(await dialog.textContent()).not.toContain('search is left out');
    const react = await dialog.getByRole('textbox', { name: 'React component' }).inputValue();
    expect(react).toContain('<ChinaDprkTimeline');
    expect(react).toContain('from: 2019');
    expect(react).toContain('q: "anniversary"');
    expect(react).toContain('/data/china-dprk.json');

    await dialog.getByRole('button', { name: 'Copy Iframe' }).click();
    await dialog.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);

    expect(describeViolations(await axeViolations(page))).toBe('');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('names the linked dataset in every snippet', async () => {
    const { page } = await openApp('?data=examples/treaty-anniversaries.json');
    await page.getByRole('button', { name: 'Embed code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    const dataset = appUrl('examples/treaty-anniversaries.json');
    expect(await dialog.getByRole('textbox', { name: 'Iframe' }).inputValue()).toContain(
      `data=${encodeURIComponent(dataset)}`,
    );
    expect(await dialog.getByRole('textbox', { name: 'Custom element' }).inputValue()).toContain(
      `dataset-url="${dataset}"`,
    );
    expect(await dialog.getByRole('textbox', { name: 'React component' }).inputValue()).toContain(
      `datasetUrl={"${dataset}"}`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('export what you see', () => {
  it('saves the chart as a self-contained SVG with the shown titles, title and credit', async () => {
    const { page } = await openApp('?q=anniversary');
    const shown = await eventsShown(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(12);
    const titles = await chart(page).locator('.mark-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const saved = await download(page, page.getByRole('button', { name: 'SVG' }));
    expect(saved.name).toMatch(/\.svg$/);
    const svg = saved.bytes.toString('utf8');
    for (const title of titles) expect(svg).toContain(title);
    expect(svg).toContain(BUNDLED_TITLE);
    expect(svg).toMatch(/Sources: [^<]+\./);
    // Self-contained: nothing that needs the page's stylesheet or another file.
    expect(svg).not.toMatch(/var\(--|\sclass="|\sstyle="|href="http|url\(http/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        name: root.localName,
        ns: root.namespaceURI,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
      };
    }, svg);
    expect(parsed).toMatchObject({ error: false, name: 'svg', ns: 'http://www.w3.org/2000/svg' });
    const chartWidth = await chart(page).evaluate((el) => el.getAttribute('width'));
    expect(parsed.width).toBe(chartWidth);
    expect(Number(parsed.height)).toBeGreaterThan(0);
  });

  it('saves a PNG at twice the chart’s pixel size', async () => {
    const { page } = await openApp('?theme=dark');
    const svg = (await download(page, page.getByRole('button', { name: 'SVG' }))).bytes.toString();
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBe(Number(await chart(page).getAttribute('width')));
    const png = await download(page, page.getByRole('button', { name: 'PNG' }));
    expect(png.name).toMatch(/\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
  });

  it('saves one CSV row per event shown after the filters', async () => {
    const { page } = await openApp('?q=anniversary');
    const shown = await eventsShown(page);
    const csv = await download(page, page.getByRole('button', { name: 'CSV' }));
    expect(csv.name).toMatch(/\.csv$/);
    expect(eventRows(csv.bytes.toString('utf8'))).toHaveLength(shown);
  });

  it('exports from the custom element too (its chart is in a shadow root)', async () => {
    const t = await newPage(browser);
    open.push(t);
    const host = appUrl('io-element-host.html');
    await t.page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><body>
          <script type="module" src="embed/china-dprk-timeline.js"></script>
          <china-dprk-timeline leader="kim-jong-un"></china-dprk-timeline></body></html>`,
      }),
    );
    await t.page.goto(host);
    const element = t.page.locator('china-dprk-timeline');
    await chart(element).waitFor(POLL);
    const shown = await eventsShown(element);
    const svg = await download(t.page, element.getByRole('button', { name: 'SVG' }));
    expect(svg.bytes.toString('utf8')).toContain('<svg');
    const csv = await download(t.page, element.getByRole('button', { name: 'CSV' }));
    expect(eventRows(csv.bytes.toString('utf8'))).toHaveLength(shown);
  });
});

describe('export inside an iframe on another origin', () => {
  it('saves the CSV of what the frame shows', async () => {
    // A host page served from another origin (another port), as a third-party site would be.
    const dir = mkdtempSync(join(tmpdir(), 'io-host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><title>Host</title><body>
        <iframe src="${appUrl('?embed=1&leader=kim-jong-un')}" title="Timeline"></iframe>
        </body></html>`,
    );
    const host = await startStaticServer(dir);
    try {
      const t = await newPage(browser);
      open.push(t);
      await t.page.goto(host.url);
      const frame = t.page.frameLocator('iframe').locator('body');
      // The app first: until it starts, the frame shows the prerendered, unfiltered chart.
      await t.page.frameLocator('iframe').locator('html[data-app]').waitFor(POLL);
      await chart(frame).waitFor(POLL);
      const shown = await eventsShown(frame);
      const csv = await download(t.page, frame.getByRole('button', { name: 'CSV' }));
      expect(eventRows(csv.bytes.toString('utf8'))).toHaveLength(shown);
    } finally {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the new controls for everyone', () => {
  it('are reached by the keyboard, and axe finds nothing', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'CSV' }).waitFor(POLL);
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        return (labelled?.textContent ?? el.textContent ?? '').trim();
      });
      reached.add(name);
    }
    for (const name of ['Open a file', 'Embed code', 'SVG', 'PNG', 'CSV'])
      expect([...reached]).toContain(name);
    expect(describeViolations(await axeViolations(page))).toBe('');
  });
});

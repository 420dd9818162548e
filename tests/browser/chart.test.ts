/**
 * The chart's promises beyond the bundled dozen events, in Chromium: a dense chart (over 400
 * events) drawn as a canvas that a click and the keyboard still reach, the overview brush, a
 * selection made elsewhere bringing its mark into view, five sides in five lanes, and marks whose
 * names start with the label they show.
 */
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'culori';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-dataset';
import type { Theme } from '../../src/domain/lane-palette';
import { LANE_PALETTE } from '../../src/domain/lane-palette';
import { describeViolations } from './axe';
import type { TestPage } from './browser';
import { appUrl, closePagesAfterEach, launchBrowser, newPage, waitForApp } from './browser';

const POLL = { timeout: 15_000 };
const DENSE_COUNT = 450;

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

closePagesAfterEach(open, { clean: true });

const chart = (page: Page) => page.getByRole('group', { name: /^Timeline chart, \d+ events?$/ });

/** Opens the app at `search`; `dataset` is served as dense.json beside the app. */
async function openApp(search = '', dataset?: unknown): Promise<Page> {
  const t = await newPage(browser);
  open.push(t);
  if (dataset !== undefined) {
    await t.page.route(appUrl('dense.json'), (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
  }
  await t.page.goto(appUrl(search));
  // The app first: until it starts, a prerendered page shows the bundled chart, whatever ?data= says.
  await waitForApp(t.page);
  await chart(t.page).waitFor();
  return t.page;
}

/** The plot's zoom transform, as the chart applies it. */
async function transform(page: Page): Promise<{ k: number; x: number }> {
  return page.locator('.plot').evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      k: Number(style.getPropertyValue('--k') || '1'),
      x: Number(style.getPropertyValue('--tx') || '0'),
    };
  });
}

/** Where the density canvas has painted something: [x, y] in page pixels, or null. */
async function paintedPixel(page: Page): Promise<{ x: number; y: number; count: number } | null> {
  return page.locator('canvas.density-layer').evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const box = canvas.getBoundingClientRect();
    let count = 0;
    let first: { x: number; y: number } | null = null;
    for (let i = 3; i < data.length; i += 4) {
      if ((data[i] ?? 0) === 0) continue;
      count++;
      const p = (i - 3) / 4;
      // A painted pixel away from any element mark: most of the dense layer is exactly that.
      if (!first && p % width > 40) {
        first = {
          x: box.left + ((p % width) * box.width) / width,
          y: box.top + (Math.floor(p / width) * box.height) / height,
        };
      }
    }
    return first && { ...first, count };
  });
}

/**
 * The share of the density canvas's painted pixels whose colour is, within rounding, one of
 * `theme`'s lane colours (LANE_PALETTE, which timeline.css declares as --lane-color-N).
 */
async function themeShare(page: Page, theme: Theme): Promise<number> {
  const palette = LANE_PALETTE[theme].map((hex) => {
    const c = parse(hex);
    if (c?.mode !== 'rgb') throw new Error(`not an sRGB colour: ${hex}`);
    return [c.r, c.g, c.b].map((v) => Math.round(v * 255));
  });
  return page.locator('canvas.density-layer').evaluate((node, colours) => {
    const canvas = node as HTMLCanvasElement;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let matched = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) === 0) continue;
      painted++;
      // Translucent ticks come back un-premultiplied, a unit or two off their colour.
      const near = colours.some((c) => c.every((v, k) => Math.abs(v - (data[i + k] ?? 0)) <= 4));
      if (near) matched++;
    }
    return painted === 0 ? 0 : matched / painted;
  }, palette);
}

describe(`a dense chart (${DENSE_COUNT} events)`, () => {
  const dataset = generateDataset(DENSE_COUNT, 7);

  it('draws every event in the density canvas, and a click there selects the nearest', async () => {
    const page = await openApp('?data=dense.json', dataset);
    await expect(chart(page).getAttribute('aria-label')).resolves.toBe(
      `Timeline chart, ${DENSE_COUNT} events`,
    );
    // Only some marks are elements; the canvas draws the rest.
    expect(await chart(page).getByRole('button').count()).toBeLessThan(DENSE_COUNT);
    // The page tools and export menu load after the first view and take room above the chart:
    // positions are read once they are in place, as a reader would click.
    await page.getByLabel('Open a file').waitFor();
    await page.getByRole('button', { name: 'CSV' }).waitFor();
    await expect.poll(async () => (await paintedPixel(page))?.count ?? 0, POLL).toBeGreaterThan(0);
    const pixel = await paintedPixel(page);
    if (!pixel) throw new Error('the density canvas painted nothing');
    await page.mouse.click(pixel.x + 0.5, pixel.y + 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('event'), POLL).not.toBeNull();
    const id = new URL(page.url()).searchParams.get('event') ?? '';
    // The selected event is now an element, drawn where the click was.
    const box = await page.locator(`[data-id="${id}"] .focus-ring`).boundingBox();
    if (!box) throw new Error(`the selected event ${id} has no mark`);
    expect(Math.abs(box.y + box.height / 2 - (pixel.y + 2))).toBeLessThan(12);
    expect(pixel.x).toBeGreaterThan(box.x - 8);
  });

  it("paints its ticks in the lanes' colours of the theme shown, and again when it changes", async () => {
    const page = await openApp('?data=dense.json', dataset);
    await expect.poll(async () => (await paintedPixel(page))?.count ?? 0, POLL).toBeGreaterThan(0);
    const share = (theme: Theme) => themeShare(page, theme);
    expect(await share('light')).toBeGreaterThan(0.9);
    expect(await share('dark')).toBeLessThan(0.1);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => share('dark'), POLL).toBeGreaterThan(0.9);
    expect(await share('light')).toBeLessThan(0.1);
  });

  it('reaches every event with the arrow keys, and lists them all in the list view', async () => {
    const page = await openApp('?data=dense.json', dataset);
    const first = chart(page).locator('[data-id][tabindex="0"]');
    await first.focus();
    const seen = await page.evaluate(async (count) => {
      const ids: string[] = [];
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let i = 0; i < count; i++) {
        const active = document.activeElement as HTMLElement | null;
        ids.push(active?.getAttribute('data-id') ?? 'nothing focused');
        active?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await frame();
      }
      return ids;
    }, DENSE_COUNT);
    expect(new Set(seen).size).toBe(DENSE_COUNT);
    expect(seen).not.toContain('nothing focused');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('list', { name: 'Events in time order' });
    await list.waitFor();
    // One item per event (each holds lists of its own, e.g. its sources).
    expect(await list.locator(':scope > li').count()).toBe(DENSE_COUNT);
  });
});

describe('the overview strip', () => {
  it('moves and zooms the chart to the range brushed across it', async () => {
    const page = await openApp();
    const overview = await page.locator('.overview-svg').boundingBox();
    if (!overview) throw new Error('the overview has no box');
    await expect.poll(() => page.locator('.overview-brush .overlay').count(), POLL).toBe(1);
    expect(await transform(page)).toEqual({ k: 1, x: 0 });
    const y = overview.y + overview.height / 3;
    await page.mouse.move(overview.x + overview.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(overview.x + overview.width * 0.8, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await transform(page)).k, POLL).toBeGreaterThan(1.5);
    expect((await transform(page)).x).toBeLessThan(0);
  });
});

describe('a selection made outside the chart', () => {
  it("pans the chart to the event's mark when it is outside the zoomed window", async () => {
    const page = await openApp('?event=friendship-treaty-1961');
    const panel = page.getByRole('region', { name: /treaty of friendship/ });
    await panel.waitFor();
    // Zoom in on the start of the chart, where the 1961 treaty is.
    const overview = await page.locator('.overview-svg').boundingBox();
    if (!overview) throw new Error('the overview has no box');
    await expect.poll(() => page.locator('.overview-brush .overlay').count(), POLL).toBe(1);
    const y = overview.y + overview.height / 3;
    await page.mouse.move(overview.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(overview.x + overview.width * 0.3, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await transform(page)).k, POLL).toBeGreaterThan(2);

    const plot = await chart(page).boundingBox();
    if (!plot) throw new Error('the chart has no box');
    const mark = page.locator('[data-id="xi-visits-pyongyang-2019"] .focus-ring');
    const centre = async () => {
      const b = await mark.boundingBox();
      return b ? b.x + b.width / 2 : Number.NaN;
    };
    expect(await centre()).toBeGreaterThan(plot.x + plot.width);
    await panel.getByRole('button', { name: /^Next: / }).click();
    await page.getByRole('region', { name: /Xi Jinping visits Pyongyang/ }).waitFor();
    await expect.poll(centre, POLL).toBeLessThan(plot.x + plot.width);
    expect(await centre()).toBeGreaterThan(plot.x);
  });
});

describe('a dataset with five sides', () => {
  it('draws five lanes plus the joint one, each in its own colour', async () => {
    const page = await openApp('?data=examples/summit-diplomacy-2018-2019.json');
    await expect(page.locator('.lane-name').allTextContents()).resolves.toEqual([
      'North Korea',
      'Both sides',
      'China',
      'South Korea',
      'United States',
      'Russia',
    ]);
    const colours = await chart(page)
      .locator('.mark')
      .evaluateAll((marks) => {
        const byLane = new Map<string, Set<string>>();
        for (const m of marks) {
          const lane = [...m.classList].find((c) => /^lane-\d$/.test(c)) ?? '?';
          const shape = m.querySelector('.mark-shape, .band-cap');
          const fill = shape ? getComputedStyle(shape).fill : '?';
          byLane.set(lane, (byLane.get(lane) ?? new Set()).add(fill));
        }
        return [...byLane].map(([lane, fills]) => [lane, [...fills]] as const);
      });
    expect(colours.map(([lane]) => lane).sort()).toEqual([
      'lane-0',
      'lane-1',
      'lane-2',
      'lane-3',
      'lane-4',
      'lane-5',
    ]);
    // One colour per lane, and no two lanes alike.
    for (const [, fills] of colours) expect(fills).toHaveLength(1);
    expect(new Set(colours.map(([, fills]) => fills[0])).size).toBe(6);
  });
});

describe('the marks’ names', () => {
  it('contain the label each mark shows (axe: label-content-name-mismatch)', async () => {
    for (const search of ['', '?data=examples/summit-diplomacy-2018-2019.json']) {
      const page = await openApp(search);
      const results = await new AxeBuilder({ page })
        .withRules(['label-content-name-mismatch'])
        .analyze();
      expect(results.passes.flatMap((r) => r.nodes).length).toBeGreaterThan(0);
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
    }
  });
});

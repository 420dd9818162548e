/**
 * The first screen a reader gets, issue 11: on a phone the filters fold behind "Filters (n)" so
 * the chart shows; on a wide screen they stay open; the search placeholder is not cut off; and
 * the first Tab offers "Skip to the timeline", which lands on the chart's first event.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPage, Viewport } from './browser';
import {
  DESKTOP,
  PHONE,
  appUrl,
  closePagesAfterEach,
  launchBrowser,
  layoutShift,
  liveFileInput,
  newPage,
  waitForApp,
  watchLayoutShift,
} from './browser';

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

closePagesAfterEach(open, { clean: true });

async function openApp(viewport: Viewport, search = ''): Promise<Page> {
  const t = await newPage(browser, { viewport });
  open.push(t);
  await t.page.goto(appUrl(search));
  await waitForApp(t.page);
  await t.page.getByRole('group', { name: /^Timeline chart, \d+ events$/ }).waitFor();
  return t.page;
}

const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters( \(\d+\))?$/ });

/** The placeholder's width in the input's own font, against the room the input gives it. */
function placeholderFits(input: Locator) {
  return input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(el.placeholder).width, room };
  });
}

describe('on a 375×740 phone', () => {
  it('folds the filters behind a Filters button that counts them', async () => {
    const page = await openApp(PHONE, '?leader=kim-jong-un&from=2025&to=2025');
    const button = filtersButton(page);
    await expect(button.textContent()).resolves.toBe('Filters (2)');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(search(page).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Kim Jong Un' }).isVisible()).resolves.toBe(
      false,
    );
    // The count and "Clear filters" stay in sight.
    await expect(page.getByText('Showing 4 of 13 events').isVisible()).resolves.toBe(true);

    await button.click();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(search(page).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Kim Jong Un' }).isChecked()).resolves.toBe(
      true,
    );
    const { text, room } = await placeholderFits(search(page));
    expect(text, 'the search placeholder fits its field').toBeLessThanOrEqual(room);
  });

  it('opens a shared link with filters drawn at once from the page, and nothing on it moves', async () => {
    // Not the view the page was prerendered with, so the app renders its own: from the dataset
    // the page carries, in its first render, with the tools' room held until they are alive. A
    // reader tapping "Filters" as the page comes alive must not have it jump from under them.
    const t = await newPage(browser, { viewport: PHONE });
    open.push(t);
    const downloads: string[] = [];
    t.page.on('request', (request) => {
      if (request.url().endsWith('.json')) downloads.push(request.url());
    });
    await watchLayoutShift(t.page);
    await t.page.goto(appUrl('?leader=kim-jong-un&from=2025&to=2025'));
    await waitForApp(t.page);
    await expect(
      t.page.getByRole('group', { name: /^Timeline chart, \d+ events$/ }).count(),
      'drawn in the same render that started the app',
    ).resolves.toBe(1);
    await expect(t.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'China–North Korea relations, 1949–2025',
    );
    await liveFileInput(t.page);
    await expect(t.page.getByRole('button', { name: 'Embed code' }).isEnabled()).resolves.toBe(
      true,
    );
    // Two frames: whatever the tools' arrival moves has moved by then.
    await t.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(await layoutShift(t.page)).toBe(0);
    expect(downloads, 'the dataset downloaded again').toEqual([]);
  });

  it('shows at least 8 of the 13 event marks without scrolling (issue 11)', async () => {
    const page = await openApp(PHONE);
    const marks = page
      .getByRole('group', { name: /^Timeline chart/ })
      .getByRole('button', { name: /^\S.*: / });
    const inFirstScreen = await marks.evaluateAll(
      (nodes, height) =>
        nodes.filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && box.top >= 0 && box.bottom <= height;
        }).length,
      PHONE.height,
    );
    await expect(marks.count()).resolves.toBe(13);
    expect(inFirstScreen).toBeGreaterThanOrEqual(8);
  });
});

describe('on a 1280×800 screen', () => {
  it('shows the filters, with no Filters button, and the placeholder fits', async () => {
    const page = await openApp(DESKTOP);
    await expect(filtersButton(page).isVisible()).resolves.toBe(false);
    await expect(search(page).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Xi Jinping' }).isVisible()).resolves.toBe(
      true,
    );
    const { text, room } = await placeholderFits(search(page));
    expect(text, 'the search placeholder fits its field').toBeLessThanOrEqual(room);
  });
});

describe.each<[string, Viewport]>([
  ['1280×800', DESKTOP],
  ['375×740', PHONE],
])('the skip link at %s', (_, viewport) => {
  it('is the first Tab stop, shows when focused, and takes focus to the first event', async () => {
    const page = await openApp(viewport);
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    const hiddenBox = await skip.evaluate((el) => getComputedStyle(el).clipPath);
    expect(hiddenBox, 'clipped away until focused').not.toBe('none');

    await page.keyboard.press('Tab');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.evaluate((el) => getComputedStyle(el).clipPath)).resolves.toBe('none');
    const box = await skip.boundingBox();
    expect(box?.width ?? 0, 'visible on focus').toBeGreaterThan(40);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);

    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
    ).resolves.toMatch(/^6 Oct 1949: /);
    expect(new URL(page.url()).hash, 'the view state URL gets no fragment').toBe('');
  });
});

/**
 * The built app in Chromium, used as a reader would: found by role and accessible name, checked
 * by what shows on screen, in the URL and under the keyboard focus.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import type { NewPageOptions, TestPage, Viewport } from './browser';
import {
  DESKTOP,
  PHONE,
  appUrl,
  launchBrowser,
  newPage,
  closePagesAfterEach,
  waitForApp,
} from './browser';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const TITLE = 'China–North Korea relations, 1949–2025';
const ALL_EVENTS = 'Timeline chart, 13 events';
/** Waiting on an animation: generous, since a loaded machine renders slowly. */
const POLL = { timeout: 10_000 };

/** The marks' accessible names, as the chart announces them: the visible label first. */
const FIRST_MARK =
  /^6 Oct 1949: Diplomatic ties established — China and North Korea establish diplomatic relations$/;
const SECOND_MARK =
  /^11 Jul 1961: Friendship treaty — The two countries sign a treaty of friendship/;
const ANNIVERSARY_MARK = /^6 Oct 2024: Ties' 75th: messages — Messages on the 75th anniversary/;
const TALKS_MARK = /^4 Sep 2025: Xi–Kim talks — Xi and Kim hold talks in Beijing$/;

const ANNIVERSARY = 'Messages on the 75th anniversary of diplomatic ties';
const TREATY = 'The two countries sign a treaty of friendship and mutual aid';
const TALKS = 'Xi and Kim hold talks in Beijing';
const XI_REPLY = 'Xi tells Kim China is ready to strengthen strategic cooperation';

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

// Every page, whatever the test checked, must have run without errors or network access.
closePagesAfterEach(open, { clean: true });

/** Opens the app at `search` and waits until the dataset has loaded and the view is drawn. */
async function openApp(search = '', options: NewPageOptions = {}): Promise<TestPage> {
  const t = await newPage(browser, options);
  open.push(t);
  await t.page.goto(appUrl(search));
  await waitForView(t.page);
  return t;
}

async function waitForView(page: Page) {
  // The app first: until it starts, a prerendered page shows the bundled chart, whatever the
  // address asks for.
  await waitForApp(page);
  await page
    .getByRole('group', { name: /^Timeline chart, \d+ events?$/ })
    .or(page.getByRole('list', { name: 'Events in time order' }))
    .waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const chart = (page: Page, name: string | RegExp = /^Timeline chart, \d+ events?$/) =>
  page.getByRole('group', { name });

const mark = (page: Page, name: RegExp) => chart(page).getByRole('button', { name });

const detail = (page: Page, title: string) => page.getByRole('region', { name: title });

/** Clicks an event's dot (its label lets clicks through, as it does for a reader's pointer). */
async function clickMark(page: Page, name: RegExp) {
  await mark(page, name).locator('.mark-shape, .band-cap').first().click();
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** The plot's zoom factor, as the chart applies it (the `--k` custom property). */
async function zoomFactor(page: Page): Promise<number> {
  return page
    .locator('.plot')
    .evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--k') || '1'));
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

const contains = (outer: Box, inner: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not rendered`);
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** Each event mark that is hidden or (with its label) not wholly inside the chart, by name. */
async function marksOutsideChart(page: Page): Promise<string[]> {
  const group = chart(page);
  const svgBox = await boxOf(group);
  const problems: string[] = [];
  for (const m of await group.getByRole('button').all()) {
    const name = await m.getAttribute('aria-label');
    if (!(await m.isVisible())) problems.push(`${name} is not visible`);
    else if (!contains(svgBox, await boxOf(m))) problems.push(`${name} sticks out of the chart`);
  }
  return problems;
}

describe('opening the app', () => {
  it('shows the heading, the chart and a mark for each of the 13 events, without errors', async () => {
    const { page, errors } = await openApp();
    await expect(
      page.getByRole('heading', { level: 1, name: TITLE, exact: true }).isVisible(),
    ).resolves.toBe(true);
    const group = chart(page, ALL_EVENTS);
    await expect(group.isVisible()).resolves.toBe(true);
    const marks = group.getByRole('button');
    await expect(marks.count()).resolves.toBe(13);
    await expect(marks.first().getAttribute('aria-label')).resolves.toMatch(FIRST_MARK);
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing all 13 events' }).count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});

describe.each<[string, Viewport]>([
  ['desktop 1280×800', DESKTOP],
  ['phone 375×740', PHONE],
])('the layout on %s', (_, viewport) => {
  it('shows every mark inside the chart, and no two labels overlap', async () => {
    const { page } = await openApp('', { viewport });
    const group = chart(page, ALL_EVENTS);
    const svgBox = await boxOf(group);
    expect(svgBox.right, 'the chart fits the viewport').toBeLessThanOrEqual(viewport.width);
    await expect(group.getByRole('button').count()).resolves.toBe(13);

    // Every problem is collected first, so a failure lists them all. The layout is read until it
    // has settled: a relayout after the first paint (the lazily loaded zoom, a late size change)
    // may move labels once, and what counts is what the reader then sees.
    const collect = async (): Promise<string[]> => {
      const box = await boxOf(group);
      const problems = await marksOutsideChart(page);
      const labels = await page.locator('.mark-label').evaluateAll((nodes) =>
        nodes
          .map((n) => {
            const r = n.getBoundingClientRect();
            return {
              text: Array.from(n.querySelectorAll('tspan'), (t) => t.textContent).join(' '),
              left: r.left,
              top: r.top,
              right: r.right,
              bottom: r.bottom,
            };
          })
          .filter((r) => r.right > r.left && r.bottom > r.top),
      );
      expect(labels.length, 'some labels are shown').toBeGreaterThan(0);
      labels.forEach((a, i) => {
        if (!contains(box, a)) problems.push(`label "${a.text}" sticks out of the chart`);
        labels.slice(i + 1).forEach((b) => {
          if (overlaps(a, b)) problems.push(`label "${a.text}" overlaps "${b.text}"`);
        });
      });
      return problems;
    };
    await expect.poll(collect, { timeout: 5_000 }).toEqual([]);
  });
});

describe('selecting an event', () => {
  it('opens its details, puts it in the URL and shows its two sources side by side', async () => {
    const { page } = await openApp();
    await clickMark(page, ANNIVERSARY_MARK);
    const panel = detail(page, ANNIVERSARY);
    await panel.waitFor();
    await expect(
      panel.getByRole('heading', { level: 2, name: ANNIVERSARY, exact: true }).isVisible(),
    ).resolves.toBe(true);
    await page.waitForURL((url) => url.searchParams.get('event') === 'ties-75th-messages-2024');
    await expect(mark(page, ANNIVERSARY_MARK).getAttribute('aria-pressed')).resolves.toBe('true');

    await expect(panel.getByRole('heading', { name: 'Sources (2)' }).isVisible()).resolves.toBe(
      true,
    );
    const inquirer = await panel
      .getByRole('article')
      .filter({ hasText: 'Inquirer.net (Global Nation)' })
      .boundingBox();
    const pressTv = await panel.getByRole('article').filter({ hasText: 'Press TV' }).boundingBox();
    expect(inquirer).not.toBeNull();
    expect(pressTv).not.toBeNull();
    if (!inquirer || !pressTv) return;
    expect(Math.abs(inquirer.y - pressTv.y), 'the cards start at the same height').toBeLessThan(2);
    expect(inquirer.x + inquirer.width, 'Inquirer.net is left of Press TV').toBeLessThanOrEqual(
      pressTv.x,
    );
  });
});

describe('filters', () => {
  it('narrow the chart by leader and by year, write them to the URL, and clear', async () => {
    const { page } = await openApp();
    const kimIlSung = page.getByRole('checkbox', { name: 'Kim Il Sung' });
    await kimIlSung.click();
    await chart(page, 'Timeline chart, 1 event').waitFor();
    await expect(chart(page).getByRole('button').count()).resolves.toBe(1);
    await expect(mark(page, SECOND_MARK).isVisible()).resolves.toBe(true);
    expect(searchParams(page).get('leader')).toBe('kim-il-sung');
    await expect(kimIlSung.isChecked()).resolves.toBe(true);

    await kimIlSung.click();
    await chart(page, ALL_EVENTS).waitFor();
    expect(searchParams(page).has('leader')).toBe(false);

    await page.getByRole('button', { name: '2022', exact: true }).click();
    await chart(page, 'Timeline chart, 4 events').waitFor();
    await expect(chart(page).getByRole('button').count()).resolves.toBe(4);
    expect(searchParams(page).get('from')).toBe('2022');
    expect(searchParams(page).get('to')).toBe('2022');
    await expect(page.getByText('Showing 4 of 13 events').isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await chart(page, ALL_EVENTS).waitFor();
    expect(page.url()).toBe(appUrl());
    await expect(page.getByText('Showing all 13 events').isVisible()).resolves.toBe(true);
  });
});

describe('the URL', () => {
  const DEEP_LINK = '?leader=xi-jinping&from=2024&to=2025&event=xi-reply-prc-76th-2025';

  async function expectDeepLinkView(page: Page) {
    await detail(page, XI_REPLY).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Xi Jinping' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('combobox', { name: 'From' }).inputValue()).resolves.toBe('2024');
    await expect(page.getByRole('combobox', { name: 'To' }).inputValue()).resolves.toBe('2025');
    await expect(chart(page).getAttribute('aria-label')).resolves.toBe('Timeline chart, 5 events');
    // The chart moves to the linked years; each of the five events must still be in sight.
    await expect.poll(() => marksOutsideChart(page), POLL).toEqual([]);
  }

  it('opens the view a link describes, also on reload, and Back/Forward walk the selections', async () => {
    const { page } = await openApp(DEEP_LINK);
    await expectDeepLinkView(page);
    await page.reload();
    await waitForView(page);
    await expectDeepLinkView(page);

    await clickMark(page, ANNIVERSARY_MARK);
    await detail(page, ANNIVERSARY).waitFor();
    await clickMark(page, TALKS_MARK);
    await detail(page, TALKS).waitFor();
    expect(searchParams(page).get('event')).toBe('xi-kim-talks-beijing-2025');

    await page.goBack();
    await detail(page, ANNIVERSARY).waitFor();
    expect(searchParams(page).get('event')).toBe('ties-75th-messages-2024');
    await page.goBack();
    await expectDeepLinkView(page);
    await page.goForward();
    await detail(page, ANNIVERSARY).waitFor();
    await page.goForward();
    await detail(page, TALKS).waitFor();
    // The filters stayed as the link set them throughout.
    expect(searchParams(page).get('leader')).toBe('xi-jinping');
    expect(searchParams(page).get('from')).toBe('2024');
  });
});

describe('the keyboard', () => {
  it('reaches the marks with Tab, walks them with arrows, opens with Enter, closes with Escape', async () => {
    const { page } = await openApp();
    const group = chart(page, ALL_EVENTS);
    const first = mark(page, FIRST_MARK);
    const second = mark(page, SECOND_MARK);
    const ringStroke = (m: Locator) =>
      m.locator('.focus-ring').evaluate((el) => getComputedStyle(el).stroke);

    await expect(ringStroke(first), 'no ring before focus').resolves.toBe('none');
    let presses = 0;
    while (!(await group.evaluate((el) => el.contains(document.activeElement)))) {
      expect(presses++, 'Tab reaches the chart within 40 presses').toBeLessThan(40);
      await page.keyboard.press('Tab');
    }
    await expect(isFocused(first), 'Tab lands on the first event').resolves.toBe(true);
    await expect(ringStroke(first)).resolves.not.toBe('none');

    await page.keyboard.press('ArrowRight');
    await expect(isFocused(second), 'ArrowRight moves to the next event').resolves.toBe(true);
    await expect(ringStroke(second)).resolves.not.toBe('none');
    await expect(ringStroke(first), 'the ring left the first mark').resolves.toBe('none');

    await page.keyboard.press('Enter');
    const panel = detail(page, TREATY);
    await panel.waitFor();
    await page.waitForURL((url) => url.searchParams.get('event') === 'friendship-treaty-1961');
    await expect(
      isFocused(panel.getByRole('heading', { level: 2 })),
      'focus moves to the details',
    ).resolves.toBe(true);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction(
      (name) => document.activeElement?.getAttribute('aria-label')?.startsWith(name) === true,
      '11 Jul 1961: ',
    );
    await expect(isFocused(second), 'focus is back on the same mark').resolves.toBe(true);
    expect(searchParams(page).has('event')).toBe(false);
  });
});

describe('zoom', () => {
  async function markDistance(page: Page) {
    const a = await mark(page, FIRST_MARK).locator('.mark-shape').boundingBox();
    const b = await mark(page, ANNIVERSARY_MARK).locator('.mark-shape').boundingBox();
    if (!a || !b) throw new Error('marks have no boxes');
    return b.x - a.x;
  }

  it('zooms in with the button, back with Reset zoom, and with the mouse wheel', async () => {
    const { page } = await openApp();
    await expect(zoomFactor(page)).resolves.toBe(1);
    const before = await markDistance(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomFactor(page), POLL).toBeGreaterThan(1);
    await expect
      .poll(() => markDistance(page), { ...POLL, message: 'the marks spread apart' })
      .toBeGreaterThan(before + 10);
    // As a reader would, once the zoom has finished moving (Zoom in scales by 1.6).
    await expect.poll(() => zoomFactor(page), POLL).toBeCloseTo(1.6, 3);

    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => zoomFactor(page), POLL).toBe(1);
    await expect.poll(() => markDistance(page), POLL).toBeCloseTo(before, 0);

    const box = await chart(page).boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => zoomFactor(page), POLL).toBeGreaterThan(1);
  });

  it('keeps every mark, band and reply link where the settled view puts it while a drag pans', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomFactor(page), POLL).toBeCloseTo(1.6, 3);
    const shapes = page.locator('.plot .mark-shape, .plot .band-shape, .plot .reply-link path');
    const boxes = () =>
      shapes.evaluateAll((nodes) =>
        nodes.map((node) => {
          const r = node.getBoundingClientRect();
          return [r.left, r.width].map((v) => Math.round(v * 2) / 2);
        }),
      );
    const atRest = await boxes();
    expect(atRest.length).toBeGreaterThan(13);
    const offset = () =>
      page.locator('.plot').evaluate((el) => getComputedStyle(el).getPropertyValue('--tx'));
    const restingOffset = await offset();

    const box = await chart(page).boundingBox();
    if (!box) throw new Error('the chart has no box');
    const y = box.y + Math.min(box.height / 2, 300);
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 - i * 12, y);
    // Mid-gesture: placed frame by frame (src/timeline/plot-transform.ts), not by the stylesheet.
    const moving = await boxes();
    await page.mouse.up();
    await expect.poll(offset, POLL).not.toBe(restingOffset);
    const settled = await boxes();

    expect(moving, 'the same places mid-gesture as at rest').toEqual(settled);
    const [first] = atRest;
    const [firstSettled] = settled;
    expect(firstSettled?.[0], 'the drag moved the marks 120 px').toBeCloseTo(
      (first?.[0] ?? 0) - 120,
      0,
    );
  });
});

describe('accessibility (axe-core)', () => {
  const cases: [string, string, NewPageOptions, (page: Page) => Promise<void>][] = [
    ['the initial page', '', {}, async () => {}],
    [
      'the detail panel open',
      '?event=ties-75th-messages-2024',
      {},
      (page) => detail(page, ANNIVERSARY).waitFor(),
    ],
    [
      'the list view',
      '?view=list',
      {},
      async (page) => {
        await expect(
          page.getByRole('list', { name: 'Events in time order' }).isVisible(),
        ).resolves.toBe(true);
      },
    ],
    [
      'the dark theme',
      '',
      { colorScheme: 'dark' },
      async (page) => {
        await expect
          .poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'))
          .toBe('true');
      },
    ],
  ];

  it.each(cases)('finds no violations on %s', async (_, search, options, ready) => {
    const { page } = await openApp(search, options);
    await ready(page);
    const violations = await axeViolations(page);
    expect(describeViolations(violations)).toBe('');
  });
});

describe('printing', () => {
  it('prints the list of events with their sources, not the chart', async () => {
    const { page } = await openApp();
    await page.emulateMedia({ media: 'print' });
    const list = page.getByRole('list', { name: 'Events in time order' });
    // The list is rendered when the print media starts to apply.
    await list.waitFor();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(chart(page).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('toolbar', { name: 'Zoom' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('group', { name: 'Filters' }).isVisible()).resolves.toBe(false);

    const items = list.locator(':scope > li');
    await expect(items.count()).resolves.toBe(13);
    for (const item of await items.all()) {
      const title = await item.getByRole('heading', { level: 3 }).textContent();
      const sources = item.getByRole('list', { name: 'Sources' }).getByRole('article');
      await expect(sources.count(), `${title} has its sources`).resolves.toBeGreaterThan(0);
      await expect(sources.first().isVisible()).resolves.toBe(true);
    }
    const anniversary = items.filter({ hasText: ANNIVERSARY });
    await expect(anniversary.getByText('Inquirer.net (Global Nation)').isVisible()).resolves.toBe(
      true,
    );
    await expect(anniversary.getByText('Press TV').isVisible()).resolves.toBe(true);
  });
});

describe('screenshots', () => {
  async function shoot(
    name: string,
    search: string,
    options: NewPageOptions,
    ready: (page: Page) => Promise<void> = async () => {},
  ) {
    // Reduced motion: nothing is mid-animation when the picture is taken.
    const { page } = await openApp(search, { reducedMotion: 'reduce', ...options });
    await ready(page);
    await page.screenshot({ path: `${SCREENSHOTS}${name}`, fullPage: true });
    return page;
  }

  // docs/screenshot.png (the README's picture) is `npm run screenshots`'s: a test run leaves the
  // work tree as it was, so its own copy of that view goes here with the others.
  it('saves desktop, phone, dark and detail views, and the README view', async () => {
    await shoot('desktop-1280x800.png', '', { viewport: DESKTOP });
    await shoot('phone-375x740.png', '', { viewport: PHONE });
    await shoot('desktop-dark.png', '', { viewport: DESKTOP, colorScheme: 'dark' });
    const page = await shoot('detail-open.png', '?event=ties-75th-messages-2024', {}, (p) =>
      detail(p, ANNIVERSARY).waitFor(),
    );

    await page.goto(appUrl());
    await waitForView(page);
    await clickMark(page, /^6 Oct 1949: /);
    await detail(page, 'China and North Korea establish diplomatic relations').waitFor();
    const png = await page.screenshot({ path: `${SCREENSHOTS}readme-detail.png` });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

/**
 * The three ways in, on a third-party page (tests/embed-host, built to dist-host/ and served
 * from another origin than the app): the iframe with its host helper, two custom elements and
 * the React component. The host page carries hostile CSS that must not reach the embeds.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import type { TestPage } from './browser';
import { appUrl, launchBrowser, newPage, closePagesAfterEach } from './browser';
import type { StaticServer } from './static-server';
import { startStaticServer } from './static-server';

const HOST_DIR = fileURLToPath(new URL('../../dist-host/', import.meta.url));
const POLL = { timeout: 15_000 };

let browser: Browser;
let host: StaticServer;
const open: TestPage[] = [];

beforeAll(async () => {
  if (!existsSync(`${HOST_DIR}index.html`)) {
    throw new Error('dist-host/ is missing: run `npm run build:host` (npm test does).');
  }
  host = await startStaticServer(HOST_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

// Every page, whatever the test checked, must have run without errors or network access.
closePagesAfterEach(open, { clean: true });

/** The host page, told where the app is; waits until all three embeds have drawn. */
async function openHost(search = ''): Promise<TestPage> {
  const t = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  open.push(t);
  const url = new URL(host.url);
  url.search = search;
  url.searchParams.set('app', appUrl());
  await t.page.goto(url.href);
  await frame(t.page)
    .getByRole('group', { name: /^Timeline chart/ })
    .waitFor(POLL);
  await element(t.page, 0)
    .getByRole('group', { name: /^Timeline chart/ })
    .waitFor(POLL);
  await element(t.page, 1)
    .getByRole('group', { name: /^Timeline chart/ })
    .waitFor(POLL);
  await reactHost(t.page)
    .getByRole('group', { name: /^Timeline chart/ })
    .waitFor(POLL);
  return t;
}

const frame = (page: Page): FrameLocator => page.frameLocator('iframe[title^="China–North Korea"]');
/** Locators pierce open shadow roots, so a custom element is searched like any element. */
const element = (page: Page, n: number): Locator => page.locator('china-dprk-timeline').nth(n);
const reactHost = (page: Page): Locator => page.locator('#react-root');

describe('the iframe', () => {
  it('is sized to its content by the host helper', async () => {
    const { page } = await openHost();
    const iframe = page.locator('iframe[title^="China–North Korea"]');
    await expect
      .poll(async () => {
        const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
        const inner = await frame(page)
          .locator('html')
          .evaluate((el) => el.getBoundingClientRect().height);
        // The frame's box includes its 1 px border on each side.
        return Math.abs(outer - 2 - inner) <= 1 && inner > 400;
      }, POLL)
      .toBe(true);
    // And it follows the content when the content grows (the detail panel opens).
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    await frame(page)
      .getByRole('button', { name: /^6 Oct 2024: / })
      .click();
    await frame(page)
      .getByRole('region', { name: /75th anniversary/ })
      .waitFor();
    await expect
      .poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height), POLL)
      .toBeGreaterThan(before);
  });

  it('tells the host what was selected, and the host keeps it in its own URL', async () => {
    const { page } = await openHost();
    await frame(page)
      .getByRole('button', { name: /^4 Sep 2025: / })
      .click();
    await expect
      .poll(() => page.locator('#iframe-selection').textContent(), POLL)
      .toBe('4 Sep 2025: Xi and Kim hold talks in Beijing');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('timeline'), POLL)
      .toBe('event=xi-kim-talks-beijing-2025');
  });

  it('applies a state the host sends in', async () => {
    const { page } = await openHost();
    await page.getByRole('button', { name: 'Show Kim Jong Un in 2025' }).click();
    await frame(page).getByRole('group', { name: 'Timeline chart, 4 events' }).waitFor(POLL);
    expect(await frame(page).getByRole('checkbox', { name: 'Kim Jong Un' }).isChecked()).toBe(true);
  });

  it('reopens the view kept in the host URL', async () => {
    const { page } = await openHost('?timeline=leader%3Dkim-il-sung');
    await frame(page).getByRole('group', { name: 'Timeline chart, 1 event' }).waitFor(POLL);
  });
});

describe('the custom elements', () => {
  it('keep separate state and report their own selections', async () => {
    const { page } = await openHost();
    const a = element(page, 0);
    const b = element(page, 1);
    await a.getByRole('group', { name: 'Timeline chart, 4 events' }).waitFor();
    await b.getByRole('group', { name: 'Timeline chart, 1 event' }).waitFor();
    await a.getByRole('button', { name: /^20–25 Feb 2022: / }).click();
    await a.getByRole('region', { name: /verbal message/ }).waitFor();
    expect(await page.locator('#element-a-selection').textContent()).toBe(
      "20–25 Feb 2022: Kim's verbal message after the Games close",
    );
    expect(await page.locator('#element-b-selection').textContent()).toBe('nothing yet');
    expect(await b.getByRole('region').count()).toBe(0);
    // A filter in one leaves the other alone.
    await b.getByRole('checkbox', { name: 'Xi Jinping' }).check();
    await b.getByRole('group', { name: 'Timeline chart, 11 events' }).waitFor();
    await a.getByRole('group', { name: 'Timeline chart, 4 events' }).waitFor();
  });

  it('are untouched by the host page’s CSS, and leave the host’s alone', async () => {
    const { page } = await openHost();
    const a = element(page, 0);
    // The host says `.hostile svg { display: none }` and `.hostile * { font-size: 40px }`.
    expect(await a.locator('svg.chart-svg').evaluate((el) => getComputedStyle(el).display)).toBe(
      'block',
    );
    expect(await a.locator('svg.chart-svg').isVisible()).toBe(true);
    expect(await a.locator('.cdt-app').evaluate((el) => getComputedStyle(el).fontSize)).toBe(
      '16px',
    );
    expect(
      await a
        .getByRole('checkbox', { name: 'Xi Jinping' })
        .evaluate((el) => getComputedStyle(el.closest('label') as Element).fontSize),
    ).toBe('13.6px');
    // Our button styles (rounded, themed) stay inside: the host's own button keeps the browser's.
    const hostButton = page.getByRole('button', { name: 'Show Kim Jong Un in 2025' });
    expect(await hostButton.evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('6px');
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).toBe(
      'Georgia, serif',
    );
  });

  it('follow their attributes: a dark theme on one only', async () => {
    const { page } = await openHost();
    expect(await element(page, 1).locator('.cdt-app').getAttribute('data-theme')).toBe('dark');
    expect(await element(page, 0).locator('.cdt-app').getAttribute('data-theme')).toBe('light');
    await element(page, 0).evaluate((el) => {
      el.removeAttribute('from');
      el.removeAttribute('to');
      el.setAttribute('leader', 'zhou-enlai');
    });
    await element(page, 0).getByRole('group', { name: 'Timeline chart, 1 event' }).waitFor(POLL);
  });
});

describe('the React component', () => {
  it('draws a dataset by URL and reports a selection to the host', async () => {
    const { page } = await openHost();
    const root = reactHost(page);
    await root.getByRole('group', { name: 'Timeline chart, 2 events' }).waitFor();
    await root.getByRole('button', { name: /^July 2021: / }).click();
    await expect
      .poll(() => page.locator('#react-selection').textContent(), POLL)
      .toBe('July 2021: Messages on the 60th anniversary');
  });
});

describe('the host page', () => {
  it('has no accessibility violations with all three embeds on it', async () => {
    const { page } = await openHost();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

/**
 * The built page's Content-Security-Policy (a <meta> the build writes into index.html): it
 * allows no inline script but the page's own start script (by its hash), no eval and no inline
 * styles, and the app, used throughout, never needs any of them.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPage } from './browser';
import { appUrl, launchBrowser, newPage, closePagesAfterEach, waitForApp } from './browser';
import { cspViolations, metaPolicy, watchCspViolations } from './security';

const POLL = { timeout: 10_000 };

let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

closePagesAfterEach(open, { clean: false });

async function openWatched(search = ''): Promise<TestPage> {
  const t = await newPage(browser);
  open.push(t);
  await watchCspViolations(t.page);
  await t.page.goto(appUrl(search));
  await waitForApp(t.page);
  await chart(t.page)
    .or(t.page.getByRole('list', { name: 'Events in time order' }))
    .waitFor();
  return t;
}

const chart = (page: Page, name: string | RegExp = /^Timeline chart, \d+ events?$/) =>
  page.getByRole('group', { name });

const zoomFactor = (page: Page) =>
  page
    .locator('.plot')
    .evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--k') || '1'));

describe('the Content-Security-Policy', () => {
  it('is in the built page: scripts and styles from our own files only, no eval', async () => {
    const { page } = await openWatched();
    const policy = await metaPolicy(page);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // The inline scripts the prerender writes into the page may run, each by the hash of
    // exactly its text (the start script, and the one that holds the parser for the styles).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type])')].map((s) => s.textContent),
    );
    expect(inline).toHaveLength(2);
    const hashes = inline.map(
      (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
    );
    expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    // The policy governs only what follows it: it must come before any script or stylesheet.
    await expect(
      page.evaluate(() =>
        document.head
          .querySelector('meta[http-equiv], script, link[rel="stylesheet"], style')
          ?.getAttribute('http-equiv'),
      ),
    ).resolves.toBe('Content-Security-Policy');
  });

  it('is enforced: inline script, eval, inline handlers and style attributes are refused', async () => {
    const t = await openWatched();
    const { page } = t;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      // A string timer is compiled in the page (page.evaluate's own code is exempt from eval).
      setTimeout('window.__inline = 2', 0);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__inline = 3');
      img.src = 'data:,';
      document.body.append(img);
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await expect
      .poll(async () => (await cspViolations(page)).map((v) => v.directive).sort(), POLL)
      .toEqual(['script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
    await expect(page.evaluate(() => 'inline' in window || '__inline' in window)).resolves.toBe(
      false,
    );
    await expect(
      page.locator('body > div:last-child').evaluate((el) => el.style.color),
    ).resolves.toBe('');
    // Chromium also reports each refusal on the console, so every browser test's check for
    // console errors catches a violation too.
    expect(t.errors.filter((e) => e.includes('Content Security Policy')).length).toBeGreaterThan(0);
  });

  it('is never violated while the app is used: details, zoom, pan, brush, list, theme, filters, print', async () => {
    const t = await openWatched();
    const { page } = t;

    // The detail panel is loaded (script and stylesheet) on the first selection.
    await chart(page)
      .getByRole('button', { name: /^6 Oct 2024: / })
      .locator('.mark-shape')
      .click();
    await page
      .getByRole('region', { name: 'Messages on the 75th anniversary of diplomatic ties' })
      .waitFor();
    await page.getByRole('button', { name: 'Close details' }).click();

    // Zoom (d3-zoom and d3-brush, loaded after the first view) by button, wheel and drag.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomFactor(page), POLL).toBeGreaterThan(1);
    const box = await chart(page).boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const overview = await page.locator('.overview-svg').boundingBox();
    if (!overview) throw new Error('the overview has no box');
    await page.mouse.move(overview.x + 20, overview.y + overview.height / 2);
    await page.mouse.down();
    await page.mouse.move(overview.x + overview.width / 3, overview.y + overview.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(() => zoomFactor(page), POLL).toBe(1);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('list', { name: 'Events in time order' }).waitFor();
    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await chart(page).waitFor();

    const dark = page.getByRole('button', { name: 'Dark theme' });
    await dark.click();
    await expect.poll(() => dark.getAttribute('aria-pressed'), POLL).toBe('true');

    await page.getByRole('checkbox', { name: 'Kim Il Sung' }).click();
    await chart(page, 'Timeline chart, 1 event').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('treaty');
    await chart(page, /^Timeline chart, [1-9] events?$/).waitFor();

    await page.emulateMedia({ media: 'print' });
    await page.getByRole('list', { name: 'Events in time order' }).waitFor();

    expect(await cspViolations(page)).toEqual([]);
    expect(t.errors, 'console or page errors').toEqual([]);
    expect(t.blocked, 'requests that left 127.0.0.1').toEqual([]);
  });

  it('is never violated in embed mode (?embed=1), dark, with an event open', async () => {
    const t = await openWatched('?embed=1&theme=dark&event=friendship-treaty-1961');
    await t.page.getByRole('region', { name: /treaty of friendship/ }).waitFor();
    expect(await cspViolations(t.page)).toEqual([]);
    expect(t.errors, 'console or page errors').toEqual([]);
  });
});

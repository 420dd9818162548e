/**
 * `npm run screenshots`: redraws docs/screenshot.png, the README's picture, from the production
 * build. Run it after `npm run build` when the look of the app changes, and commit the picture;
 * the tests never write it, so `npm test` leaves the work tree as it found it.
 *
 * The picture: the bundled dataset at 1280×800, light theme, reduced motion (nothing caught
 * mid-animation), with the 1949 diplomatic ties selected and their detail panel open. dist/ is
 * served on 127.0.0.1 by the browser tests' server; any other host is refused, and an error on
 * the page fails the script rather than saving a picture of it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';
import { startStaticServer } from '../tests/browser/static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUTPUT = join(ROOT, 'docs/screenshot.png');

const VIEWPORT = { width: 1280, height: 800 };
const FIRST_MARK = /^6 Oct 1949: /;
const FIRST_TITLE = 'China and North Korea establish diplomatic relations';

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    return 1;
  }
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const errors: string[] = [];
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        errors.push(`request off 127.0.0.1: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));

    await page.goto(server.url);
    const chart = page.getByRole('group', { name: /^Timeline chart, \d+ events?$/ });
    await chart.waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // The event's dot: its label lets clicks through, as it does for a reader's pointer.
    await chart
      .getByRole('button', { name: FIRST_MARK })
      .locator('.mark-shape, .band-cap')
      .first()
      .click();
    await page.getByRole('region', { name: FIRST_TITLE }).waitFor();

    if (errors.length > 0) {
      console.error(`The page was not clean; no picture saved:\n  ${errors.join('\n  ')}`);
      return 1;
    }
    mkdirSync(dirname(OUTPUT), { recursive: true });
    await page.screenshot({ path: OUTPUT });
    console.log(`Saved ${relative(ROOT, OUTPUT)} (${VIEWPORT.width}×${VIEWPORT.height}).`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = await main();

/**
 * Imported timelines in the page (issue 10): a TimelineJS JSON file, a CSV sheet with multi-line
 * quoted cells and BCE years, each opened by address (`?data=`, served from another origin) and
 * by the "Open a file" control. Each is drawn with every event, its groups as lanes and its eras;
 * the HTML in the files shows as words and links we make ourselves, and nothing in it runs. A
 * sheet with bad rows lists its problems by row and column and draws nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import type { TestPage } from './browser';
import {
  appUrl,
  closePagesAfterEach,
  launchBrowser,
  newPage,
  liveFileInput,
  waitForApp,
} from './browser';
import { cspViolations, watchCspViolations } from './security';
import type { StaticServer } from './static-server';
import { startStaticServer } from './static-server';

const POLL = { timeout: 15_000 };
const FIXTURES = join(import.meta.dirname, '../fixtures/import');

interface Fixture {
  readonly file: string;
  readonly mimeType: string;
  readonly title: string;
  /** The accessible names of the marks, in time order: the label shown, then the title. */
  readonly marks: readonly string[];
  readonly lanes: readonly string[];
  readonly eras: readonly string[];
}

const TIMELINEJS: Fixture = {
  file: 'korea-china.timelinejs.json',
  mimeType: 'application/json',
  title: 'Korea and China: two thousand years',
  marks: [
    '108 BCE – 313 CE: The Lelang commandery',
    'September AD 668: Silla and Tang take Pyongyang',
    'Night of 19 October 1950: Chinese volunteers cross the Yalu',
    '11 Jul 1961: Treaty of Friendship & Cooperation',
  ],
  lanes: ['China', 'Korea', 'Other'],
  eras: ['Four Commanderies', 'Korean War'],
};

const SHEET: Fixture = {
  file: 'qin-han.csv',
  mimeType: 'text/csv',
  title: 'Qin and Han',
  marks: [
    '221 BC: Qin unifies China',
    '213 BC: Burning of books, "and burying of scholars"',
    '206 BC: Liu Bang founds the Han',
    'AD 9: Wang Mang proclaims the Xin',
    '5 Aug AD 25: Emperor Guangwu restores the Han',
    'AD 220: The Han ends',
  ],
  lanes: ['Qin', 'Han', 'Xin'],
  eras: ['Western Han'],
};

let browser: Browser;
/** Serves the fixtures from a second origin, with CORS, as a reader's own host would. */
let files: StaticServer;
const open: TestPage[] = [];

beforeAll(async () => {
  files = await startStaticServer(FIXTURES, { headers: { 'access-control-allow-origin': '*' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await files?.close();
});

closePagesAfterEach(open, { clean: true });

interface Watched {
  readonly page: Page;
  /** Every alert, confirm or prompt the page opened (each dismissed). */
  readonly dialogs: string[];
}

async function openWatched(search = ''): Promise<Watched> {
  const t = await newPage(browser);
  open.push(t);
  const dialogs: string[] = [];
  t.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await watchCspViolations(t.page);
  await t.page.goto(appUrl(search));
  await waitForApp(t.page);
  return { page: t.page, dialogs };
}

const chart = (page: Page) => page.getByRole('group', { name: /^Timeline chart, \d+ events$/ });

/** Opens `fixture` by its address or with the file control, and waits for its title. */
async function openFixture(fixture: Fixture, how: 'address' | 'file control'): Promise<Watched> {
  let w: Watched;
  if (how === 'address') {
    w = await openWatched(`?data=${encodeURIComponent(new URL(fixture.file, files.url).href)}`);
  } else {
    w = await openWatched();
    await chart(w.page).waitFor(POLL);
    await (
      await liveFileInput(w.page)
    ).setInputFiles({
      name: fixture.file,
      mimeType: fixture.mimeType,
      buffer: readFileSync(join(FIXTURES, fixture.file)),
    });
  }
  await w.page.getByRole('heading', { level: 1, name: fixture.title }).waitFor(POLL);
  await chart(w.page).waitFor(POLL);
  return w;
}

/** Nothing from the file ran: no dialog, no script's mark on the page, no refused inline code. */
async function expectNothingRan(w: Watched) {
  expect(w.dialogs).toEqual([]);
  expect(await w.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await w.page.locator('main script, main img, main iframe').count()).toBe(0);
  expect(await cspViolations(w.page)).toEqual([]);
}

describe.each(['address', 'file control'] as const)('a timeline opened by %s', (how) => {
  it('draws every event of a TimelineJS file in its group’s lane, with its eras', async () => {
    const w = await openFixture(TIMELINEJS, how);
    const { page } = w;
    expect(await chart(page).getAttribute('aria-label')).toBe(
      `Timeline chart, ${TIMELINEJS.marks.length} events`,
    );
    const marks = chart(page).getByRole('button');
    expect(
      await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))),
    ).toEqual(TIMELINEJS.marks);
    expect(await page.locator('.lane-name').allTextContents()).toEqual(TIMELINEJS.lanes);
    expect(await page.locator('.era-label').allTextContents()).toEqual(TIMELINEJS.eras);

    // Its HTML is words and our own links; the script, the javascript: link and onerror are gone.
    // Selected from the keyboard: a long band's middle may lie under another lane.
    await marks.first().press('Enter');
    const panel = page.getByRole('region', { name: 'The Lelang commandery' });
    await panel.waitFor(POLL);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Han China rules the north of the peninsula.');
    expect(text).toContain('See a map and this.');
    expect(text).not.toContain('__pwned');
    expect(text).not.toMatch(/<\/?(p|script|a|b)\b/);
    expect(text).toContain('A seal of the commandery');
    expect(text).toContain('Example archive');
    const links = await panel
      .getByRole('link')
      .evaluateAll((els) => els.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['Media at example.org', 'https://example.org/lelang.jpg'],
      ['a map', 'https://example.org/lelang'],
    ]);
    // No empty Sources heading for a file that cites none.
    expect(await panel.getByRole('heading', { name: /^Sources?\b/ }).count()).toBe(0);
    // The imported media and links in the panel are as accessible as the rest (checked once: the
    // panel is the same however the file was opened, and axe takes half a minute here).
    if (how === 'address') expect(describeViolations(await axeViolations(page))).toBe('');

    await chart(page).getByRole('button', { name: TIMELINEJS.marks[1] }).press('Enter');
    const silla = page.getByRole('region', { name: 'Silla and Tang take Pyongyang' });
    expect(await silla.textContent()).toContain('The allied armies end Goguryeo.');
    // A media address that is not http(s) is no link.
    expect(await silla.getByRole('link').count()).toBe(0);
    await expectNothingRan(w);
  });

  it('draws a CSV sheet with multi-line cells and BCE years, labelled as people write them', async () => {
    const w = await openFixture(SHEET, how);
    const { page } = w;
    const marks = chart(page).getByRole('button');
    expect(
      await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))),
    ).toEqual(SHEET.marks);
    expect(await page.locator('.lane-name').allTextContents()).toEqual(SHEET.lanes);
    expect(await page.locator('.era-label').allTextContents()).toEqual(SHEET.eras);
    // The marks and the axis say "BC", never a negative year.
    const shown = await chart(page).locator('.mark-label, .tick-label').allTextContents();
    expect(shown.join(' ')).toContain('213 BC');
    expect(await page.locator('.tick-label').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d+ BC$/)]),
    );
    expect(shown.join(' ')).not.toMatch(/-\d/);

    // A cell's line breaks: one blank line makes two paragraphs, the quotes are undoubled.
    await chart(page).getByRole('button', { name: SHEET.marks[0] }).press('Enter');
    const panel = page.getByRole('region', { name: 'Qin unifies China' });
    await panel.waitFor(POLL);
    expect(
      await panel.locator('.detail-summary p').evaluateAll((ps) => ps.map((p) => p.textContent)),
    ).toEqual([
      'Ying Zheng, king of Qin, completes the conquest of the six states\nand takes the title "First Emperor".',
      'He standardises writing, weights and measures.',
    ]);
    await expectNothingRan(w);
  });

  it('lists the problems of a sheet with bad rows by row and column, and draws nothing', async () => {
    let page: Page;
    if (how === 'address') {
      ({ page } = await openWatched(
        `?data=${encodeURIComponent(new URL('bad-rows.csv', files.url).href)}`,
      ));
    } else {
      ({ page } = await openWatched());
      await chart(page).waitFor(POLL);
      await (
        await liveFileInput(page)
      ).setInputFiles({
        name: 'bad-rows.csv',
        mimeType: 'text/csv',
        buffer: readFileSync(join(FIXTURES, 'bad-rows.csv')),
      });
    }
    const problems = page.getByRole('alert').filter({ hasText: 'row 8' });
    await problems.waitFor(POLL);
    const text = (await problems.textContent()) ?? '';
    for (const where of [
      'row 3, column "Month"',
      'row 4, column "Headline"',
      'row 6, column "Day"',
      'row 7, column "End Year"',
      'row 8, column "Year"',
    ]) {
      expect(text).toContain(where);
    }
    expect(text).toContain('"19x5" is not a year');
    expect(await page.getByRole('group', { name: /^Timeline chart/ }).count()).toBe(0);
  });
});

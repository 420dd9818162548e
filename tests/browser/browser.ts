/**
 * Chromium for the browser tests: Debian's `/usr/bin/chromium` driven by playwright-core, with
 * pages that record console errors and uncaught exceptions and never reach the network (any
 * request to a host other than 127.0.0.1 is aborted and recorded).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 375, height: 740 };

export interface NewPageOptions {
  /** Defaults to DESKTOP (1280×800). */
  readonly viewport?: Viewport;
  readonly colorScheme?: 'light' | 'dark';
  /** Defaults to 'no-preference', as most readers have it. */
  readonly reducedMotion?: 'reduce' | 'no-preference';
  readonly media?: 'screen' | 'print';
  /** Ignore the page's Content-Security-Policy, to see what the app alone lets happen. */
  readonly bypassCSP?: boolean;
}

export interface TestPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors, in order; a healthy page leaves it empty. */
  readonly errors: string[];
  /** Requests aborted because they were headed off 127.0.0.1. */
  readonly blocked: string[];
  close(): Promise<void>;
}

/** A fresh context (its own storage, so no theme choice leaks between tests) and page. */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { ...(options.viewport ?? DESKTOP) },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
    serviceWorkers: 'block',
  });
  const errors: string[] = [];
  const blocked: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  // The media type is the page's to emulate: a context has no such option.
  if (options.media) await page.emulateMedia({ media: options.media });
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) =>
    errors.push(`page error: ${error.stack || error.message || String(error)}`),
  );
  return { context, page, errors, blocked, close: () => context.close() };
}

/** An address in the served build: `appUrl('?event=x')`. */
export function appUrl(pathAndQuery = ''): string {
  return new URL(pathAndQuery, inject('baseUrl')).href;
}

/**
 * After each test, closes the pages it opened (the list is emptied); with `clean`, first fails the
 * test if any of them logged an error or tried to leave 127.0.0.1.
 */
export function closePagesAfterEach(open: TestPage[], options: { readonly clean: boolean }) {
  afterEach(async () => {
    const pages = open.splice(0);
    try {
      if (options.clean) {
        for (const t of pages) {
          expect(t.errors, 'console or page errors').toEqual([]);
          expect(t.blocked, 'requests that left 127.0.0.1').toEqual([]);
        }
      }
    } finally {
      await Promise.all(pages.map((t) => t.close()));
    }
  });
}

/**
 * Waits until the app has started: hydrated the prerendered page, or rendered its own (src/main.tsx
 * then sets `data-app` on <html>). A prerendered page shows its view before that, not yet alive.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app]', { timeout: 15_000 });
}

/**
 * Holds back the page's requests whose address matches `pattern` until the returned `release` is
 * called, so that a test can look at the page before they arrive. A request the page has dropped
 * meanwhile (its worker terminated, say) is let go quietly.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  return release;
}

/**
 * Records, once the page's HTML is parsed (when Chromium first lays it out), which copies of the
 * prerendered view (`data-prerender`: wide, narrow) would be laid out; read it with
 * `viewsShownAtParse`. Call before the page is opened.
 */
export async function recordViewsShownAtParse(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __viewsShownAtParse: string[] }).__viewsShownAtParse = Array.from(
        document.querySelectorAll('[data-prerender]'),
      )
        .filter((view) => getComputedStyle(view).display !== 'none')
        .map((view) => view.getAttribute('data-prerender') ?? '');
    });
  });
}

export function viewsShownAtParse(page: Page): Promise<string[] | null> {
  return page.evaluate(
    () => (window as unknown as { __viewsShownAtParse?: string[] }).__viewsShownAtParse ?? null,
  );
}

/**
 * The page's "Open a file" control once it is live: a prerendered page shows its tools before
 * their script has run, disabled until it has.
 */
export async function liveFileInput(page: Page): Promise<Locator> {
  const input = page.getByLabel('Open a file');
  await expect.poll(() => input.isEnabled(), { timeout: 15_000 }).toBe(true);
  return input;
}

/**
 * Adds up the page's layout shifts (the Layout Instability API) from its first paint on; read the
 * sum with `layoutShift`. Call before the page is opened.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.layoutShift += (entry as unknown as { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the page's layout shifts since `watchLayoutShift`. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

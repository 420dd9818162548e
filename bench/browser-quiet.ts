/**
 * Waits, before a measured load, for the browser to stop working on its own.
 *
 * Chromium (the new headless mode is the whole browser) opens pages of its own for each new
 * browser context: the omnibox popup's WebUI (`chrome://omnibox-popup.top-chrome/`). Measured
 * here on the bench's 2 cores: in the 1.5 s after `newContext()` and `newPage()` they took
 * ~1 s of one core in their renderer and ~0.3 s in the browser process, then nothing. A load
 * started at once shared the machine with that work: every library's first draw came later by
 * ~0.25–1 s (100 events: vis-timeline ~530 ms against ~270 ms once the browser was quiet; ours
 * ~650 against ~315). That is Chromium setting up its window, not the page, and no reader's
 * browser does it with each page they open.
 */
import type { Browser } from 'playwright-core';

/** How long a load waits at most for the browser to go quiet (then it is measured all the same). */
export const QUIET_TIMEOUT_MS = 5_000;

export interface QuietOptions {
  /** The window the browser's processes are sampled over. */
  readonly windowMs?: number;
  /** Quiet: all its processes together used less than this share of one core over a window. */
  readonly maxCoreShare?: number;
  /** Give up waiting after this long (QUIET_TIMEOUT_MS unless given). */
  readonly timeoutMs?: number;
}

/** The CPU time (s) the browser's processes have used, as Chromium counts it. */
async function cpuSeconds(session: Awaited<ReturnType<Browser['newBrowserCDPSession']>>) {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
}

/**
 * Resolves once the browser's processes (browser, renderers, GPU, network) have been quiet for
 * one window, or after `timeoutMs`; with how long it waited (ms) and whether it was quiet.
 */
export async function untilBrowserQuiet(
  browser: Browser,
  { windowMs = 200, maxCoreShare = 0.1, timeoutMs = QUIET_TIMEOUT_MS }: QuietOptions = {},
): Promise<{ waitedMs: number; quiet: boolean }> {
  const session = await browser.newBrowserCDPSession();
  const start = Date.now();
  try {
    let before = await cpuSeconds(session);
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      const after = await cpuSeconds(session);
      const waitedMs = Date.now() - start;
      if ((after - before) * 1000 < windowMs * maxCoreShare) return { waitedMs, quiet: true };
      if (waitedMs >= timeoutMs) return { waitedMs, quiet: false };
      before = after;
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

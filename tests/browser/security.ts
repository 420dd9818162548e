/**
 * Watching a page for what hostile input could make it do: Content-Security-Policy violations
 * (recorded in the page from before its first script runs), dialogs, and frames that navigate.
 */
import type { Page } from 'playwright-core';

export interface CspViolation {
  /** The directive that refused it, e.g. `script-src-elem`, `style-src-attr`. */
  readonly directive: string;
  /** What was refused: a URL, or `inline` / `eval`. */
  readonly blocked: string;
  /** The first characters of the refused inline code, when the policy reports them. */
  readonly sample: string;
  readonly source: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every `securitypolicyviolation` in every frame of the page from now on; read them with
 * `cspViolations(page)`. Call before the page loads.
 */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: CspViolation[] = [];
    window.__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          source: `${e.sourceFile}:${e.lineNumber}`,
        }),
      true,
    );
  });
}

/** The violations recorded so far in all of the page's frames (after one task, so none is queued). */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(
        () =>
          new Promise<CspViolation[]>((resolve) => {
            // Violation events are queued as tasks: let those already queued run first.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([...(window.__cspViolations ?? [])]);
            channel.port2.postMessage(null);
          }),
      ),
    ),
  );
  return perFrame.flat();
}

/** The page's meta Content-Security-Policy, parsed into directive → sources. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const policy = new Map<string, string[]>();
  for (const part of (content ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/**
 * How we start Chromium, for the browser tests and the benchmark alike: Debian's build, headless,
 * with everything that would reach for the network switched off. No test-runner imports here,
 * so plain scripts (bench/run.ts) can use it too.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

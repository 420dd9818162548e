import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests of the production build (`npm run test:browser`, after `npm run build`):
 * Node drives Chromium with playwright-core against `dist/` served on 127.0.0.1.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    // One browser at a time: the suites are heavy and share the machine with the build.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

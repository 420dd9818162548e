/**
 * Serves the production build (`dist/`) for the browser tests and gives its base URL to them
 * as `inject('baseUrl')`. `npm test` builds before running these; run alone, build first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served build, with a trailing slash: `http://127.0.0.1:<port>/`. */
    baseUrl: string;
  }
}

/** The build to serve: `dist/`, or another directory (absolute) named by BROWSER_TEST_DIST. */
const DIST_DIR = resolve(
  process.env.BROWSER_TEST_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)),
);

export default async function setup(project: TestProject) {
  const index = join(DIST_DIR, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `The browser tests run against the production build, but ${index} is missing. ` +
        'Run `npm run build` first (npm test does this before the browser tests).',
    );
  }
  // The embed tests load the custom element and datasets from here on another origin's page.
  const server = await startStaticServer(DIST_DIR, {
    headers: { 'access-control-allow-origin': '*' },
  });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}

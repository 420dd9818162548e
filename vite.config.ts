import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The built page's Content-Security-Policy: scripts and styles only from our own files (no
 * inline script but the two scripts/prerender.ts writes into each prerendered page, whose hashes
 * it adds here; no eval, no inline <style> or style attributes; React and d3 set styles through
 * the CSSOM, which the policy allows), images from us or data: (the blank favicon), and fetches
 * from anywhere over http(s), since `?data=` may name a reader's dataset on any host, and the
 * dataset worker (src/data/dataset.worker.ts) from our own files.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Writes the policy into the built index.html right after <meta charset>, ahead of every script
 * and stylesheet it governs. Build only: the dev server injects inline scripts for hot reloading.
 */
function contentSecurityPolicy(policy: string): Plugin {
  if (/["<>&]/.test(policy)) throw new Error('the policy must not need escaping in an attribute');
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  return {
    name: 'china-dprk-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html has no <meta charset> to follow');
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

/**
 * Marks the app's entry chunk for eager compilation (V8's explicit compile hints, Chrome 136 on):
 * its functions are then compiled while the script streams in, off the main thread, rather than
 * one by one on the main thread as each is first called. Nearly all of it runs on load. At 100
 * events, in 10 interleaved runs each, the chart was drawn ~50-150 ms sooner (medians 830 and
 * 979 ms) with ~70 ms less in long tasks; at 10 000 events no change. Other browsers ignore the
 * comment.
 */
function compileHints(): Plugin {
  return {
    name: 'china-dprk-timeline:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own pass, which puts its preamble at the top of the chunk.
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) {
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
          }
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(CONTENT_SECURITY_POLICY), compileHints()],
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: {
    // A module worker, split like the app: what it loads only for a broken dataset (the schema
    // that words the problems, the importers) stays out of the script it starts with.
    format: 'es',
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each entry imports, read by scripts/size-check.ts.
    manifest: true,
    // No polyfill for <link rel="modulepreload"> in the first load (~0.5 KB gzip): every browser
    // that runs this build (es2022) but Safari before 17 has it, and there a preload is only a
    // hint: the chunks still load when imported, a little later.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});

/**
 * Builds the test host page (tests/embed-host), a stand-in for a third-party site. It imports
 * the React component from the package's built library, as a React app would.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  root: fileURLToPath(new URL('tests/embed-host', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    alias: {
      'china-dprk-timeline/react': fileURLToPath(
        new URL('dist/lib/china-dprk-timeline.js', import.meta.url),
      ),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('dist-host', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});

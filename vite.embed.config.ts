/**
 * The three embed artifacts, built after the app into dist/ (without wiping it):
 *   --mode element  dist/embed/china-dprk-timeline.js  the <china-dprk-timeline> custom element,
 *                   one ES module with React and everything else inside it;
 *   --mode react    dist/lib/china-dprk-timeline.js    the React component for React 19 apps,
 *                   with react, react-dom and @tanstack/react-query left to the host;
 *   --mode host     dist/embed/host.js                 the iframe host helper (src/embed/host.ts),
 *                   a classic script (an IIFE) for a plain <script src> on any page.
 */
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vite';

const hostHelper: UserConfig = {
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: 'src/embed/host.ts',
      output: { format: 'iife', entryFileNames: 'host.js' },
    },
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'host') return hostHelper;
  const element = mode === 'element';
  return {
    plugins: [react()],
    publicDir: false,
    // Chunks the element loads later are found next to it, wherever it is served from.
    base: './',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: element ? 'dist/embed' : 'dist/lib',
      // The app build has just emptied dist/; dist/embed also holds the iframe helper (host.js).
      emptyOutDir: false,
      copyPublicDir: false,
      cssCodeSplit: false,
      // <outDir>/.vite/manifest.json: the chunks each build loads, read by scripts/size-check.ts.
      manifest: true,
      // The element is loaded as it is, so it is fully minified; the React build is re-bundled
      // by the host, so lib mode keeps its whitespace and tree-shaking annotations.
      ...(element
        ? {
            rolldownOptions: {
              input: 'src/embed/custom-element.tsx',
              preserveEntrySignatures: 'exports-only' as const,
              output: { format: 'es' as const, entryFileNames: 'china-dprk-timeline.js' },
            },
          }
        : {
            lib: {
              entry: 'src/embed/index.ts',
              formats: ['es' as const],
              fileName: () => 'china-dprk-timeline.js',
            },
            rolldownOptions: {
              external: [
                'react',
                'react-dom',
                'react/jsx-runtime',
                'react-dom/client',
                '@tanstack/react-query',
              ],
            },
          }),
    },
  };
});

/**
 * `npm run build:prerender` (run by `npm run build` after `vite build`): writes the app's first
 * view into dist/index.html, one page per event at dist/events/<id>/index.html (opened on that
 * event, with its own title, description, Open Graph / Twitter tags, canonical link and JSON-LD),
 * dist/sitemap.xml and dist/robots.txt.
 *
 * Absolute addresses (canonical, og:url, sitemap) need the site's origin: SITE_URL, e.g.
 * `SITE_URL=https://timelines.example.org/china-dprk/ npm run build`. The default,
 * https://timeline.example/, is the placeholder the README's embed snippets use.
 *
 * The React tree is rendered through Vite's SSR loader so the app's own modules (and their CSS
 * imports, which it skips) load exactly as the client bundle sees them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, minifySync } from 'vite';
import type { PrerenderVariant } from '../src/prerender/chart-width';
import type { HeadTags } from '../src/prerender/page-head';
import type { Timeline } from '../src/domain/timeline-model';
import type { ViewState } from '../src/domain/view-state';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const DEFAULT_SITE_URL = 'https://timeline.example/';

/** What src/prerender/render-page.tsx and page-head.ts export (loaded through Vite, untyped). */
interface RenderModule {
  timelineOf(dataset: unknown, now: number): Promise<Timeline>;
  prerenderPage(input: { dataset: unknown; state: ViewState; now: number }): Promise<{
    timeline: Timeline;
    variants: readonly { variant: PrerenderVariant; html: string }[];
    noScriptList: string;
  }>;
}
interface HeadModule {
  SITE_NAME: string;
  siteRoot(url: string): string;
  homeHead(timeline: Timeline, site: string): HeadTags;
  eventHead(timeline: Timeline, e: Timeline['events'][number], site: string): HeadTags;
  headHtml(tags: HeadTags): string;
  escapeHtml(text: string): string;
}
interface StateModule {
  DEFAULT_VIEW_STATE: ViewState;
  serializeViewState(state: ViewState): string;
}
interface StylesModule {
  extractInlineStyles(html: string, rules: Map<string, number>): string;
  inlineStyleSheet(rules: ReadonlyMap<string, number>): string;
}
interface PathModule {
  eventPagePath(id: string): string;
}

/** Stands for the style sheet's name until every page's styles are known. */
const STYLE_SHEET_PLACEHOLDER = '\u0000prerender-styles\u0000';
const ROOT_DIV = /<div id="root"><\/div>/;
/** The element holding the bundled dataset (src/main.tsx reads it by this id). */
const DATASET_ELEMENT_ID = 'bundled-dataset';
/** The app's entry script, as Vite writes it into the page. */
const APP_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
/** The head's own title and description, replaced per page. */
/** An entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/**
 * The chunks that read a linked dataset (src/data/fetch-dataset.ts and what it imports, less the
 * app's entry): src/prerender/start.js preloads them on a `?data=` page, so they arrive with the
 * app's script rather than after it has run.
 */
function readerChunks(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    if (chunk.file.endsWith('.html') || key === 'index.html' || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('src/data/fetch-dataset.ts');
  return [...files];
}

/**
 * The dataset worker's script, which src/prerender/start.js starts on a `?data=` page's dataset
 * before the app has loaded (src/data/early-read.ts).
 */
function workerScript(dist: string): string {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk & { readonly assets?: readonly string[] }
  >;
  const worker = manifest['src/data/fetch-dataset.ts']?.assets?.find((file) =>
    /\/dataset\.worker-[\w-]+\.js$/.test(file),
  );
  if (!worker) throw new Error('the build manifest lists no dataset worker script');
  return worker;
}

/** The policy's script-src as Vite's build writes it (vite.config.ts), to which the hash is added. */
const SCRIPT_SRC = /script-src 'self'(?=;)/;

/** An inline script, and the policy source that lets it run: its SHA-256. */
interface InlineScript {
  readonly code: string;
  readonly policySource: string;
}

function inlineScript(code: string, what: string): InlineScript {
  // Text in a <script> element ends at the first "</script" (any case), and "<!--" changes how
  // the rest is read: neither may appear in it.
  if (/<\/script|<!--/i.test(code)) throw new Error(`${what} cannot be inlined as it is`);
  const hash = createHash('sha256').update(code, 'utf8').digest('base64');
  return { code, policySource: `'sha256-${hash}'` };
}

/**
 * src/prerender/start.js, minified. Inline, it runs as the parser reaches it, with nothing to
 * download first: as a file of its own it arrived with the first stylesheet, ~30-50 ms into the
 * load on the benchmark's machine, and on a `?data=` page everything waited for it (the app's
 * script, the dataset and its worker): inline, 100 events are drawn ~25 ms sooner (medians of 12).
 */
function startScript(): InlineScript {
  const minified = minifySync(
    'start.js',
    readFileSync(join(root, 'src/prerender/start.js'), 'utf8'),
    {},
  );
  if (minified.errors.length > 0) throw new Error(`start.js: ${minified.errors[0]?.message}`);
  return inlineScript(minified.code.trim(), 'start.js');
}

/**
 * Stands where the app's script was, after the page's first stylesheets: a script the parser
 * meets waits for the stylesheets above it, and so the body is parsed, and Chromium's layout
 * once it is (the whole view, both copies of it, 50-110 ms), only with them in. The start script,
 * ahead of them, no longer holds the parser there.
 */
const PARSE_AFTER_STYLES = inlineScript(
  '/* The body is parsed once the stylesheets above are in. */',
  'the parser-holding script',
);

const HEAD_TITLE = /\s*<title>[^<]*<\/title>/;
const HEAD_DESCRIPTION = /\s*<meta\s+name="description"[^>]*>/;

function replaceOnce(
  html: string,
  pattern: RegExp,
  text: string | ((match: string, group: string) => string),
  what: string,
): string {
  if (!pattern.test(html)) {
    throw new Error(`dist/index.html has no ${what} (already prerendered? run vite build first)`);
  }
  return html.replace(pattern, typeof text === 'string' ? () => text : text);
}

async function main(): Promise<void> {
  const vite = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // Node loads the dependencies itself: nothing to scan or pre-bundle.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const render = (await vite.ssrLoadModule('/src/prerender/render-page.tsx')) as RenderModule;
    const head = (await vite.ssrLoadModule('/src/prerender/page-head.ts')) as HeadModule;
    const urlState = (await vite.ssrLoadModule('/src/domain/view-state.ts')) as StateModule;
    const paths = (await vite.ssrLoadModule('/src/prerender/event-page-path.ts')) as PathModule;
    const styles = (await vite.ssrLoadModule('/src/prerender/inline-styles.ts')) as StylesModule;
    /** Every page's style attributes, as one stylesheet (written once the pages are done). */
    const styleRules = new Map<string, number>();
    const pages: { file: string; html: string }[] = [];

    const site = head.siteRoot(process.env['SITE_URL'] || DEFAULT_SITE_URL);
    const start = startScript();
    const built = readFileSync(join(dist, 'index.html'), 'utf8');
    const app = APP_SCRIPT.exec(built)?.[1];
    // The page is readable before its script runs, so the script need not compete with what
    // draws it: src/prerender/start.js loads it once the page has been painted. Where the app's
    // script stood, the script that holds the parser for the stylesheets above it.
    const template = replaceOnce(
      replaceOnce(
        built,
        SCRIPT_SRC,
        `script-src 'self' ${start.policySource} ${PARSE_AFTER_STYLES.policySource}`,
        "Content-Security-Policy with script-src 'self'",
      ),
      APP_SCRIPT,
      `\n    <script>${PARSE_AFTER_STYLES.code}</script>`,
      "the app's module script",
    );
    const reader = readerChunks(dist);
    const worker = workerScript(dist);
    // Inline, ahead of the first stylesheet, so that it runs before the body is laid out and
    // waits for nothing (see its comment); after <base>, against which it resolves addresses.
    const startTag = `<script data-module="${app}" data-reader="${reader.join(' ')}" data-worker="${worker}">${start.code}</script>`;
    const dataset: unknown = JSON.parse(
      readFileSync(join(root, 'public/data/china-dprk.json'), 'utf8'),
    );
    // The page carries the bundled dataset it was rendered from (src/main.tsx hydrates from it
    // instead of fetching data/china-dprk.json): the same titles and summaries are in the list
    // for readers without JavaScript, so gzip stores them nearly once. A JSON data block is not
    // run, so the page's script-src policy does not apply; "<" is escaped so the text can never
    // close the element.
    const datasetBlock = `<script type="application/json" id="${DATASET_ELEMENT_ID}">${JSON.stringify(
      dataset,
    ).replace(/</g, '\\u003c')}</script>`;
    // One "today" for every page, handed to the browser so its first render matches.
    const now = Date.now();
    // The detail panel's stylesheet is loaded with its lazy chunk; an event page shows the panel
    // before any script runs, so it links the stylesheet itself.
    const detailCss = readdirSync(join(dist, 'assets')).filter((f) =>
      /^DetailPanel-[\w-]+\.css$/.test(f),
    );
    // The list view's stylesheet comes with its lazy chunk too; without JavaScript the page
    // shows the list of every event (in <noscript>), so it links the sheet in <noscript>: only
    // a reader without scripts downloads it with the page.
    const listCss = readdirSync(join(dist, 'assets')).filter((f) =>
      /^EventList-[\w-]+\.css$/.test(f),
    );

    async function page(state: ViewState, tags: HeadTags, base: string): Promise<string> {
      const out = await render.prerenderPage({ dataset, state, now });
      const view = urlState.serializeViewState(state);
      const variants = out.variants
        .map(
          ({ variant, html }) =>
            `<div class="prerendered" data-prerender="${variant.name}">${styles.extractInlineStyles(html, styleRules)}</div>`,
        )
        .join('');
      // React writes an apostrophe as &#x27;; in text and double-quoted attributes it needs no
      // escape, and plain it matches the dataset's copy above, which gzip then stores once.
      const body =
        `<div id="root" data-now="${now}" data-view="${head.escapeHtml(view)}">${variants.replace(/&#x27;/g, "'")}</div>\n` +
        `    ${datasetBlock}\n` +
        `    <noscript>${out.noScriptList.replace(/&#x27;/g, "'")}</noscript>`;
      let html = replaceOnce(template, ROOT_DIV, body, '<div id="root"></div>');
      html = replaceOnce(html, HEAD_DESCRIPTION, '', '<meta name="description">');
      const extra = [
        base ? `    <base href="${base}" />` : '',
        head.headHtml(tags),
        `    ${startTag}`,
        `    <link rel="stylesheet" href="${STYLE_SHEET_PLACEHOLDER}" />`,
        ...listCss.map(
          (f) => `    <noscript><link rel="stylesheet" href="assets/${f}" /></noscript>`,
        ),
        ...(state.event
          ? detailCss.map((f) => `    <link rel="stylesheet" href="assets/${f}" />`)
          : []),
      ]
        .filter((l) => l !== '')
        .join('\n');
      html = replaceOnce(html, HEAD_TITLE, `\n${extra}`, '<title>');
      return html;
    }

    const timeline = await render.timelineOf(dataset, now);
    pages.push({
      file: join(dist, 'index.html'),
      html: await page(urlState.DEFAULT_VIEW_STATE, head.homeHead(timeline, site), ''),
    });
    rmSync(join(dist, 'events'), { recursive: true, force: true });
    for (const e of timeline.events) {
      const state = { ...urlState.DEFAULT_VIEW_STATE, event: e.id };
      // Two levels below the root: the base puts the app's relative addresses back at the root.
      pages.push({
        file: join(dist, paths.eventPagePath(e.id), 'index.html'),
        html: await page(state, head.eventHead(timeline, e, site), '../../'),
      });
    }
    // Each page's own sheet, the first in its <head>: which view shows first (first-view.css,
    // comments and spacing dropped), then the styles taken out of the rendered markup.
    const firstView = readFileSync(join(root, 'src/prerender/first-view.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .trim();
    const sheet = `${firstView}\n${styles.inlineStyleSheet(styleRules)}`;
    const sheetName = `assets/prerender-${createHash('sha256').update(sheet).digest('hex').slice(0, 8)}.css`;
    writeFileSync(join(dist, sheetName), sheet);
    for (const p of pages) {
      mkdirSync(dirname(p.file), { recursive: true });
      writeFileSync(p.file, p.html.replace(STYLE_SHEET_PLACEHOLDER, sheetName));
    }

    const urls = [
      site,
      ...timeline.events.map((e) => new URL(paths.eventPagePath(e.id), site).href),
    ];
    writeFileSync(
      join(dist, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
        .map((u) => `  <url><loc>${head.escapeHtml(u)}</loc></url>`)
        .join('\n')}\n</urlset>\n`,
    );
    writeFileSync(
      join(dist, 'robots.txt'),
      `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', site).href}\n`,
    );
    console.log(
      `prerendered dist/index.html, ${timeline.events.length} event pages, sitemap.xml and robots.txt for ${site}`,
    );
  } finally {
    await vite.close();
  }
}

await main();

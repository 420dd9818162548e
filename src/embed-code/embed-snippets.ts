/**
 * Copy-ready embed code for the current dataset and view: an iframe (with a fixed default height,
 * so it works where scripts are stripped; the helper script only fits the height), the custom
 * element and the React component. Pure: the caller says where the app is served.
 */
import type { ViewState } from '../domain/view-state';
import { VIEW_STATE_KEYS, serializeViewState } from '../domain/view-state';

export interface EmbedTarget {
  /** The app's address without a query, such as `https://timeline.example/`. */
  readonly appUrl: string;
  /** The dataset's address, or null for the bundled one. */
  readonly datasetUrl: string | null;
  readonly state: ViewState;
  /** Names the iframe for screen readers. */
  readonly title: string;
}

export interface EmbedSnippets {
  readonly iframe: string;
  readonly element: string;
  readonly react: string;
}

function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function iframeSnippet(t: EmbedTarget): string {
  const params = new URLSearchParams({ embed: '1' });
  if (t.datasetUrl) params.set('data', t.datasetUrl);
  new URLSearchParams(serializeViewState(t.state)).forEach((v, k) => params.append(k, v));
  const src = new URL(`?${params.toString().replace(/%2C/g, ',')}`, t.appUrl).href;
  const helper = new URL('embed/host.js', t.appUrl).href;
  return [
    `<iframe`,
    `  src="${attr(src)}"`,
    `  title="${attr(t.title)}"`,
    `  data-china-dprk-timeline`,
    `  loading="lazy"`,
    `  style="width:100%;height:640px;border:0"`,
    `></iframe>`,
    `<script src="${attr(helper)}" defer></script>`,
  ].join('\n');
}

function elementSnippet(t: EmbedTarget): string {
  const script = new URL('embed/china-dprk-timeline.js', t.appUrl).href;
  const state = new URLSearchParams(serializeViewState(t.state));
  const attributes = [];
  if (t.datasetUrl) attributes.push(`dataset-url="${attr(t.datasetUrl)}"`);
  // The element reads the same keys as the page's query (custom-element.tsx), the search included.
  for (const key of VIEW_STATE_KEYS) {
    const value = state.get(key);
    if (value !== null) attributes.push(`${key}="${attr(value)}"`);
  }
  attributes.push('height="640px"');
  return [
    `<script type="module" src="${attr(script)}"></script>`,
    `<china-dprk-timeline ${attributes.join(' ')}></china-dprk-timeline>`,
  ].join('\n');
}

function reactSnippet(t: EmbedTarget): string {
  const s = t.state;
  const initial: string[] = [];
  if (s.leaders.length > 0) initial.push(`leaders: ${JSON.stringify(s.leaders)}`);
  if (s.from !== null) initial.push(`from: ${s.from}`);
  if (s.to !== null) initial.push(`to: ${s.to}`);
  if (s.q.trim() !== '') initial.push(`q: ${JSON.stringify(s.q)}`);
  if (s.event !== null) initial.push(`event: ${JSON.stringify(s.event)}`);
  if (s.view !== 'chart') initial.push(`view: ${JSON.stringify(s.view)}`);
  const dataset = t.datasetUrl ?? new URL('data/china-dprk.json', t.appUrl).href;
  return [
    `import { ChinaDprkTimeline } from 'china-dprk-timeline/react';`,
    ``,
    `<ChinaDprkTimeline`,
    `  datasetUrl={${JSON.stringify(dataset)}}`,
    ...(initial.length > 0 ? [`  initialState={{ ${initial.join(', ')} }}`] : []),
    `/>;`,
  ].join('\n');
}

export function embedSnippets(target: EmbedTarget): EmbedSnippets {
  return {
    iframe: iframeSnippet(target),
    element: elementSnippet(target),
    react: reactSnippet(target),
  };
}

/**
 * The host page's own script. The app's address comes from `?app=` (another origin in the
 * tests). It loads the iframe helper and the custom element from there, and renders the React
 * component from the package's built library.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ChinaDprkTimeline } from 'china-dprk-timeline/react';
import type { SelectedEventInfo } from 'china-dprk-timeline/react';

interface HostHelper {
  attach(
    iframe: HTMLIFrameElement,
    options: { onSelect?: (e: SelectedEventInfo | null) => void; mirrorParam?: string },
  ): { setState(state: Record<string, unknown> | string): void };
}

const app = new URL(
  new URLSearchParams(window.location.search).get('app') ?? '/',
  window.location.href,
);
const show = (id: string, event: SelectedEventInfo | null) => {
  const out = document.getElementById(id);
  if (out) out.textContent = event ? `${event.dateLabel}: ${event.title}` : 'nothing';
};

function loadScript(src: string, module = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    if (module) s.type = 'module';
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

// 1. iframe, sized and mirrored by the helper.
const iframe = document.createElement('iframe');
iframe.title = 'China–North Korea timeline (iframe)';
iframe.src = new URL('?embed=1', app).href;
iframe.style.height = '150px';
document.getElementById('iframe-slot')?.append(iframe);
void loadScript(new URL('embed/host.js', app).href).then(() => {
  const helper = (window as unknown as { ChinaDprkTimeline: HostHelper }).ChinaDprkTimeline;
  const frame = helper.attach(iframe, {
    onSelect: (e) => show('iframe-selection', e),
    mirrorParam: 'timeline',
  });
  document
    .getElementById('send-state')
    ?.addEventListener('click', () =>
      frame.setState({ leader: 'kim-jong-un', from: 2025, to: 2025 }),
    );
});

// 2. Two custom elements, each with its own state.
void loadScript(new URL('embed/china-dprk-timeline.js', app).href, true).then(() => {
  const a = document.createElement('china-dprk-timeline');
  a.setAttribute('from', '2022');
  a.setAttribute('to', '2022');
  a.addEventListener('timeline-select', (e) =>
    show(
      'element-a-selection',
      (e as CustomEvent<{ event: SelectedEventInfo | null }>).detail.event,
    ),
  );
  const b = document.createElement('china-dprk-timeline');
  b.setAttribute('leader', 'kim-il-sung');
  b.setAttribute('theme', 'dark');
  b.addEventListener('timeline-select', (e) =>
    show(
      'element-b-selection',
      (e as CustomEvent<{ event: SelectedEventInfo | null }>).detail.event,
    ),
  );
  document.getElementById('element-a-slot')?.append(a);
  document.getElementById('element-b-slot')?.append(b);
});

// 3. The React component, with the example dataset from the app's origin.
const root = document.getElementById('react-root');
if (root) {
  createRoot(root).render(
    createElement(ChinaDprkTimeline, {
      datasetUrl: new URL('examples/treaty-anniversaries.json', app).href,
      onSelect: (e: SelectedEventInfo | null) => show('react-selection', e),
    }),
  );
}

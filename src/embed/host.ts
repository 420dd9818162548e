/**
 * The iframe host helper, built to embed/host.js: a classic script with no dependencies, for the
 * page that embeds the timeline in an iframe.
 *
 *   <iframe src="https://timeline.example/?embed=1" data-china-dprk-timeline
 *           title="China–North Korea timeline" style="width:100%;border:0"></iframe>
 *   <script src="https://timeline.example/embed/host.js" defer></script>
 *
 * Every such iframe is sized to its content. For more, call
 *   const frame = ChinaDprkTimeline.attach(iframe, { onSelect, onState, mirrorParam: 'timeline' });
 *   frame.setState({ leader: 'kim-jong-un', from: 2025 });   // or frame.setState('?event=…')
 * mirrorParam keeps the frame's view in the host page's own URL (?timeline=…), so a link to the
 * host page reopens the same view inside the frame. Only messages from the frame's own window
 * and origin are read.
 */
import type { ViewState, ViewStateKey } from '../domain/view-state';
import { VIEW_STATE_KEYS } from '../domain/view-state';
import type { SelectedEventInfo } from './messages';
import { PROTOCOL, PROTOCOL_VERSION, envelope, readEmbedMessage } from './messages';

export interface AttachOptions {
  readonly onSelect?: (event: SelectedEventInfo | null) => void;
  /** Every filter or selection change in the frame: the state and its query string. */
  readonly onState?: (state: ViewState, search: string) => void;
  readonly onReady?: () => void;
  /** A query parameter of the host page that mirrors the frame's view state. */
  readonly mirrorParam?: string;
}

/** A state as a host writes it: the URL's keys (or `leaders` as a list), normalised in the frame. */
export type HostViewState = { readonly [K in ViewStateKey]?: string | number } & {
  readonly leaders?: readonly string[];
};

export interface AttachedFrame {
  /** Sends a view state in: an object ({ leader, from, to, q, event, view }) or a query string. */
  setState(state: HostViewState | string): void;
  detach(): void;
}

export interface HostHelper {
  attach(iframe: HTMLIFrameElement, options?: AttachOptions): AttachedFrame;
  readonly PROTOCOL: string;
  readonly VERSION: number;
}

const attached = new WeakMap<HTMLIFrameElement, AttachedFrame>();

/** Opens the frame on the view kept in the host's URL, if there is one. */
function openMirroredView(iframe: HTMLIFrameElement, mirror: string) {
  const wanted = new URLSearchParams(window.location.search).get(mirror);
  if (wanted === null) return;
  const src = new URL(iframe.getAttribute('src') ?? '', window.location.href);
  const state = new URLSearchParams(wanted);
  for (const key of VIEW_STATE_KEYS) {
    const value = state.get(key);
    src.searchParams.delete(key);
    if (value !== null) src.searchParams.set(key, value);
  }
  iframe.setAttribute('src', src.href);
}

function keepMirroredView(mirror: string, search: string) {
  const url = new URL(window.location.href);
  if (search) url.searchParams.set(mirror, search.replace(/^\?/, ''));
  else url.searchParams.delete(mirror);
  // Replace, not push: the frame's every step would otherwise fill the host's Back button.
  if (url.href !== window.location.href) {
    window.history.replaceState(window.history.state, '', url.href);
  }
}

function attach(iframe: HTMLIFrameElement, options: AttachOptions = {}): AttachedFrame {
  const known = attached.get(iframe);
  if (known) return known;
  const origin = new URL(iframe.getAttribute('src') ?? '', window.location.href).origin;
  const mirror = options.mirrorParam;
  if (mirror) openMirroredView(iframe, mirror);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const m = readEmbedMessage(event.data);
    if (m?.type === 'height') iframe.style.height = `${Math.ceil(m.height)}px`;
    else if (m?.type === 'select') options.onSelect?.(m.event);
    else if (m?.type === 'state') {
      options.onState?.(m.state, m.search);
      if (mirror) keepMirroredView(mirror, m.search);
    } else if (m?.type === 'ready') options.onReady?.();
  };
  window.addEventListener('message', onMessage);

  const frame: AttachedFrame = {
    setState(state) {
      const body = typeof state === 'string' ? { search: state } : { state };
      iframe.contentWindow?.postMessage(envelope({ type: 'set-state', ...body }), origin);
    },
    detach() {
      window.removeEventListener('message', onMessage);
      attached.delete(iframe);
    },
  };
  attached.set(iframe, frame);
  return frame;
}

function attachAll() {
  document
    .querySelectorAll<HTMLIFrameElement>('iframe[data-china-dprk-timeline]')
    .forEach((iframe) => attach(iframe));
}

const helper: HostHelper = { attach, PROTOCOL, VERSION: PROTOCOL_VERSION };
(window as Window & { ChinaDprkTimeline?: HostHelper }).ChinaDprkTimeline = helper;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachAll);
else attachAll();

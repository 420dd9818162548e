/**
 * <china-dprk-timeline>: the timeline as a custom element for any page. Styles live in its
 * shadow root, so the host's CSS cannot reach in and its CSS cannot leak out; every element on a
 * page keeps its own state. Attributes: dataset-url, theme, height and the view-state keys (leader,
 * from, to, q, event, view), read like a link's query string.
 * Events (bubbling, composed): `timeline-select` ({ detail: { event } }) and `timeline-statechange`
 * ({ detail: { state } }).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { TimelineApp } from '../app/TimelineApp';
import type { DatasetSource } from '../data/dataset-source';
import { resolveDatasetSource } from '../data/dataset-source';
import { createQueryClient } from '../data/query-client';
import type { ViewState } from '../domain/view-state';
import { VIEW_STATE_KEYS, normalizeViewState, readViewStateKeys } from '../domain/view-state';
import { EMBED_CSS } from './embed-styles';
import type { SelectedEventInfo } from './messages';

const HOST_CSS = `
:host { display: block; position: relative; contain: content; }
:host([hidden]) { display: none; }
.scroller { height: 100%; overflow: auto; }
`;

/** One QueryClient per page: elements showing the same dataset share one download. */
const sharedClient = createQueryClient();

function defaultDatasetUrl(): string {
  return new URL('../data/china-dprk.json', import.meta.url).href;
}

export class ChinaDprkTimelineElement extends HTMLElement {
  static observedAttributes = ['dataset-url', 'theme', 'height', ...VIEW_STATE_KEYS];

  #root: Root | null = null;
  #state: ViewState | null = null;
  #mount: HTMLDivElement | null = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `${HOST_CSS}\n${EMBED_CSS}`;
      this.#mount = document.createElement('div');
      this.#mount.className = 'scroller';
      shadow.append(style, this.#mount);
    }
    if (!this.#root && this.#mount) this.#root = createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback() {
    const root = this.#root;
    this.#root = null;
    // Unmount after the current task, in case the element is only being moved.
    queueMicrotask(() => {
      if (!this.isConnected) root?.unmount();
      else if (root) {
        this.#root = root;
      }
    });
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null) {
    if (previous === next) return;
    if ((VIEW_STATE_KEYS as readonly string[]).includes(name)) this.#state = null;
    this.#render();
  }

  /** The current view state (read-only copy). */
  get state(): ViewState {
    return this.#state ?? this.#stateFromAttributes();
  }

  #stateFromAttributes(): ViewState {
    return normalizeViewState(readViewStateKeys((name) => this.getAttribute(name)));
  }

  #source(): DatasetSource {
    return resolveDatasetSource({
      url: this.getAttribute('dataset-url'),
      base: document.baseURI,
      otherwise: { url: defaultDatasetUrl() },
    });
  }

  #setState = (next: ViewState) => {
    this.#state = next;
    this.dispatchEvent(
      new CustomEvent('timeline-statechange', {
        detail: { state: next },
        bubbles: true,
        composed: true,
      }),
    );
    this.#render();
  };

  #onSelect = (event: SelectedEventInfo | null) => {
    this.dispatchEvent(
      new CustomEvent('timeline-select', { detail: { event }, bubbles: true, composed: true }),
    );
  };

  #render() {
    if (!this.#root) return;
    const height = this.getAttribute('height');
    this.style.height =
      height && /^\d+(\.\d+)?(px|rem|em|vh|%)?$/.test(height)
        ? /\d$/.test(height)
          ? `${height}px`
          : height
        : '';
    const theme = this.getAttribute('theme');
    this.#root.render(
      <StrictMode>
        <QueryClientProvider client={sharedClient}>
          <TimelineApp
            dataset={this.#source()}
            state={this.state}
            onStateChange={this.#setState}
            onEventSelected={this.#onSelect}
            theme={theme === 'dark' || theme === 'light' ? theme : undefined}
            compact
          />
        </QueryClientProvider>
      </StrictMode>,
    );
  }
}

if (!customElements.get('china-dprk-timeline')) {
  customElements.define('china-dprk-timeline', ChinaDprkTimelineElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'china-dprk-timeline': ChinaDprkTimelineElement;
  }
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterAll, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { TimelineApp } from '../../../src/app/TimelineApp';
import { DEFAULT_VIEW_STATE } from '../../../src/domain/view-state';
import type { ViewState } from '../../../src/domain/view-state';
import bundled from '../../../public/data/china-dprk.json';

/*
 * The app fetches the list view's code once its first view is up, without waiting for it
 * (TimelineView's loadEventList). A test file that has rendered the app lets that import finish
 * before its environment is torn down; cut off mid-import, it fails the run as an unhandled error.
 */
afterAll(async () => {
  await import('../../../src/list/EventList');
});

/** A fixed "today" so the axis is the same on every run. */
export const NOW = Date.UTC(2026, 10, 25);

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 200 ? 'OK' : 'Not Found',
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Stubs fetch with a queue of answers; the last one repeats. */
export function stubFetch(...answers: (() => Response | Promise<Response>)[]) {
  const fn = vi.fn(async () => {
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (!next) throw new Error('no answer');
    return next();
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

export const bundledDataset = bundled;

export function renderTimeline(state: Partial<ViewState> = {}, onStateChange = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <TimelineApp
        dataset={{ url: 'http://127.0.0.1/data.json' }}
        state={{ ...DEFAULT_VIEW_STATE, ...state }}
        onStateChange={onStateChange}
        now={NOW}
      />
    </QueryClientProvider>,
  );
  return { ...utils, onStateChange, client };
}

export function renderApp() {
  return render(<App />);
}

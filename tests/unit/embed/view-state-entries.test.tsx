/**
 * Every way in accepts exactly the same states: a link's query string, a custom element's
 * attributes, a host's postMessage (as a query string or an object) and the React component's
 * props. Against the loaded dataset, each drops an unknown event or leader the same way.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ViewState, ViewStateKey } from '../../../src/domain/view-state';
import {
  DEFAULT_VIEW_STATE,
  VIEW_STATE_KEYS,
  parseViewState,
} from '../../../src/domain/view-state';
import { ChinaDprkTimeline } from '../../../src/embed';
import '../../../src/embed/custom-element';
import { PROTOCOL, PROTOCOL_VERSION, readHostMessage } from '../../../src/embed/messages';
import bundled from '../../../public/data/china-dprk.json';
import { bundledDataset, jsonResponse, renderApp, stubFetch } from '../app/render-app';
import { rawValues } from '../domain/view-state-arbitraries';

type Raw = Partial<Record<ViewStateKey, string>>;

const raws: fc.Arbitrary<Raw> = fc.record(
  Object.fromEntries(VIEW_STATE_KEYS.map((key) => [key, rawValues])) as Record<
    ViewStateKey,
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);

function fromLink(raw: Raw): ViewState {
  return parseViewState(new URLSearchParams(raw).toString());
}

function fromAttributes(raw: Raw): ViewState {
  const element = document.createElement('china-dprk-timeline');
  for (const [name, value] of Object.entries(raw)) element.setAttribute(name, value);
  return element.state;
}

function fromMessage(message: object): ViewState {
  const m = readHostMessage({
    protocol: PROTOCOL,
    version: PROTOCOL_VERSION,
    type: 'set-state',
    ...message,
  });
  if (!m) throw new Error('message refused');
  // What the app inside the frame does with it.
  return parseViewState(m.search);
}

describe('every entry reads the same state from the same values', () => {
  it('a link, attributes and both forms of host message agree', () => {
    fc.assert(
      fc.property(raws, (raw) => {
        const link = fromLink(raw);
        expect(fromAttributes(raw)).toEqual(link);
        expect(fromMessage({ search: new URLSearchParams(raw).toString() })).toEqual(link);
        expect(fromMessage({ state: raw })).toEqual(link);
      }),
      { numRuns: 200 },
    );
  });

  it('a backwards year range is swapped by each of them', () => {
    const raw = { from: '2025', to: '2019' };
    for (const state of [fromLink(raw), fromAttributes(raw), fromMessage({ state: raw })]) {
      expect([state.from, state.to]).toEqual([2019, 2025]);
    }
  });
});

/**
 * A leader and an event the bundled dataset does not have, and 2024–2025 written backwards:
 * read right, that is every event of 2024 and 2025 (five), with nothing selected.
 */
const ODD = { leaders: ['nobody'], from: 2025, to: 2024, event: 'no-such-event' };
const ODD_LINK = '?leader=nobody&from=2025&to=2024&event=no-such-event';
const FIVE = 'Timeline chart, 5 events';

describe('against the loaded dataset, unknown ids are dropped the same way', () => {
  it('by a link', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    window.history.replaceState(null, '', `/${ODD_LINK}`);
    renderApp();
    expect(await screen.findByRole('group', { name: FIVE })).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kim Jong Un' }));
    expect(window.location.search).toBe('?leader=kim-jong-un&from=2024&to=2025');
    window.history.replaceState(null, '', '/');
  });

  it('by the React component’s initial state', async () => {
    const onStateChange = vi.fn();
    render(
      <ChinaDprkTimeline dataset={bundled} initialState={ODD} onStateChange={onStateChange} />,
    );
    expect(await screen.findByRole('group', { name: FIVE })).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kim Jong Un' }));
    expect(onStateChange).toHaveBeenLastCalledWith({
      ...DEFAULT_VIEW_STATE,
      leaders: ['kim-jong-un'],
      from: 2024,
      to: 2025,
    });
  });

  it('by the React component’s controlled state', async () => {
    const onStateChange = vi.fn();
    render(
      <ChinaDprkTimeline
        dataset={bundled}
        state={{ ...DEFAULT_VIEW_STATE, ...ODD }}
        onStateChange={onStateChange}
      />,
    );
    expect(await screen.findByRole('group', { name: FIVE })).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Kim Jong Un' }));
    expect(onStateChange).toHaveBeenLastCalledWith({
      ...DEFAULT_VIEW_STATE,
      leaders: ['kim-jong-un'],
      from: 2024,
      to: 2025,
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/domain/timeline-model';
import {
  DEFAULT_VIEW_STATE,
  fitViewStateToTimeline,
  mergeIntoSearch,
  normalizeViewState,
  parseViewState,
  serializeViewState,
} from '../../../src/domain/view-state';
import { validDataset } from './fixtures';
import { viewStates } from './view-state-arbitraries';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state = {
      leaders: ['xi-jinping', 'kim-jong-un'],
      from: 2019,
      to: 2022,
      q: 'new situation',
      event: 'xi-reply-new-situation-2022',
      view: 'list' as const,
    };
    const search = serializeViewState(state);
    expect(search).toBe(
      '?leader=xi-jinping,kim-jong-un&from=2019&to=2022&q=new+situation&event=xi-reply-new-situation-2022&view=list',
    );
    expect(parseViewState(search)).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('drops what it cannot read instead of failing', () => {
    expect(
      parseViewState('?leader=<script>,kim-jong-un&from=soon&to=1961&event=../x&view=3d'),
    ).toEqual({
      ...DEFAULT_VIEW_STATE,
      leaders: ['kim-jong-un'],
      to: 1961,
    });
  });

  it('puts a reversed year range in order', () => {
    const s = parseViewState('?from=2025&to=2019');
    expect([s.from, s.to]).toEqual([2019, 2025]);
  });

  it('keeps query keys that are not view state', () => {
    expect(
      mergeIntoSearch('?data=https://x.test/d.json&event=old', {
        ...DEFAULT_VIEW_STATE,
        event: 'new',
      }),
    ).toBe('?data=https%3A%2F%2Fx.test%2Fd.json&event=new');
  });
});

describe('normalizeViewState, the one way in', () => {
  it('reads numbers, strings and lists alike', () => {
    expect(
      normalizeViewState({
        leaders: ['kim-jong-un', 'xi-jinping,kim-jong-un'],
        from: 2019,
        to: '2022',
      }),
    ).toEqual({
      ...DEFAULT_VIEW_STATE,
      leaders: ['kim-jong-un', 'xi-jinping'],
      from: 2019,
      to: 2022,
    });
    expect(normalizeViewState({ leader: 'kim-jong-un' }).leaders).toEqual(['kim-jong-un']);
  });

  it('drops what a link could not say and swaps a backwards range', () => {
    expect(
      normalizeViewState({
        leaders: [42, '<b>', 'xi-jinping'],
        from: 2025.5,
        to: -3,
        event: 'Not An Id',
        view: 'table',
        q: '   ',
      }),
    ).toEqual({ ...DEFAULT_VIEW_STATE, leaders: ['xi-jinping'] });
    expect(normalizeViewState({ from: 2025, to: 2019 })).toMatchObject({ from: 2019, to: 2025 });
  });

  it('keeps search text to 200 characters', () => {
    expect(normalizeViewState({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });

  it('leaves a normal state as it is, and a link round-trips it', () => {
    fc.assert(
      fc.property(viewStates, (state) => {
        expect(normalizeViewState(state)).toEqual(state);
        expect(parseViewState(serializeViewState(state))).toEqual(state);
      }),
    );
  });
});

describe('fitViewStateToTimeline', () => {
  const timeline = buildTimeline(validDataset(), Date.UTC(2026, 0, 1));

  it('drops an event and leaders the dataset does not have', () => {
    expect(
      fitViewStateToTimeline(
        { ...DEFAULT_VIEW_STATE, leaders: ['nobody', 'kim'], event: 'no-such-event' },
        timeline,
      ),
    ).toEqual({ ...DEFAULT_VIEW_STATE, leaders: ['kim'] });
  });

  it('returns the same state when the dataset knows all of it', () => {
    const state = { ...DEFAULT_VIEW_STATE, leaders: ['xi'], event: 'ties', from: 1949 };
    expect(fitViewStateToTimeline(state, timeline)).toBe(state);
  });
});

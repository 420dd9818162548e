import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  mergeIntoSearch,
  parseViewState,
  serializeViewState,
} from '../../../src/domain/url-state';

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

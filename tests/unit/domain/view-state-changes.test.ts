import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/domain/view-state';
import {
  changeFilter,
  clearFilters,
  selectEvent,
  switchView,
} from '../../../src/domain/view-state-changes';

const filtered = {
  ...DEFAULT_VIEW_STATE,
  leaders: ['kim-jong-un'],
  from: 2019,
  to: 2025,
  q: 'treaty',
  event: 'friendship-treaty-1961',
};

describe('the reader’s state changes', () => {
  it('selecting (or clearing the selection) is a new history entry and keeps the filters', () => {
    expect(selectEvent(filtered, 'ties-75th-messages-2024')).toEqual({
      state: { ...filtered, event: 'ties-75th-messages-2024' },
      history: 'push',
    });
    expect(selectEvent(filtered, null)).toEqual({
      state: { ...filtered, event: null },
      history: 'push',
    });
  });

  it('a leader or year filter is a new entry; typing a search replaces the current one', () => {
    expect(changeFilter(filtered, { leaders: [] })).toEqual({
      state: { ...filtered, leaders: [] },
      history: 'push',
    });
    expect(changeFilter(filtered, { from: 2020, to: null })).toEqual({
      state: { ...filtered, from: 2020, to: null },
      history: 'push',
    });
    expect(changeFilter(filtered, { q: 'treaty of' })).toEqual({
      state: { ...filtered, q: 'treaty of' },
      history: 'replace',
    });
  });

  it('clearing the filters keeps the selection and the view', () => {
    const listed = { ...filtered, view: 'list' as const };
    expect(clearFilters(listed)).toEqual({
      state: {
        ...DEFAULT_VIEW_STATE,
        event: 'friendship-treaty-1961',
        view: 'list',
      },
      history: 'push',
    });
  });

  it('switching between chart and list is a new entry and keeps everything else', () => {
    expect(switchView(filtered, 'list')).toEqual({
      state: { ...filtered, view: 'list' },
      history: 'push',
    });
  });

  it('never changes the state it is given', () => {
    const before = structuredClone(filtered);
    selectEvent(filtered, null);
    changeFilter(filtered, { q: '' });
    clearFilters(filtered);
    switchView(filtered, 'list');
    expect(filtered).toEqual(before);
  });
});

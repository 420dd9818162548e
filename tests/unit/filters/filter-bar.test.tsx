import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../src/filters/FilterBar';
import { NO_FILTER } from '../../../src/domain/event-filter';
import type { EventFilter } from '../../../src/domain/event-filter';
import { validateDataset } from '../../../src/domain/validate-dataset';
import bundled from '../../../public/data/china-dprk.json';

const result = validateDataset(bundled);
if (!result.ok) throw new Error('the bundled dataset must be valid');
const { timeline } = result;

function renderBar(filter: Partial<EventFilter> = {}) {
  return render(
    <FilterBar
      timeline={timeline}
      filter={{ ...NO_FILTER, ...filter }}
      shown={timeline.events.length}
      onChange={vi.fn()}
      onClear={vi.fn()}
      now={Date.UTC(2026, 10, 25)}
    />,
  );
}

describe('the Filters button (narrow screens)', () => {
  it('starts folded and controls the fields it folds', () => {
    renderBar();
    const button = screen.getByRole('button', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const fields = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(fields).toContainElement(screen.getByRole('searchbox', { name: 'Search' }));
    expect(fields).toContainElement(screen.getByRole('checkbox', { name: 'Kim Jong Un' }));
    expect(fields).toContainElement(screen.getByRole('combobox', { name: 'From' }));
    // The count stays outside, in sight while the fields are folded.
    expect(fields).not.toContainElement(screen.getByRole('status'));
  });

  it('opens and closes the fields', async () => {
    renderBar();
    const button = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it.each<[string, Partial<EventFilter>, string]>([
    ['no filter', {}, 'Filters'],
    ['a search', { q: 'treaty' }, 'Filters (1)'],
    ['blank search text', { q: '   ' }, 'Filters'],
    ['two leaders', { leaders: ['xi-jinping', 'kim-jong-un'] }, 'Filters (2)'],
    ['one year', { from: 2022, to: 2022 }, 'Filters (1)'],
    ['an open-ended range', { from: 2019, to: null }, 'Filters (1)'],
    [
      'all three kinds',
      { q: 'visit', leaders: ['kim-jong-un'], from: 2025, to: 2025 },
      'Filters (3)',
    ],
  ])('says how many filters are set: %s', (_, filter, name) => {
    renderBar(filter);
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the year lists', () => {
  const years = (name: string) =>
    within(screen.getByRole('combobox', { name }))
      .getAllByRole('option')
      .map((o) => o.textContent);

  it('offer every year from the first event to this one', () => {
    renderBar();
    const all = years('From');
    expect(all[0]).toBe('any');
    expect(all[1]).toBe('1949');
    expect(all.at(-1)).toBe('2026');
    expect(all).toHaveLength(2 + 2026 - 1949);
    expect(years('To')).toEqual(all);
  });

  it('on a page showing another dataset, fill in once its first view is painted', async () => {
    document.documentElement.classList.add('other-dataset');
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    try {
      renderBar({ from: 2019 });
      // The first drawing holds what each select shows, and nothing else.
      expect(years('From')).toEqual(['any', '2019']);
      expect(years('To')).toEqual(['any']);
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2019');
      await act(async () => {
        vi.advanceTimersToNextFrame();
        vi.advanceTimersByTime(1);
      });
      expect(years('From')).toHaveLength(2 + 2026 - 1949);
      expect(years('To')).toHaveLength(2 + 2026 - 1949);
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2019');
    } finally {
      vi.useRealTimers();
      document.documentElement.classList.remove('other-dataset');
    }
  });
});

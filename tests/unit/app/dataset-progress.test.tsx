import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DatasetProgress,
  PROGRESS_DELAY_MS,
  describeProgress,
} from '../../../src/app/DatasetProgress';

afterEach(() => {
  vi.useRealTimers();
});

describe('describeProgress', () => {
  it('says bytes read of the total, and announces only whole quarters', () => {
    expect(describeProgress({ stage: 'reading', loaded: 4_600_000, total: 9_000_000 })).toEqual({
      shown: 'Reading the dataset: 4.6 of 9.0 MB',
      announced: 'Reading the dataset, 50% done',
    });
  });

  it('says bytes read when the total is unknown, then how many events are checked', () => {
    expect(describeProgress({ stage: 'reading', loaded: 1_200_000, total: null }).shown).toBe(
      'Reading the dataset: 1.2 MB',
    );
    expect(describeProgress({ stage: 'checking', events: 10_000 }).shown).toBe(
      'Checking 10\u202f000 events…',
    );
    expect(describeProgress({ stage: 'checking', events: null }).shown).toBe(
      'Checking the dataset…',
    );
  });
});

describe('DatasetProgress', () => {
  it('shows nothing for a load shorter than the delay, then a bar with its value', () => {
    vi.useFakeTimers();
    render(<DatasetProgress progress={{ stage: 'reading', loaded: 300, total: 1_000 }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
    act(() => vi.advanceTimersByTime(PROGRESS_DELAY_MS));
    const bar = screen.getByRole('progressbar', { name: 'Loading the dataset' });
    expect(bar).toHaveAttribute('value', '300');
    expect(bar).toHaveAttribute('max', '1000');
    expect(screen.getByRole('status')).toHaveTextContent('Reading the dataset, 25% done');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChinaDprkTimeline } from '../../../src/embed';
import bundled from '../../../public/data/china-dprk.json';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the React component', () => {
  it('shows a dataset passed as a value, reports selections, and leaves the page URL alone', async () => {
    window.history.replaceState(null, '', '/host-page?keep=1');
    const onSelect = vi.fn();
    render(
      <ChinaDprkTimeline
        dataset={bundled}
        initialState={{ from: 2024, to: 2024 }}
        onSelect={onSelect}
      />,
    );
    const chart = await screen.findByRole('group', { name: 'Timeline chart, 1 event' });
    await userEvent.click(within(chart).getByRole('button', { name: /^6 Oct 2024/ }));
    expect(await screen.findByRole('region', { name: /75th anniversary/ })).toBeInTheDocument();
    expect(onSelect).toHaveBeenLastCalledWith({
      id: 'ties-75th-messages-2024',
      title: 'Messages on the 75th anniversary of diplomatic ties',
      dateLabel: '6 Oct 2024',
      date: '2024-10-06',
    });
    expect(window.location.search).toBe('?keep=1');
  });

  it('refuses a dataset address that is not http(s), saying why', async () => {
    render(<ChinaDprkTimeline datasetUrl="javascript:alert(1)" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The dataset address must be an http(s) URL; "javascript:alert(1)" uses javascript:',
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('can be controlled by the host', async () => {
    const onStateChange = vi.fn();
    render(
      <ChinaDprkTimeline
        dataset={bundled}
        state={{
          leaders: ['kim-il-sung'],
          from: null,
          to: null,
          q: '',
          event: null,
          view: 'chart',
        }}
        onStateChange={onStateChange}
      />,
    );
    await screen.findByRole('group', { name: 'Timeline chart, 1 event' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Zhou Enlai' }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ leaders: ['kim-il-sung', 'zhou-enlai'] }),
    );
  });
});

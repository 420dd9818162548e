import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import example from '../../../public/examples/treaty-anniversaries.json';
import { bundledDataset, jsonResponse, renderApp, stubFetch } from '../app/render-app';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** Two timelines drawn in jsdom, and lazy parts compiled on first use: slow on a busy machine. */
const SLOW = 20_000;

/** The tools' chunk is compiled on first use: slow on a busy machine. */
const SLOW_LOAD = { timeout: 10_000 };

/** The page's file input once its tools are alive: until then it shows, disabled. */
async function liveFileInput(): Promise<HTMLElement> {
  return waitFor(() => {
    const input = screen.getByLabelText('Open a file');
    expect(input).toBeEnabled();
    return input;
  }, SLOW_LOAD);
}

function fileOf(value: unknown, name: string): File {
  return new File([JSON.stringify(value)], name, { type: 'application/json' });
}

describe('opening a file in the page', () => {
  it(
    'draws the file at once, without fetching it, and goes back',
    async () => {
      const fetch = stubFetch(() => jsonResponse(bundledDataset));
      renderApp();
      await screen.findByRole('group', {
        name: `Timeline chart, ${bundledDataset.events.length} events`,
      });
      await userEvent.upload(await liveFileInput(), fileOf(example, 'mine.json'));
      expect(
        await screen.findByRole('heading', { level: 1, name: example.title }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('group', { name: 'Timeline chart, 2 events' }),
      ).toBeInTheDocument();
      expect(fetch).toHaveBeenCalledTimes(1);
      const note = screen.getByRole('region', { name: /Showing your file mine\.json/ });
      expect(note).toHaveTextContent('not uploaded');
      expect(within(note).getByRole('button', { name: 'Download dataset JSON' })).toBeEnabled();

      await userEvent.click(
        within(note).getByRole('button', { name: 'Back to the bundled timeline' }),
      );
      expect(
        await screen.findByRole('group', {
          name: `Timeline chart, ${bundledDataset.events.length} events`,
        }),
      ).toBeInTheDocument();
      expect(screen.getByLabelText('Open a file')).toHaveFocus();
    },
    SLOW,
  );

  it(
    'lists the problems of a bad file with their paths, and draws nothing of it',
    async () => {
      stubFetch(() => jsonResponse(bundledDataset));
      renderApp();
      await screen.findByRole('group', {
        name: `Timeline chart, ${bundledDataset.events.length} events`,
      });
      const bad = { ...example, events: [{ ...example.events[0], date: '1961-13-01' }] };
      await userEvent.upload(await liveFileInput(), fileOf(bad, 'bad.json'));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('This dataset cannot be shown');
      expect(alert).toHaveTextContent('events[0].date');
      expect(screen.queryByRole('group', { name: /Timeline chart/ })).not.toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Download dataset JSON' }),
      ).not.toBeInTheDocument();
    },
    SLOW,
  );
});

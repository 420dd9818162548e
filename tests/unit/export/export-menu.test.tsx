import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset, jsonResponse, renderTimeline, stubFetch } from '../app/render-app';

afterEach(() => vi.unstubAllGlobals());

const SLOW = 20_000;

describe('the export menu', () => {
  it(
    'offers SVG, PNG and CSV under the chart',
    async () => {
      stubFetch(() => jsonResponse(bundledDataset));
      renderTimeline();
      const menu = await screen.findByRole('group', { name: 'Export' });
      expect(
        within(menu)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['SVG', 'PNG', 'CSV']);
    },
    SLOW,
  );

  it(
    'offers only CSV in the list view, where there is no picture',
    async () => {
      stubFetch(() => jsonResponse(bundledDataset));
      renderTimeline({ view: 'list' });
      const menu = await screen.findByRole('group', { name: 'Export' });
      expect(
        within(menu)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['CSV']);
    },
    SLOW,
  );
});

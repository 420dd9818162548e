import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset, jsonResponse, renderTimeline, stubFetch } from './render-app';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the skip link', () => {
  it('is the first thing Tab reaches, and takes focus to the chart’s first event', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline();
    const chart = await screen.findByRole('group', { name: /^Timeline chart/ });
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to the timeline' });
    expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(chart).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAccessibleName(/^6 Oct 1949/);
    // From there the chart's own keys work at once.
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^11 Jul 1961/);
  });

  it('takes focus to the first event of the list view when the list is shown', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline({ view: 'list', from: 2024, to: 2024 });
    const list = await screen.findByRole('list', { name: 'Events in time order' });
    await userEvent.click(screen.getByRole('link', { name: 'Skip to the timeline' }));
    expect(document.activeElement).toBe(within(list).getAllByRole('button')[0]);
    expect(document.activeElement).toHaveTextContent(
      'Messages on the 75th anniversary of diplomatic ties',
    );
  });

  it('points at the main part by id, for a browser without JavaScript', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline();
    await screen.findByRole('group', { name: /^Timeline chart/ });
    const href = screen.getByRole('link', { name: 'Skip to the timeline' }).getAttribute('href');
    expect(href).toMatch(/^#./);
    expect(document.getElementById(href?.slice(1) ?? '')).toContainElement(
      screen.getByRole('group', { name: /^Timeline chart/ }),
    );
  });
});

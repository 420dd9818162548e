import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '../../../src/detail/DetailPanel';
import type { Dataset, DatasetEvent } from '../../../src/domain/dataset-schema';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { validDataset } from '../domain/fixtures';

/** A dataset shaped like an import: one event with what TimelineJS gives, no sources at all. */
function importedDataset(extra: Partial<DatasetEvent>): Dataset {
  return {
    ...validDataset(),
    sources: [],
    people: [],
    events: [
      {
        id: 'qin',
        title: 'Qin unifies China',
        date: '-0220',
        kind: 'event',
        side: 'cn',
        people: [],
        sources: [],
        quotes: [],
        ...extra,
      },
    ],
  };
}

function renderPanel(dataset: Dataset, id = 'qin') {
  const timeline = buildTimeline(dataset);
  const event = timeline.eventById.get(id);
  if (!event) throw new Error(`no event ${id}`);
  render(
    <DetailPanel
      timeline={timeline}
      event={event}
      previous={null}
      next={null}
      onSelect={vi.fn()}
      onClose={vi.fn()}
    />,
  );
  return screen.getByRole('region', { name: event.data.title });
}

describe('the detail panel for an imported event', () => {
  it('shows the display date, the summary as paragraphs, media and links as links', () => {
    const panel = renderPanel(
      importedDataset({
        displayDate: 'Spring 221 BC',
        summary: 'Ying Zheng completes the conquest.\n\nHe standardises <b>writing</b>.',
        media: {
          url: 'https://museum.example/tile.jpg',
          caption: 'A roof tile',
          credit: 'Example museum',
        },
        links: [
          { url: 'https://wiki.example/Qin', text: 'Qin dynasty' },
          { url: 'https://bare.example/' },
        ],
      }),
    );
    expect(within(panel).getByRole('term')).toHaveTextContent('Date');
    expect(panel).toHaveTextContent('Spring 221 BC');
    const paragraphs = panel.querySelectorAll('.detail-summary p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'Ying Zheng completes the conquest.',
      'He standardises <b>writing</b>.',
    ]);
    // Text stays text: no element was made from it.
    expect(panel.querySelector('b')).toBeNull();

    const media = within(panel).getByRole('link', { name: 'Media at museum.example' });
    expect(media).toHaveAttribute('href', 'https://museum.example/tile.jpg');
    expect(media).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    expect(panel).toHaveTextContent(
      'Media at museum.example: A roof tile (credit: Example museum)',
    );
    // Third-party media is linked, never embedded.
    expect(panel.querySelector('img, video, audio, iframe')).toBeNull();

    const links = within(within(panel).getByRole('list', { name: 'Links' })).getAllByRole('link');
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
    ).toEqual([
      ['Qin dynasty', 'https://wiki.example/Qin', 'noopener noreferrer nofollow'],
      ['https://bare.example/', 'https://bare.example/', 'noopener noreferrer nofollow'],
    ]);
  });

  it('has no Sources heading, no empty summary and no links when the file gives none', () => {
    const panel = renderPanel(importedDataset({}));
    expect(within(panel).queryByRole('heading', { name: /^Sources?\b/ })).toBeNull();
    expect(panel.querySelector('.detail-summary')).toBeNull();
    expect(within(panel).queryByRole('link')).toBeNull();
    expect(within(panel).getByRole('heading', { name: 'Qin unifies China' })).toBeVisible();
  });

  it('still lists the sources of an event that cites them', () => {
    const panel = renderPanel(validDataset(), 'reply');
    expect(within(panel).getByRole('heading', { name: 'Source' })).toBeVisible();
    expect(within(panel).getByRole('article')).toHaveTextContent('Outlet Two');
    expect(panel.querySelectorAll('.detail-summary p')).toHaveLength(1);
  });
});

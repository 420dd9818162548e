import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { EventList } from '../../../src/list/EventList';
import { validDataset } from '../domain/fixtures';

function renderList(dataset: Dataset) {
  const timeline = buildTimeline(dataset);
  render(
    <EventList
      timeline={timeline}
      events={timeline.events}
      selectedId={null}
      onSelect={vi.fn()}
      hidden={false}
    />,
  );
  return screen.getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
}

describe('the event list', () => {
  it("shows an imported event's display date, paragraphs and links, and no empty sources", () => {
    const [item] = renderList({
      ...validDataset(),
      sources: [],
      people: [],
      events: [
        {
          id: 'qin',
          title: 'Qin unifies China',
          displayDate: 'c. 221 BC',
          summary: 'First.\n\nSecond <img src=x onerror=alert(1)>.',
          date: '-0220',
          kind: 'event',
          side: 'cn',
          people: [],
          sources: [],
          quotes: [],
          links: [{ url: 'https://wiki.example/Qin', text: 'Qin' }],
        },
      ],
    });
    if (!item) throw new Error('no list item');
    expect(within(item).getByRole('time')).toHaveTextContent('c. 221 BC');
    expect([...item.querySelectorAll('.list-summary p')].map((p) => p.textContent)).toEqual([
      'First.',
      'Second <img src=x onerror=alert(1)>.',
    ]);
    expect(item.querySelector('img')).toBeNull();
    expect(within(item).getByRole('link', { name: 'Qin' })).toHaveAttribute(
      'href',
      'https://wiki.example/Qin',
    );
    expect(within(item).queryByRole('list', { name: 'Sources' })).toBeNull();
  });

  it('lists the sources of events that cite them', () => {
    const items = renderList(validDataset());
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(within(item).getByRole('list', { name: 'Sources' })).toBeVisible();
    }
  });
});

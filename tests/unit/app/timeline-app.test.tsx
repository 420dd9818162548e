import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset, jsonResponse, renderApp, renderTimeline, stubFetch } from './render-app';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const markNamed = (name: RegExp) => screen.findByRole('button', { name });

describe('loading the dataset', () => {
  it('shows a skeleton while the dataset loads', async () => {
    let release: (r: Response) => void = () => {};
    const fetch = stubFetch(() => new Promise<Response>((resolve) => (release = resolve)));
    renderTimeline();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
    expect(screen.queryByRole('group', { name: /Timeline chart/ })).not.toBeInTheDocument();
    // The code that fetches is loaded on first use: the request starts once it has arrived.
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await act(async () => release(jsonResponse(bundledDataset)));
    expect(
      await screen.findByRole('group', { name: 'Timeline chart, 13 events' }),
    ).toBeInTheDocument();
  });

  it('says what failed and retries on request', async () => {
    const fetch = stubFetch(
      () => jsonResponse({}, 404),
      () => jsonResponse(bundledDataset),
    );
    renderTimeline();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the server answered 404 Not Found');
    expect(alert).toHaveTextContent('http://127.0.0.1/data.json');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('group', { name: 'Timeline chart, 13 events' }),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says when the network itself fails', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    renderTimeline();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the dataset (the network request failed).',
    );
  });

  it('lists the problems of an invalid dataset instead of a chart', async () => {
    const broken = structuredClone(bundledDataset) as { events: { date: string }[] };
    if (broken.events[3]) broken.events[3].date = '2024-13-01';
    stubFetch(() => jsonResponse(broken));
    renderTimeline();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This dataset cannot be shown');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'events[3].date: "2024-13-01" is not a valid date: there is no month 13',
    );
    expect(screen.queryByRole('group', { name: /Timeline chart/ })).not.toBeInTheDocument();
  });

  it('renders text from the dataset as text, never as HTML', async () => {
    const hostile = structuredClone(bundledDataset) as {
      events: { title: string; summary: string }[];
    };
    if (hostile.events[0]) {
      hostile.events[0].title = '<img src=x onerror="window.__pwned=1">Ties';
      hostile.events[0].summary = '<script>window.__pwned=1</script>';
    }
    stubFetch(() => jsonResponse(hostile));
    const { container } = renderTimeline({ event: 'diplomatic-ties-1949' });
    expect(
      await screen.findByRole('heading', { level: 2, name: /<img src=x/ }),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const panel = screen.getByRole('region', { name: /<img src=x/ });
    expect(within(panel).getByText('<script>window.__pwned=1</script>')).toBeInTheDocument();
  });
});

describe('the chart', () => {
  it('draws every event as a control named by its date and title', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline();
    const chart = await screen.findByRole('group', { name: 'Timeline chart, 13 events' });
    const marks = within(chart).getAllByRole('button');
    expect(marks).toHaveLength(13);
    // The visible label (date, short title) comes first: WCAG 2.5.3 Label in Name.
    expect(marks[0]).toHaveAccessibleName(
      '6 Oct 1949: Diplomatic ties established — China and North Korea establish diplomatic relations',
    );
    expect(marks[1]).toHaveAccessibleName(/^11 Jul 1961: /);
    expect(
      within(chart).getByRole('button', {
        name: /^20–26 Feb 2022: Xi replies: “new situation” — Xi replies.* \(reported 26 Feb 2022\)$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(chart).getByRole('button', {
        name: /^c\. 1 Oct 2025: Kim: PRC's 76th — Kim congratulates/,
      }),
    ).toBeInTheDocument();
  });

  it('asks the parent to select an event when its mark is clicked', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline();
    await userEvent.click(
      await markNamed(/^6 Oct 2024: Ties' 75th: messages — Messages on the 75th/),
    );
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ event: 'ties-75th-messages-2024' }),
      'push',
    );
  });
});

describe('the detail panel', () => {
  it('shows everything known about the selected event, its sources side by side', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline({ event: 'ties-75th-messages-2024' });
    const panel = await screen.findByRole('region', {
      name: 'Messages on the 75th anniversary of diplomatic ties',
    });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(panel).getByText('6 Oct 2024')).toBeInTheDocument();
    expect(within(panel).getByText(/Xi Jinping/, { selector: '.person-name' })).toBeInTheDocument();
    expect(
      within(panel).getByText(/^to strengthen strategic communication and coordination, deepen/),
    ).toBeInTheDocument();
    expect(
      within(panel).getAllByText(
        (_, el) =>
          el?.tagName === 'FIGCAPTION' &&
          /as carried by Xinhua; quoted in Inquirer\.net/.test(el.textContent ?? ''),
      ),
    ).toHaveLength(2);
    expect(within(panel).getByRole('heading', { name: 'Sources (2)' })).toBeInTheDocument();
    const cards = within(panel).getAllByRole('article');
    expect(cards.map((c) => c.querySelector('.source-outlet')?.textContent)).toEqual([
      'Inquirer.net (Global Nation)',
      'Press TV',
    ]);
  });

  it('shows the reported date, and links a reply to the message it answers', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline({ event: 'xi-reply-prc-76th-2025' });
    const panel = await screen.findByRole('region', { name: /strategic cooperation/ });
    expect(within(panel).getByText('Reported').nextSibling).toHaveTextContent('12 Oct 2025');
    await userEvent.click(within(panel).getByRole('button', { name: /Kim congratulates China/ }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ event: 'kim-telegram-prc-76th-2025' }),
      'push',
    );
  });

  it('marks facts filled in from the record', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline({ event: 'friendship-treaty-1961' });
    const panel = await screen.findByRole('region', { name: /treaty of friendship/ });
    expect(within(panel).getByRole('heading', { name: 'From the record' })).toBeInTheDocument();
    expect(
      within(panel).getByText(/the day, 11 July 1961, is from the record/),
    ).toBeInTheDocument();
  });

  it('offers previous and next among the filtered events', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline({
      event: 'kim-verbal-message-2022',
      from: 2022,
      to: 2022,
    });
    const panel = await screen.findByRole('region', { name: /verbal message/ });
    await userEvent.click(within(panel).getByRole('button', { name: /^Next: 20–26 Feb 2022/ }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ event: 'xi-reply-new-situation-2022' }),
      'push',
    );
    await userEvent.click(
      within(panel).getByRole('button', { name: /^← Previous: Jan – 20 Feb 2022/ }),
    );
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ event: 'kim-olympics-message-2022' }),
      'push',
    );
  });
});

describe('filters', () => {
  it('narrows the chart and the count by leader', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline({ leaders: ['kim-il-sung'] });
    const chart = await screen.findByRole('group', { name: 'Timeline chart, 1 event' });
    expect(within(chart).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByText(/Showing 1 of 13 events/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Kim Il Sung' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Xi Jinping' }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ leaders: ['kim-il-sung', 'xi-jinping'] }),
      'push',
    );
  });

  it('picks a year with one click and sets a range with the selects', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline();
    await screen.findByRole('group', { name: /Timeline chart/ });
    await userEvent.click(screen.getByRole('button', { name: '2022' }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: 2022, to: 2022 }),
      'push',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2019');
    expect(onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ from: 2019 }), 'push');
  });

  it('searches free text as the reader pauses', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline();
    await screen.findByRole('group', { name: /Timeline chart/ });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'olympics');
    await waitFor(() =>
      expect(onStateChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'olympics' }),
        'replace',
      ),
    );
  });

  it('says when nothing matches and offers to clear', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline({ q: 'zeppelin', leaders: ['xi-jinping'] });
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    const note = screen.getByRole('note');
    await userEvent.click(within(note).getByRole('button', { name: 'Clear filters' }));
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: '', leaders: [], from: null, to: null }),
      'push',
    );
  });
});

describe('keyboard', () => {
  it('moves between events in time order with the arrow keys and opens with Enter', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    const { onStateChange } = renderTimeline();
    const chart = await screen.findByRole('group', { name: /Timeline chart/ });
    const marks = within(chart).getAllByRole('button');
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    await userEvent.tab();
    await userEvent.tab();
    // Tab order: the zoom buttons come first, then the chart's one tab stop.
    while (!document.activeElement?.closest('[role="group"][aria-label^="Timeline chart"]')) {
      await userEvent.tab();
    }
    expect(document.activeElement).toHaveAccessibleName(/^6 Oct 1949/);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/^11 Jul 1961/);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^9 Oct 2025/);
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    expect(onStateChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ event: 'kim-telegram-prc-76th-2025' }),
      'push',
    );
  });
});

describe('the list view', () => {
  it('shows the same filtered events as a plain list', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    renderTimeline({ view: 'list', from: 2024, to: 2024 });
    const list = await screen.findByRole('list', { name: 'Events in time order' });
    const items = within(list).getAllByRole('heading', { level: 3 });
    expect(items.map((h) => h.textContent)).toEqual([
      'Messages on the 75th anniversary of diplomatic ties',
    ]);
    expect(screen.queryByRole('group', { name: /Timeline chart/ })).not.toBeInTheDocument();
  });
});

describe('the app with its URL', () => {
  it('opens the view a link describes, and Back walks through selections', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    window.history.replaceState(null, '', '/?leader=kim-il-sung&event=friendship-treaty-1961');
    renderApp();
    expect(await screen.findByRole('region', { name: /treaty of friendship/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Kim Il Sung' })).toBeChecked();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Kim Il Sung' }));
    expect(window.location.search).toBe('?event=friendship-treaty-1961');
    await userEvent.click(await markNamed(/^6 Oct 2024: /));
    expect(window.location.search).toBe('?event=ties-75th-messages-2024');
    expect(await screen.findByRole('region', { name: /75th anniversary/ })).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise<void>((resolve) =>
        window.addEventListener('popstate', () => resolve(), { once: true }),
      );
    });
    expect(await screen.findByRole('region', { name: /treaty of friendship/ })).toBeInTheDocument();
  });

  it('closes the panel with Escape and gives focus back to the mark', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    window.history.replaceState(null, '', '/?event=ties-75th-messages-2024');
    renderApp();
    const panel = await screen.findByRole('region', { name: /75th anniversary/ });
    fireEvent.keyDown(within(panel).getByRole('heading', { level: 2 }), { key: 'Escape' });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /75th anniversary/ })).not.toBeInTheDocument(),
    );
    expect(window.location.search).toBe('');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^6 Oct 2024: /));
  });

  it('announces the selection politely', async () => {
    stubFetch(() => jsonResponse(bundledDataset));
    window.history.replaceState(null, '', '/?event=xi-kim-talks-beijing-2025');
    const { container } = renderApp();
    await screen.findByRole('region', { name: /talks in Beijing/ });
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Selected: 4 Sep 2025: Xi–Kim talks — Xi and Kim hold talks in Beijing',
    );
  });
});

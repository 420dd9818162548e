/**
 * A dataset that arrives in a view already on the page: drawn in the render that receives it,
 * unless it is too large to draw in one task, when the loading view stays for a background render.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFER_DRAWING_ABOVE, useTimelineData } from '../../../src/data/use-timeline-data';
import { sourceKey } from '../../../src/data/dataset-source';
import type { DatasetResult } from '../../../src/domain/validate-dataset';
import type { Timeline } from '../../../src/domain/timeline-model';

const source = { url: 'http://127.0.0.1:9/dataset.json' };

/** All the hook reads of a result is how many events it has. */
function resultWith(events: number): DatasetResult {
  return { ok: true, timeline: { events: { length: events } } as unknown as Timeline };
}

/** What each render showed: a count of events, or "loading". */
async function rendersWhenReplacedBy(events: number): Promise<(number | 'loading')[]> {
  const client = new QueryClient();
  client.setQueryData(sourceKey(source), resultWith(12));
  const shown: (number | 'loading')[] = [];
  function Probe(): ReactNode {
    const query = useTimelineData(source);
    shown.push(query.data?.ok ? query.data.timeline.events.length : 'loading');
    return null;
  }
  render(
    <QueryClientProvider client={client}>
      <Probe />
    </QueryClientProvider>,
  );
  await act(async () => {
    client.setQueryData(sourceKey(source), resultWith(events));
  });
  // React-query tells its observers in a task of its own.
  await waitFor(() => expect(shown.at(-1)).toBe(events));
  // StrictMode is not on here: each render is one entry. Consecutive repeats say nothing.
  return shown.filter((s, i) => i === 0 || s !== shown[i - 1]);
}

describe('useTimelineData, when a new dataset arrives', () => {
  it('draws one of up to DEFER_DRAWING_ABOVE events in the render that receives it', async () => {
    expect(await rendersWhenReplacedBy(10_000)).toEqual([12, 10_000]);
    expect(await rendersWhenReplacedBy(DEFER_DRAWING_ABOVE)).toEqual([12, DEFER_DRAWING_ABOVE]);
  });

  it('keeps the loading view while a larger one is drawn in a background render', async () => {
    const n = DEFER_DRAWING_ABOVE + 1;
    expect(await rendersWhenReplacedBy(n)).toEqual([12, 'loading', n]);
  });
});

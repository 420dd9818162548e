import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { assembleTimeline, timelineHead } from '../../../src/data/timeline-transfer';
import { markGeometry } from '../../../src/domain/mark-geometry';
import type { Timeline } from '../../../src/domain/timeline-model';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { ReplyLinks } from '../../../src/timeline/ReplyLinks';

function geometryOf(timeline: Timeline) {
  const { start, end } = timeline.extent;
  return markGeometry({
    events: timeline.events,
    laneIds: timeline.lanes.map((lane) => lane.id),
    baseScale: (t) => ((t - start) / (end - start)) * 1000,
    transform: { k: 1, x: 0 },
    viewWidth: 1000,
    labelWidth: () => 60,
  });
}

function drawLinks(timeline: Timeline, only: readonly number[] | null = null) {
  const { container } = render(
    <svg>
      <ReplyLinks geometry={geometryOf(timeline)} tops={[0, 100, 200]} only={only} />
    </svg>,
  );
  return container.querySelector('.reply-links') as SVGGElement;
}

const dataset = generateDataset(300);
const timeline = buildTimeline(dataset, 0);
const pairs = dataset.events.flatMap((e) => (e.inReplyTo ?? []).map((to) => [to, e.id]));

describe('reply links', () => {
  it('links each reply to the message it answers, or only those between the events given', () => {
    expect(pairs.length).toBeGreaterThan(2);
    expect(drawLinks(timeline).querySelectorAll('.reply-link')).toHaveLength(pairs.length);
    const [message, reply] = pairs[0] as [string, string];
    const at = (id: string) => timeline.events.findIndex((e) => e.id === id);
    const some = drawLinks(timeline, [at(message), at(reply), at(dataset.events[0]?.id ?? '')]);
    expect(some.querySelectorAll('.reply-link')).toHaveLength(1);
  });

  it('are drawn the same from a timeline the worker sent, without reading any event’s data', () => {
    const unread = () => {
      throw new Error('an event’s data was read');
    };
    const sent = assembleTimeline(structuredClone(timelineHead(timeline)), {
      id: (i) => dataset.events[i]?.id ?? '',
      labelTitle: unread,
      event: unread,
      all: unread,
    });
    expect(drawLinks(sent).outerHTML).toBe(drawLinks(timeline).outerHTML);
  });
});

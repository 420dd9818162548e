import type { Timeline, TimelineEvent } from '../../../src/domain/timeline-model';

/** What a reader of each event sees (dates included, however they are kept), to compare. */
export function asRead(timeline: Timeline) {
  const read = (e: TimelineEvent) => ({
    id: e.id,
    order: e.order,
    data: e.data,
    date: e.date,
    span: e.span,
    exact: e.exact,
    dateLabel: e.dateLabel,
    reported: e.reported,
    reportedLabel: e.reportedLabel,
    lane: e.lane,
    replies: e.replies,
  });
  return {
    ...timeline,
    events: timeline.events.map(read),
    eventById: new Map([...timeline.eventById].map(([id, e]) => [id, read(e)])),
  };
}

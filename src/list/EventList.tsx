import { forwardRef, useImperativeHandle, useRef } from 'react';
import { EventDate } from './EventDate';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';
import { EventLinks } from '../detail/EventLinks';
import { EventSummary } from '../detail/EventSummary';
import { EventSources } from './EventSources';
import './list.css';

interface Props {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Hidden on screen (chart view) but still printed. */
  readonly hidden: boolean;
}

export interface EventListHandle {
  focusEvent(id: string): void;
}

/** The same filtered events as a plain, semantic list: for screen readers, phones and print. */
export const EventList = forwardRef<EventListHandle, Props>(function EventList(
  { timeline, events, selectedId, onSelect, hidden },
  ref,
) {
  const root = useRef<HTMLOListElement>(null);
  useImperativeHandle(ref, () => ({
    focusEvent(id) {
      root.current?.querySelector<HTMLButtonElement>(`[data-list-id="${id}"]`)?.focus();
    },
  }));
  return (
    <>
      {/* The level between the page's title and each event's h3, for heading navigation. */}
      {!hidden && <h2 className="visually-hidden">Events</h2>}
      <ol
        className={`event-list${hidden ? ' screen-hidden' : ''}`}
        ref={root}
        aria-label="Events in time order"
      >
        {events.map((e) => (
          <li key={e.id} className={e.id === selectedId ? 'selected' : undefined}>
            <EventDate event={e} />
            <h3 className="list-title">
              <button
                type="button"
                className="link-button"
                data-list-id={e.id}
                aria-pressed={e.id === selectedId}
                onClick={() => onSelect(e.id)}
              >
                <bdi>{e.data.title}</bdi>
              </button>
            </h3>
            <EventSummary summary={e.data.summary} className="list-summary" />
            <EventLinks event={e.data} className="list-media" />
            <EventSources event={e} timeline={timeline} />
          </li>
        ))}
      </ol>
    </>
  );
});

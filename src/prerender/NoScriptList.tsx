import { EventDate } from '../list/EventDate';
import type { Timeline } from '../domain/timeline-model';
import { EventSources } from '../list/EventSources';
import { eventPagePath } from './event-page-path';

/**
 * Every event in time order, with its date, title, summary and sources: what a reader without
 * JavaScript (or a crawler that runs none) gets in place of the interactive chart. Each title
 * links to the event's own page. Static markup, never hydrated; text only, never HTML.
 */
export function NoScriptList({ timeline }: { readonly timeline: Timeline }) {
  return (
    <section className="noscript-events" aria-labelledby="noscript-events-title">
      <h2 id="noscript-events-title">All events</h2>
      <ol className="event-list">
        {timeline.events.map((e) => (
          <li key={e.id}>
            <EventDate event={e} />
            <h3 className="list-title">
              <a href={eventPagePath(e.id)}>
                <bdi>{e.data.title}</bdi>
              </a>
            </h3>
            <p className="list-summary">
              <bdi>{e.data.summary}</bdi>
            </p>
            <EventSources event={e} timeline={timeline} />
          </li>
        ))}
      </ol>
    </section>
  );
}

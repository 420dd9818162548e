import { SourceCard } from '../detail/SourceCard';
import type { Timeline, TimelineEvent } from '../domain/timeline-model';

/** An event's sources as a list of cards (the list view and the page without JavaScript). */
export function EventSources({
  event,
  timeline,
}: {
  readonly event: TimelineEvent;
  readonly timeline: Timeline;
}) {
  if (event.data.sources.length === 0) return null;
  return (
    <ul className="list-sources" aria-label="Sources">
      {event.data.sources.map((id) => {
        const s = timeline.sourceById.get(id);
        return s ? (
          <li key={id}>
            <SourceCard source={s} />
          </li>
        ) : null;
      })}
    </ul>
  );
}

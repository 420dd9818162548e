import { isoForTimeElement } from '../domain/date-label';
import type { TimelineEvent } from '../domain/timeline-model';

/** An event's date line, and when it was reported if that differs (list view and no-script page). */
export function EventDate({ event }: { readonly event: TimelineEvent }) {
  return (
    <p className="list-date">
      <time dateTime={isoForTimeElement(event.date)}>{event.dateLabel}</time>
      {event.reportedLabel && event.reportedLabel !== event.dateLabel && (
        <> · reported {event.reportedLabel}</>
      )}
    </p>
  );
}

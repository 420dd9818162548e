/**
 * Reads a dataset's events from its bytes (EventsInBytes) a slice at a time while the page is
 * idle, so that filtering by leader or by text, the list and an export find them read. Idle
 * periods come once the chart has been drawn: a slice of 500 events takes a few milliseconds.
 * It ends when every event has been read (whatever asked for them meanwhile).
 */
import type { EventsInBytes } from './events-in-bytes';

/** Another slice is read in the same idle period while at least this much of it is left (ms). */
const ROOM_FOR_A_SLICE_MS = 6;

export function readEventsWhenIdle(events: EventsInBytes): void {
  const idle = typeof requestIdleCallback === 'function';
  const work = (deadline: IdleDeadline | null) => {
    let more = events.readSlice();
    while (more && deadline !== null && deadline.timeRemaining() > ROOM_FOR_A_SLICE_MS) {
      more = events.readSlice();
    }
    if (more) schedule();
  };
  const schedule = () => {
    if (idle) requestIdleCallback(work);
    else setTimeout(() => work(null), 0);
  };
  schedule();
}

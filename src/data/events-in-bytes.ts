/**
 * A dataset's events read from its bytes when asked for (timeline-transfer.ts): one event when
 * something reads it, or the rest a slice at a time (`readSlice`, which the page calls when idle:
 * read-events-when-idle.ts). Each event is parsed once, and the same object is returned after.
 * Until an event is read, its id and label title come from the worker's head. The bytes and the
 * head's label titles are let go once every event has been read; an event's id is then the very
 * string the timeline indexes it by (one string per id, not two: ~3 MB at 100 000 events).
 *
 * The bytes are those the dataset worker checked, and `ranges` where each event lies in them
 * (eventByteRanges): an event that does not parse here is a fault of the reader, not the file's.
 */
import type { DatasetEvent } from '../domain/dataset-schema';
import { labelTitleOf } from '../domain/timeline-model';
import type { PackedStrings } from './packed-strings';
import { unpackString } from './packed-strings';
import type { EventData, TimelineHead } from './timeline-transfer';
import { EVENTS_PER_SLICE, eventsFromBytes } from './timeline-transfer';

export class EventsInBytes implements EventData {
  private readonly read: (DatasetEvent | undefined)[];
  /** The first event of the next slice to read. */
  private next = 0;
  private bytes: Uint8Array | null;
  private ranges: Int32Array | null;
  private labelTitles: PackedStrings | null;
  private readonly ids: string[];
  private readonly count: number;
  private readonly decoder = new TextDecoder();

  constructor(
    bytes: Uint8Array,
    ranges: Int32Array,
    head: Pick<TimelineHead, 'ids' | 'labelTitles'>,
    private readonly perSlice = EVENTS_PER_SLICE,
  ) {
    this.count = head.ids.ends.length;
    if (ranges.length < 2 * this.count) {
      throw new Error(
        `the dataset reader said where ${ranges.length / 2} of ${this.count} events lie`,
      );
    }
    this.bytes = bytes;
    this.ranges = ranges;
    this.labelTitles = head.labelTitles;
    this.ids = Array.from({ length: this.count }, (_, i) => unpackString(head.ids, i));
    this.read = new Array<DatasetEvent | undefined>(this.count);
  }

  id(i: number): string {
    return this.ids[i] ?? '';
  }

  labelTitle(i: number): string {
    const read = this.read[i];
    if (read !== undefined || this.labelTitles === null) {
      return labelTitleOf(read ?? this.event(i));
    }
    return unpackString(this.labelTitles, i);
  }

  /** True once every event has been read. */
  get done(): boolean {
    return this.next >= this.count;
  }

  event(i: number): DatasetEvent {
    const known = this.read[i];
    if (known !== undefined) return known;
    if (i < 0 || i >= this.count) throw new RangeError(`no event ${i} in this dataset`);
    // A dataset of one slice is read whole: its chart draws a mark, and reads the data, of each.
    if (this.count <= this.perSlice) return this.all()[i] as DatasetEvent;
    const [event] = this.parse(i, i + 1);
    this.read[i] = event;
    return event as DatasetEvent;
  }

  /** Reads the next slice's events not read yet; false when every event has been read. */
  readSlice(): boolean {
    if (this.done) return false;
    const first = this.next;
    const end = Math.min(first + this.perSlice, this.count);
    let unread = 0;
    for (let i = first; i < end; i++) if (this.read[i] === undefined) unread += 1;
    if (unread === end - first) {
      // None read yet: one JSON.parse for the slice, rather than one per event.
      this.parse(first, end).forEach((event, k) => (this.read[first + k] = event));
    } else if (unread > 0) {
      for (let i = first; i < end; i++) this.event(i);
    }
    this.next = end;
    if (this.done) {
      this.bytes = null;
      this.ranges = null;
      this.labelTitles = null;
    }
    return !this.done;
  }

  all(): DatasetEvent[] {
    while (this.readSlice());
    return this.read as DatasetEvent[];
  }

  private parse(first: number, end: number): DatasetEvent[] {
    if (this.bytes === null || this.ranges === null) throw new Error('the events were let go');
    const events = eventsFromBytes(this.bytes, this.ranges, first, end, this.decoder);
    if (events.length !== end - first) {
      throw new Error(
        `expected ${end - first} events from the dataset's bytes, got ${events.length}`,
      );
    }
    events.forEach((event, k) => {
      const id = this.ids[first + k];
      if (event.id !== id) throw new Error(`the event at ${first + k} is not "${id}"`);
      // The timeline's own string for the id, so that the copy JSON.parse made can go.
      (event as { id: string }).id = id;
    });
    return events;
  }
}

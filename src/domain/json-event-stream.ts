/**
 * A dataset's JSON parsed while it downloads: each event as soon as its bytes are in, rather than
 * the whole text once the last byte has come. At 100 000 events (90 MB) the download takes about
 * a second and parsing after it another 0.8 s (JSON.parse, the key count, where each event lies);
 * here that work is done in the gaps between chunks.
 *
 * It vouches for exactly what parse-dataset-text's quick path does (json-quick-parse.ts): text that
 * JSON.parse accepts, nested no deeper than allowed, with no key repeated within an object. It
 * parses the top-level object without its list of events, and the events a slice at a time; one
 * scan of the bytes counts the keys, the depth and the commas between events, and finds where
 * each event lies. The pieces parsed add up to the whole text exactly when every piece parses,
 * one comma separates each pair of events, and the keys counted in the bytes are the keys the
 * parsed values kept. Anything else (another shape of file, a problem anywhere) yields no value,
 * only the bytes, for the full reader to describe: this only ever answers "certainly fine".
 *
 * A caller may check each slice as it is parsed and keep less of it (KeepEvents): the dataset
 * worker keeps an outline of each valid event (read-outlined-dataset.ts).
 */
import {
  CLOSE_LIST,
  CLOSE_OBJECT,
  COLON,
  OPEN_LIST,
  OPEN_OBJECT,
  QUOTE,
  closingQuote,
  isEventsKey,
  isSpace,
} from './json-event-ranges';
import { countParsedKeys } from './json-quick-parse';

const COMMA = 0x2c;

/** Events parsed at a time: a slice of ~450 KB at the generated datasets' ~900 bytes each. */
const EVENTS_PER_PARSE = 500;

/**
 * What to keep of each slice of events parsed, in their place (one value per event: the caller's
 * own check of them, and the part of each it needs), or null when the caller cannot vouch for
 * them: the stream then yields only the bytes, for the full reader to describe.
 */
export type KeepEvents = (slice: unknown[]) => readonly unknown[] | null;

/** What the stream read: its bytes, and, when it vouches for them, the value and event ranges. */
export interface StreamedDataset {
  /** Every byte read, in one piece. */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Present only when the text is certainly fine (see above); else the full reader decides. */
  readonly parsed?: {
    /** The dataset, its events as the stream's `keep` kept them (by default, as parsed). */
    readonly value: unknown;
    /** Start and end byte offsets of the i-th event at 2i and 2i + 1 (as eventByteRanges). */
    readonly ranges: Int32Array<ArrayBuffer>;
  };
}

export class JsonEventStream {
  private buffer: Uint8Array<ArrayBuffer>;
  private length = 0;
  /** Past the byte limit: the bytes are no longer kept (the reader refuses the file anyway). */
  private dropped = false;
  /** Something this stream cannot vouch for: it only keeps the bytes from then on. */
  private failed = false;
  private readonly decoder = new TextDecoder();

  // The scan, resumed where the bytes ran out.
  private at = 0;
  private depth = 0;
  private deepest = 0;
  private keys = 0;
  private afterEventsKey = false;
  private inEvents = false;
  private sawEvents = false;
  private listOpen = -1;
  private listClose = -1;
  /** Commas seen in the list since the last event closed. */
  private commas = 0;
  private ranges = new Int32Array(2 * 1024);
  private found = 0;

  // The events parsed so far, in order, and the keys they kept.
  private readonly events: unknown[] = [];
  private parsedKeys = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxDepth: number,
    /** The size to expect, when known or guessed: the buffer is made that large at once. */
    expected: number | null = null,
    /** Events parsed at a time, once that many have arrived. */
    private readonly eventsPerParse = EVENTS_PER_PARSE,
    /** What the value's events are: the events parsed (by default), or what this keeps of them. */
    private readonly keep: KeepEvents | null = null,
  ) {
    const initial = expected !== null ? Math.min(expected, maxBytes) : 1 << 20;
    this.buffer = new Uint8Array(Math.max(initial, 16));
  }

  /** Takes the next chunk of bytes, and scans and parses what it completes. */
  push(chunk: Uint8Array): void {
    if (this.dropped) return;
    if (this.length + chunk.length > this.maxBytes) {
      this.dropped = true;
      this.buffer = new Uint8Array(0);
      return;
    }
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(
        Math.min(this.maxBytes, Math.max(this.length + chunk.length, 2 * this.buffer.length)),
      );
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    if (this.failed) return;
    this.scan();
    if (this.found - this.events.length >= this.eventsPerParse) this.parseEvents(this.found);
  }

  /** Every byte read, and the parsed dataset when it is certainly fine. */
  finish(): StreamedDataset {
    const bytes = this.buffer.subarray(0, this.length);
    if (this.dropped || this.failed) return { bytes };
    this.scan();
    const complete =
      !this.failed &&
      this.at === this.length &&
      this.depth === 0 &&
      this.sawEvents &&
      this.listClose > this.listOpen;
    if (!complete || this.deepest > this.maxDepth) return { bytes };
    this.parseEvents(this.found);
    if (this.failed) return { bytes };
    let top: unknown;
    try {
      top = JSON.parse(
        this.decoder.decode(bytes.subarray(0, this.listOpen + 1)) +
          this.decoder.decode(bytes.subarray(this.listClose)),
      );
    } catch {
      return { bytes };
    }
    if (typeof top !== 'object' || top === null || Array.isArray(top)) return { bytes };
    const record = top as Record<string, unknown>;
    if (!Array.isArray(record['events']) || record['events'].length !== 0) return { bytes };
    if (countParsedKeys(top) + this.parsedKeys !== this.keys) return { bytes };
    record['events'] = this.events;
    return { bytes, parsed: { value: top, ranges: this.ranges.slice(0, 2 * this.found) } };
  }

  /** Parses the events found but not yet parsed, up to `end`. */
  private parseEvents(end: number): void {
    const first = this.events.length;
    if (end <= first) return;
    const from = this.ranges[2 * first] ?? 0;
    const to = this.ranges[2 * end - 1] ?? 0;
    let slice: unknown;
    try {
      slice = JSON.parse(`[${this.decoder.decode(this.buffer.subarray(from, to))}]`);
    } catch {
      this.failed = true;
      return;
    }
    if (!Array.isArray(slice) || slice.length !== end - first) {
      this.failed = true;
      return;
    }
    this.parsedKeys += countParsedKeys(slice);
    const kept = this.keep === null ? slice : this.keep(slice);
    if (kept === null || kept.length !== slice.length) {
      this.failed = true;
      return;
    }
    for (const event of kept) this.events.push(event);
  }

  private fail(): void {
    this.failed = true;
  }

  private recordEvent(start: number): void {
    if (this.ranges.length < 2 * (this.found + 1)) {
      const grown = new Int32Array(this.ranges.length * 2);
      grown.set(this.ranges);
      this.ranges = grown;
    }
    this.ranges[2 * this.found] = start;
  }

  /** Scans from where it stopped to the end of the bytes in, or to a string not yet complete. */
  private scan(): void {
    // Only the bytes in: a search for a closing quote must not run on into the empty rest.
    const bytes = this.buffer.subarray(0, this.length);
    const n = this.length;
    let i = this.at;
    while (i < n && !this.failed) {
      const c = bytes[i];
      if (c === QUOTE) {
        const close = closingQuote(bytes, i);
        if (close < 0) break; // the rest of the string has not come yet
        let next = close + 1;
        while (next < n && isSpace(bytes[next])) next++;
        if (next >= n) break; // whether a colon follows is not known yet
        if (bytes[next] === COLON) {
          this.keys++;
          if (this.depth === 1) {
            // A key of the top-level object: the value after it is the list only for "events".
            this.afterEventsKey = isEventsKey(bytes, i, close);
          }
          i = next + 1;
          continue;
        }
        if (this.inEvents && this.depth === 2) this.fail(); // an event that is a string
        i = close + 1;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_LIST) {
        if (this.depth === 1 && this.afterEventsKey && c === OPEN_LIST) {
          if (this.sawEvents) this.fail();
          this.inEvents = true;
          this.sawEvents = true;
          this.listOpen = i;
          this.commas = 0;
        } else if (this.inEvents && this.depth === 2) {
          // An event: the first with no comma before it, every other with exactly one.
          if (c !== OPEN_OBJECT || this.commas !== (this.found === 0 ? 0 : 1)) this.fail();
          this.recordEvent(i);
        }
        this.depth++;
        if (this.depth > this.deepest) this.deepest = this.depth;
      } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
        this.depth--;
        if (this.inEvents && this.depth === 2) {
          this.ranges[2 * this.found + 1] = i + 1;
          this.found++;
          this.commas = 0;
        } else if (this.inEvents && this.depth === 1) {
          if (this.commas !== 0) this.fail(); // a comma after the last event
          this.inEvents = false;
          this.listClose = i;
        }
        if (this.depth < 0) this.fail();
      } else if (this.inEvents && this.depth === 2) {
        if (c === COMMA) this.commas++;
        else if (!isSpace(c)) this.fail(); // a number, true, false or null where an event should be
      }
      i++;
    }
    this.at = i;
  }
}

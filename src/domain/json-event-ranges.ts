/**
 * Where each event of a dataset lies in its UTF-8 bytes: the byte offsets of every object in the
 * top-level "events" list, so that a reader holding the same bytes can parse the events a few
 * hundred at a time (the page does, in short tasks, with the bytes the dataset worker checked and
 * hands back) instead of the worker serializing them all again.
 *
 * It is meant for bytes JSON.parse has accepted with no repeated key (parse-dataset-text's quick
 * path), and answers null when the list is not what it expects (no "events" list, an item that is
 * not an object, a count other than `count`), so the caller can send the events another way.
 */

// The bytes of JSON's structure, shared with json-event-stream.ts, which scans the same way.
export const QUOTE = 0x22;
const BACKSLASH = 0x5c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_LIST = 0x5b;
export const CLOSE_LIST = 0x5d;
const EVENTS = [0x65, 0x76, 0x65, 0x6e, 0x74, 0x73]; // events

export function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The index of the quote that closes the string whose opening quote is at `open`, or -1. */
export function closingQuote(bytes: Uint8Array, open: number): number {
  // Most strings are keys and short values: a few bytes looked at here cost less than a call to
  // indexOf, which the rest of a longer string gets.
  const near = Math.min(open + 17, bytes.length);
  let end = open + 1;
  while (end < near && bytes[end] !== QUOTE) end++;
  if (end >= near) end = bytes.indexOf(QUOTE, near);
  while (end > 0 && bytes[end - 1] === BACKSLASH) {
    let k = end - 1;
    while (bytes[k - 1] === BACKSLASH) k--;
    // An even run of backslashes escapes itself, not the quote.
    if ((end - k) % 2 === 0) break;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return end;
}

/** True when the string from the quote at `open` to the one at `close` is "events". */
export function isEventsKey(bytes: Uint8Array, open: number, close: number): boolean {
  if (close - open - 1 !== EVENTS.length) return false;
  return EVENTS.every((b, k) => bytes[open + 1 + k] === b);
}

/**
 * Start (inclusive) and end (exclusive) byte offsets of the i-th event at 2i and 2i + 1, or null.
 * The bytes from the start of event a to the end of event b - 1 are those events with the commas
 * between them: wrapped in brackets, a JSON list of them.
 */
export function eventByteRanges(bytes: Uint8Array, count: number): Int32Array<ArrayBuffer> | null {
  const ranges = new Int32Array(count * 2);
  const n = bytes.length;
  let depth = 0;
  let found = 0;
  let afterEventsKey = false;
  let inEvents = false;
  let sawEvents = false;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c === QUOTE) {
      const close = closingQuote(bytes, i);
      if (close < 0) return null;
      let next = close + 1;
      while (isSpace(bytes[next])) next++;
      if (depth === 1 && bytes[next] === COLON) {
        // A key of the top-level object: the value after it is the list only for "events".
        afterEventsKey = isEventsKey(bytes, i, close);
        i = next + 1;
        continue;
      }
      if (inEvents && depth === 2) return null; // an event that is a string
      i = close + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (depth === 1 && afterEventsKey && c === OPEN_LIST) {
        if (sawEvents) return null;
        inEvents = true;
        sawEvents = true;
      } else if (inEvents && depth === 2) {
        if (c !== OPEN_OBJECT || found >= count) return null;
        ranges[2 * found] = i;
      }
      depth++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) {
      depth--;
      if (inEvents && depth === 2) {
        ranges[2 * found + 1] = i + 1;
        found++;
      } else if (inEvents && depth === 1) inEvents = false;
    } else if (inEvents && depth === 2 && c !== 0x2c && !isSpace(c)) {
      return null; // a number, true, false or null where an event should be
    }
    i++;
  }
  return sawEvents && found === count ? ranges : null;
}

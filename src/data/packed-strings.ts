/**
 * A list of strings sent to another thread as one string and where each ends. postMessage copies
 * one long string at once; cloning 100 000 short ones (an id, a label for each event) took some
 * 25–70 ms a list (Node's structuredClone, 100 000 events), on each side of the message.
 */
export interface PackedStrings {
  readonly text: string;
  /** Where the i-th string ends in `text`; it starts where the one before it ends. */
  readonly ends: Int32Array<ArrayBuffer>;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Int32Array(strings.length);
  let at = 0;
  strings.forEach((s, i) => {
    at += s.length;
    ends[i] = at;
  });
  return { text: strings.join(''), ends };
}

/** The i-th string of `packed` ('' past its end). */
export function unpackString(packed: PackedStrings, i: number): string {
  if (i < 0 || i >= packed.ends.length) return '';
  return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

/**
 * A list in which the same strings come again and again (a date label, a lane): each distinct
 * string once, and which of them each item is. The page then has each distinct string once and
 * every item that repeats it shares it, where sharing them on the page (a map from each item's
 * text to the first string of that text) took ~90 ms at 100 000 events. The distinct strings go
 * as a plain list, not packed: cut from one packed text, each would keep all of it alive.
 */
export interface RepeatedStrings {
  readonly distinct: readonly string[];
  /** The i-th item is the which[i]-th distinct string. */
  readonly which: Int32Array<ArrayBuffer>;
}

export function packRepeated(strings: readonly string[]): RepeatedStrings {
  const index = new Map<string, number>();
  const distinct: string[] = [];
  const which = new Int32Array(strings.length);
  strings.forEach((s, i) => {
    let k = index.get(s);
    if (k === undefined) {
      k = distinct.length;
      index.set(s, k);
      distinct.push(s);
    }
    which[i] = k;
  });
  return { distinct, which };
}

/** The items of `repeated`, by index ('' past the end). */
export function repeatedStrings({ distinct, which }: RepeatedStrings): (i: number) => string {
  return (i) => distinct[which[i] ?? -1] ?? '';
}

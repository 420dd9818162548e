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

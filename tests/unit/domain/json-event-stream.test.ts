/**
 * A dataset parsed as its bytes arrive may only ever be vouched for where the whole text's quick
 * path would vouch for it (json-quick-parse.ts), with the same value and the same event ranges,
 * however the bytes are cut into chunks; and it must be vouched for in the ordinary case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import { eventByteRanges } from '../../../src/domain/json-event-ranges';
import { JsonEventStream } from '../../../src/domain/json-event-stream';
import { quickParseJson } from '../../../src/domain/json-quick-parse';

const RUNS = { numRuns: 1_500 };
const MAX_BYTES = 1_000_000;

/** Strings with escapes, escaped quotes, backslash runs, brackets and non-ASCII characters. */
const jsonString = fc
  .array(
    fc.constantFrom('a', ' ', ':', ',', '{', '[', ']', '}', '\\"', '\\\\', '\\u0061', 'é', '😀'),
    { maxLength: 5 },
  )
  .map((parts) => `"${parts.join('')}"`);

/** Keys from a small set, so that objects often repeat one, "events" among them. */
const key = fc.constantFrom(
  '"a"',
  '"\\u0061"',
  '"b"',
  '"c"',
  '"d"',
  '"events"',
  '"__proto__"',
  '"\\""',
);
const space = fc.constantFrom('', ' ', '\n  ', '\t');
/** Keys beside the events, at times "events" again. */
const topKey = fc.constantFrom('"title"', '"x"', '"\\u0078"', '"events"', '"eventsx"');

const { value: jsonValue } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonString,
    fc.constantFrom('0', '-1.5e3', 'true', 'null'),
    fc
      .array(fc.tuple(space, tie('value')), { maxLength: 3 })
      .map((items) => `[${items.map(([s, v]) => s + v).join(',')}]`),
    fc
      .array(fc.tuple(key, space, tie('value')), { maxLength: 3 })
      .map((entries) => `{${entries.map(([k, s, v]) => `${k}${s}:${s}${v}`).join(',')}}`),
  ),
}));

/** An object, mostly events. */
const jsonEvent = fc.oneof(
  { weight: 4, arbitrary: jsonValue.filter((v) => v.startsWith('{')) },
  { weight: 1, arbitrary: jsonValue },
);

/** Text shaped like a dataset: keys around a list of events, with its separators at times wrong. */
const datasetText = fc
  .tuple(
    fc.array(fc.tuple(topKey, jsonValue), { maxLength: 2 }),
    fc.array(fc.tuple(space, jsonEvent), { maxLength: 6 }),
    fc.constantFrom(',', ',', ',', ', ,', ''),
    fc.constantFrom('', '', ',', ' ,'),
    fc.constantFrom('', '', '', ','),
    fc.array(fc.tuple(topKey, jsonValue), { maxLength: 2 }),
    fc.constantFrom('', '', '\uFEFF', ' \n'),
  )
  .map(([before, events, comma, trailing, leading, after, lead]) => {
    const entry = ([k, v]: [string, string]) => `${k}:${v}`;
    const items = events.map(([s, v]) => s + v).join(comma);
    const list = `[${events.length ? leading : ''}${items}${events.length ? trailing : ''}]`;
    return `${lead}{${[...before.map(entry), `"events":${list}`, ...after.map(entry)].join(',')}}`;
  });

/** Text shaped like a dataset, or such text broken at one place. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: datasetText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(datasetText, fc.nat(), fc.constantFrom('', '"', '\\', '{', ']', ',', 'x'), fc.nat(2))
      .map(([t, at, insert, remove]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + insert + t.slice(i + remove);
      }),
  },
);

/** The bytes in chunks cut at the given places (any byte: inside a character, a key, a string). */
function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    chunks.push(bytes.slice(from, to));
    from = to;
  }
  return chunks;
}

function stream(
  bytes: Uint8Array,
  cuts: readonly number[],
  maxDepth = 64,
  declared?: number,
  eventsPerParse?: number,
) {
  const reader = new JsonEventStream(MAX_BYTES, maxDepth, declared ?? null, eventsPerParse);
  for (const chunk of chunked(bytes, cuts)) reader.push(chunk);
  return reader.finish();
}

describe('a dataset parsed as it arrives', () => {
  it('vouches only for what the quick path vouches for, with the same value and event ranges', () => {
    let vouched = 0;
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        (text, cuts, maxDepth, eventsPerParse) => {
          const bytes = new TextEncoder().encode(text);
          const { bytes: kept, parsed } = stream(bytes, cuts, maxDepth, undefined, eventsPerParse);
          expect(Buffer.from(kept).equals(Buffer.from(bytes))).toBe(true);
          // The text as the reader decodes the bytes (a lone surrogate, which the breakage can
          // leave, is encoded as U+FFFD; a byte order mark is dropped).
          const quick = quickParseJson(new TextDecoder().decode(bytes), maxDepth);
          if (!parsed) {
            // Not vouched for: the quick path does not either, or the file is not of this shape.
            const value = quick?.value as { events?: unknown } | undefined;
            const events = value?.events;
            const shaped =
              Array.isArray(events) &&
              events.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e));
            expect(quick !== undefined && shaped, text).toBe(false);
            return;
          }
          vouched++;
          expect(quick, text).toBeDefined();
          expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(quick?.value));
          const events = (quick?.value as { events: unknown[] }).events;
          expect(parsed.ranges).toEqual(eventByteRanges(bytes, events.length));
        },
      ),
      RUNS,
    );
    // The property says something only if many of the texts were vouched for.
    expect(vouched).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('vouches for a generated dataset however its bytes are cut and spaced', () => {
    const dataset = generateDataset(30);
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, 2, '\t'),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        (indent, cuts, declare) => {
          const text = JSON.stringify(dataset, null, indent);
          const bytes = new TextEncoder().encode(text);
          const { parsed } = stream(bytes, cuts, 64, declare ? bytes.length : undefined);
          expect(parsed?.value).toEqual(JSON.parse(text));
          expect(parsed?.ranges).toEqual(eventByteRanges(bytes, dataset.events.length));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every byte of a file it cannot vouch for, for the full reader to describe', () => {
    const text = '{"events":[{"a":1,"a":2}]}';
    const bytes = new TextEncoder().encode(text);
    const { bytes: kept, parsed } = stream(bytes, [5, 13]);
    expect(parsed).toBeUndefined();
    expect(new TextDecoder().decode(kept)).toBe(text);
  });

  it('keeps no bytes past its limit', () => {
    const reader = new JsonEventStream(10, 64);
    reader.push(new TextEncoder().encode('{"events":'));
    reader.push(new TextEncoder().encode('[]}'));
    const { bytes, parsed } = reader.finish();
    expect(bytes.length).toBe(0);
    expect(parsed).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingQuote, eventByteRanges } from '../../../src/domain/json-event-ranges';

const encode = (text: string) => new TextEncoder().encode(text);

/** The events the ranges point at, each read on its own. */
function eventsAt(bytes: Uint8Array, ranges: Int32Array): unknown[] {
  const decoder = new TextDecoder();
  const events: unknown[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    events.push(JSON.parse(decoder.decode(bytes.subarray(ranges[i], ranges[i + 1]))));
  }
  return events;
}

/** Objects whose strings hold quotes, backslashes, brackets, non-ASCII and "events" itself. */
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', '{"events":[1]}', '], {', '中朝', '😀', 'events'),
);
const eventArb = fc.dictionary(
  tricky,
  fc.oneof(tricky, fc.jsonValue({ maxDepth: 3 }), fc.constant({ events: [{ a: 1 }] })),
  { maxKeys: 5 },
);

describe('eventByteRanges', () => {
  it('finds every event of any dataset-shaped JSON, however it is laid out', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 12 }),
        fc.dictionary(
          fc.string().filter((k) => k !== 'events'),
          fc.jsonValue({ maxDepth: 3 }),
          {
            maxKeys: 3,
          },
        ),
        fc.boolean(),
        fc.constantFrom(undefined, 0, 1, 2, '\t'),
        (events, others, eventsFirst, indent) => {
          const dataset = eventsFirst ? { events, ...others } : { ...others, events };
          const text = JSON.stringify(dataset, null, indent);
          const bytes = encode(text);
          const ranges = eventByteRanges(bytes, events.length);
          expect(ranges).not.toBeNull();
          if (ranges) expect(eventsAt(bytes, ranges)).toEqual(JSON.parse(text).events);
        },
      ),
    );
  });

  it('gives ranges that, taken from one event to another, read as the list between them', () => {
    const events = [{ id: 'a' }, { id: 'b', q: '",' }, { id: 'c' }];
    const bytes = encode(
      ` { "events" : [ ${events.map((e) => JSON.stringify(e)).join(' ,\n ')} ] }`,
    );
    const ranges = eventByteRanges(bytes, 3);
    if (!ranges) throw new Error('no ranges');
    const between = new TextDecoder().decode(bytes.subarray(ranges[0], ranges[5]));
    expect(JSON.parse(`[${between}]`)).toEqual(events);
  });

  it('answers null when the events are not a list of objects, or not as many as expected', () => {
    expect(eventByteRanges(encode('{"events":[{"a":1},2]}'), 2)).toBeNull();
    expect(eventByteRanges(encode('{"events":[{"a":1},"x"]}'), 2)).toBeNull();
    expect(eventByteRanges(encode('{"events":[{"a":1},[]]}'), 2)).toBeNull();
    expect(eventByteRanges(encode('{"events":{"a":1}}'), 1)).toBeNull();
    expect(eventByteRanges(encode('{"other":[{"a":1}]}'), 1)).toBeNull();
    expect(eventByteRanges(encode('{"events":[{"a":1}]}'), 2)).toBeNull();
    expect(eventByteRanges(encode('{"events":[{"a":1},{"b":2}]}'), 1)).toBeNull();
    expect(eventByteRanges(encode('{"x":{"events":[{"a":1}]},"events":[]}'), 0)).toEqual(
      new Int32Array(0),
    );
  });

  it('reads past a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"events":[{"id":"x"}]}')]);
    const ranges = eventByteRanges(bytes, 1);
    if (!ranges) throw new Error('no ranges');
    expect(eventsAt(bytes, ranges)).toEqual([{ id: 'x' }]);
  });
});

describe('the quote that closes a string', () => {
  it('is where JSON.stringify ended it, for any string, escapes at any byte included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', '"', '\\', '\\"', '😀'), { maxLength: 40 }),
        fc.constantFrom('', ':1', ',"b":2'),
        (parts, after) => {
          const text = JSON.stringify(parts.join(''));
          const bytes = encode(text + after);
          expect(closingQuote(bytes, 0)).toBe(encode(text).length - 1);
        },
      ),
    );
  });

  it('is not found in a string the bytes cut short', () => {
    expect(closingQuote(encode('"abc'), 0)).toBe(-1);
    expect(closingQuote(encode('"a long string without its end \\"'), 0)).toBe(-1);
  });
});

/**
 * The quick path of parse-dataset-text may only ever say "certainly fine" where the full scanner
 * would find nothing to refuse, and must say it for the ordinary file: checked on JSON-like text
 * that fast-check makes up, full of repeated keys (some spelled with escapes), escaped quotes and
 * backslashes inside strings, deep nesting and broken syntax.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import {
  countKeysAndDepth,
  countParsedKeys,
  quickParseJson,
} from '../../../src/domain/json-quick-parse';
import { scanJson } from '../../../src/domain/json-scan';

const RUNS = { numRuns: 2_000 };

/** Strings as JSON writes them, and as people do: escapes, escaped quotes and backslash runs. */
const jsonString = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      ' ',
      ':',
      ',',
      '{',
      '[',
      ']',
      '}',
      '\\"',
      '\\\\',
      '\\u0061',
      '\\n',
      'é',
    ),
    { maxLength: 6 },
  )
  .map((parts) => `"${parts.join('')}"`);

/** Keys from a small set, so that objects often repeat one, in several spellings. */
const key = fc.constantFrom('"a"', '"b"', '"\\u0061"', '"a "', '"__proto__"', '"\\""', '"\\\\"');
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');

const { value: jsonText } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonString,
    fc.constantFrom('0', '-1.5e3', 'true', 'false', 'null'),
    fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 4 })
      .map((items) => `[${items.map(([a, v, b]) => a + v + b).join(',')}]`),
    fc
      .array(fc.tuple(key, space, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, s, v]) => `${k}${s}:${s}${v}`).join(',')}}`),
  ),
}));

/** Valid text, or valid text broken at one place. */
const anyText = fc.oneof(
  jsonText,
  fc
    .tuple(
      jsonText,
      fc.nat(),
      fc.constantFrom('', '"', '\\', '{', ']', ':', ',', 'x', '\u0001'),
      fc.nat(2),
    )
    .map(([t, at, insert, remove]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + insert + t.slice(i + remove);
    }),
);

const maxDepth = fc.integer({ min: 1, max: 6 });

describe('the quick path of reading JSON text', () => {
  it('vouches only for text the full scanner accepts without a word, with the same value', () => {
    fc.assert(
      fc.property(anyText, maxDepth, (text, depth) => {
        const quick = quickParseJson(text, depth);
        if (quick === undefined) return;
        const scan = scanJson(text, { maxDepth: depth, maxDuplicates: 10 });
        expect(scan).toEqual({ kind: 'ok', duplicates: [], duplicateCount: 0 });
        expect(quick.value).toEqual(JSON.parse(text));
      }),
      RUNS,
    );
  });

  it('vouches for every text the full scanner accepts without a word', () => {
    fc.assert(
      fc.property(anyText, maxDepth, (text, depth) => {
        const scan = scanJson(text, { maxDepth: depth, maxDuplicates: 10 });
        const clean = scan.kind === 'ok' && scan.duplicateCount === 0;
        expect(quickParseJson(text, depth) !== undefined).toBe(clean);
      }),
      RUNS,
    );
  });

  it('counts the keys and nesting of a generated dataset as its parsed value has them', () => {
    const text = JSON.stringify(generateDataset(200), null, 2);
    const { keys, depth } = countKeysAndDepth(text);
    expect(keys).toBe(countParsedKeys(JSON.parse(text)));
    expect(depth).toBe(5);
    expect(quickParseJson(text, 5)).toBeDefined();
    expect(quickParseJson(text, 4)).toBeUndefined();
  });

  it('leaves a repeated key, even one spelled with an escape, to the full scanner', () => {
    expect(quickParseJson('{"a": 1, "b": {"a": 2}}', 64)).toBeDefined();
    expect(quickParseJson('{"a": 1, "\\u0061": 2}', 64)).toBeUndefined();
    expect(quickParseJson('[{"x": "\\"a\\": 1", "x": 2}]', 64)).toBeUndefined();
  });

  it('counts only an object’s own keys, even when a script has made one of Object.prototype enumerable', () => {
    const text = '{"a": {"b": 1, "c": [{"d": null}]}}';
    expect(countParsedKeys(JSON.parse(text))).toBe(4);
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = true;
    try {
      expect(countParsedKeys(JSON.parse(text))).toBe(4);
      expect(quickParseJson(text, 64)).toBeDefined();
    } finally {
      delete proto['polluted'];
    }
  });
});

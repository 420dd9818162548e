/**
 * The fast check must agree with the zod schema on every input: it decides alone only when it
 * says "valid", so a "valid" the schema would refuse would let a bad dataset through, and an
 * "invalid" for a dataset the schema accepts would only cost time. These properties compare both
 * on generated datasets broken in one to three places, and on arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import {
  fastCheckDataset,
  fastCheckDatasetBesideEvents,
  fastCheckEvents,
} from '../../../src/domain/dataset-fast-check';
import { DatasetSchema } from '../../../src/domain/dataset-schema';
import { validDataset } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Text at and around each of the schema's length limits, trimmed and untrimmed. */
const LIMITS = [24, 40, 60, 80, 120, 200, 300, 500, 600, 2000];
const texts = LIMITS.flatMap((n) => [
  'x'.repeat(n),
  'x'.repeat(n + 1),
  ` ${'x'.repeat(n)} `,
  `\u00a0${'x'.repeat(n - 1)}`,
]);

/** Values that sit on the edges of what the schema accepts somewhere in a dataset. */
const INTERESTING: readonly Json[] = [
  ...texts,
  '',
  ' ',
  ' a',
  'a ',
  '\ttab',
  'é',
  '\u2028x',
  'x\ufeff',
  'a',
  'A',
  '-a',
  'a-',
  'a'.repeat(64),
  'a'.repeat(65),
  'joint',
  'cn',
  'kp',
  's1',
  'xi',
  'event-1',
  '1961',
  '2021-07',
  '2024-10-06',
  '2021-07~',
  '2021?',
  '2019-06-20/2019-06-21',
  '2022-01/..',
  '/2022-02-20',
  '2021-13',
  '2021-02-30',
  ' 2021',
  '2021/2020',
  '../..',
  'https://example.org/a',
  'http://example.org',
  'ftp://example.org',
  'javascript:alert(1)',
  'not a url',
  'message',
  'treaty',
  'visit ',
  'china-dprk-timeline/dataset',
  1,
  0,
  -0,
  1.5,
  2,
  true,
  false,
  null,
  [],
  ['s1'],
  [''],
  {},
  { id: 'x' },
];

const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'toString', 'id', 'shortName', 'url'];
const LENGTHS = [0, 1, 2, 8, 9, 20, 21, 50, 51];

type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: Json }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add-key'; readonly at: number; readonly key: string; readonly value: Json }
  | { readonly kind: 'resize'; readonly at: number; readonly length: number };

/** Every object and list in a value, with the key of each of its entries. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i });
        visit(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        out.push({ parent: value, key });
        visit(item);
      }
    }
  };
  visit(root);
  return out;
}

function containers(root: Json): (Json[] | { [key: string]: Json })[] {
  const out: (Json[] | { [key: string]: Json })[] = [root as { [key: string]: Json }];
  for (const { parent, key } of slots(root)) {
    const value = (parent as Record<string | number, Json>)[key];
    if (typeof value === 'object' && value !== null) out.push(value);
  }
  return out;
}

function mutate(root: Json, mutation: Mutation): void {
  if (mutation.kind === 'set' || mutation.kind === 'delete') {
    const all = slots(root);
    const slot = all[mutation.at % all.length];
    if (!slot) return;
    const parent = slot.parent as Record<string | number, Json>;
    if (mutation.kind === 'set') parent[slot.key] = structuredClone(mutation.value);
    else if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
    else Reflect.deleteProperty(parent, slot.key);
    return;
  }
  const all = containers(root);
  const target = all[mutation.at % all.length];
  if (!target) return;
  if (mutation.kind === 'add-key') {
    if (Array.isArray(target)) target.push(structuredClone(mutation.value));
    // defineProperty, so that "__proto__" becomes a key as JSON.parse makes it, not a prototype.
    else
      Object.defineProperty(target, mutation.key, {
        value: structuredClone(mutation.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return;
  }
  if (Array.isArray(target) && target.length > 0) {
    const copy = [...target];
    target.length = 0;
    for (let i = 0; i < mutation.length; i++)
      target.push(structuredClone(copy[i % copy.length] ?? null));
  }
}

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...INTERESTING),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 4 })),
    value: anyValue,
  }),
  fc.record({
    kind: fc.constant('resize' as const),
    at: fc.nat(),
    length: fc.constantFrom(...LENGTHS),
  }),
);

/** A valid dataset to start from: the test fixture or a small generated one. */
const baseDataset: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null).map(() => validDataset() as unknown as Json),
  fc
    .record({ count: fc.integer({ min: 0, max: 12 }), seed: fc.nat() })
    .map(({ count, seed }) => generateDataset(count, seed) as unknown as Json),
);

/** As JSON.parse would hand it over: plain objects and lists only. */
const asParsedJson = (value: Json): unknown => JSON.parse(JSON.stringify(value));

/**
 * The dataset worker checks a large file's events a slice at a time as they arrive, and the rest
 * once the file is in: "valid" in two parts must be "valid" as a whole, and nothing else.
 */
function validInTwoParts(input: unknown): boolean {
  const events: unknown =
    typeof input === 'object' && input !== null && 'events' in input ? input.events : undefined;
  if (!Array.isArray(events)) return false;
  const half = Math.ceil(events.length / 2);
  return (
    fastCheckEvents(events.slice(0, half)) === 'valid' &&
    fastCheckEvents(events.slice(half)) === 'valid' &&
    fastCheckDatasetBesideEvents(input) === 'valid'
  );
}

function expectAgreement(input: unknown): void {
  const verdict = fastCheckDataset(input);
  expect(validInTwoParts(input)).toBe(verdict === 'valid');
  const zod = DatasetSchema.safeParse(input);
  expect({ verdict, zodAccepts: zod.success }).toEqual({
    verdict: zod.success ? expect.stringMatching(/^valid/) : 'invalid',
    zodAccepts: zod.success,
  });
  // "valid" means the schema's output is the input itself; "valid-after-trim" that it is not.
  if (verdict === 'valid') expect(zod.data).toEqual(input);
  if (verdict === 'valid-after-trim') expect(zod.data).not.toEqual(input);
}

/** The test fixture with every optional field filled in, so that each can be broken. */
function richDataset(): Json {
  const d = validDataset();
  const [side] = d.sides;
  const [source] = d.sources;
  const [person] = d.people;
  const reply = d.events[2];
  if (!side || !source || !person || !reply) throw new Error('the fixture has changed');
  d.$schema = 'https://example.org/schema.json';
  d.description = 'A description';
  Object.assign(side, { shortName: 'PRC', lang: 'zh' });
  Object.assign(source, {
    quotesVia: ['KCNA', 'Xinhua'],
    url: 'https://example.org/a',
    seed: '001_a.txt',
    fromRecord: ['A note'],
  });
  person.nativeName = '习近平';
  Object.assign(reply, {
    shortTitle: 'Reply',
    fromRecord: ['Another note'],
    displayDate: 'Spring 2021',
    media: { url: 'https://example.org/p.jpg', credit: 'A credit', caption: 'A caption' },
    links: [{ url: 'https://example.org/b', text: 'More' }, { url: 'http://example.org/c' }],
  });
  d.eras = [
    {
      id: 'era',
      title: 'An era',
      date: '2020/2022',
      summary: 'S',
      sources: ['s1'],
      fromRecord: [],
    },
  ];
  return d as unknown as Json;
}

describe('fastCheckDataset', () => {
  it('finds the bundled test fixture and generated datasets valid as they are', () => {
    expect(fastCheckDataset(validDataset())).toBe('valid');
    expect(fastCheckDataset(asParsedJson(generateDataset(500) as unknown as Json))).toBe('valid');
  });

  it('refuses what the schema refuses, in a few named cases', () => {
    const withExtra = { ...validDataset(), extra: 1 };
    const noSides = { ...validDataset(), sides: [] };
    const badDate = validDataset();
    badDate.events = badDate.events.map((e) => ({ ...e, date: '2021-02-30' }));
    const blankTitle = { ...validDataset(), title: '   ' };
    for (const input of [withExtra, noSides, badDate, blankTitle, null, [], 'x']) {
      expect(fastCheckDataset(input)).toBe('invalid');
    }
  });

  it('tells a dataset whose text the schema would trim from one it returns unchanged', () => {
    expect(fastCheckDataset({ ...validDataset(), title: ' Padded ' })).toBe('valid-after-trim');
  });

  it('agrees with the schema when any one field of a full dataset takes any edge value', () => {
    const count = slots(richDataset()).length;
    for (let at = 0; at < count; at++) {
      for (const value of INTERESTING) {
        const d = richDataset();
        mutate(d, { kind: 'set', at, value });
        expectAgreement(asParsedJson(d));
      }
      const d = richDataset();
      mutate(d, { kind: 'delete', at });
      expectAgreement(asParsedJson(d));
    }
    for (let at = 0; at < containers(richDataset()).length; at++) {
      for (const key of EXTRA_KEYS) {
        const d = richDataset();
        mutate(d, { kind: 'add-key', at, key, value: 'a' });
        expectAgreement(asParsedJson(d));
      }
      for (const length of LENGTHS) {
        const d = richDataset();
        mutate(d, { kind: 'resize', at, length });
        expectAgreement(asParsedJson(d));
      }
    }
  }, 120_000);

  it('agrees with the schema on valid datasets broken in one to three places', () => {
    fc.assert(
      fc.property(baseDataset, fc.array(mutation, { minLength: 0, maxLength: 3 }), (base, ms) => {
        for (const m of ms) mutate(base, m);
        expectAgreement(asParsedJson(base));
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('agrees with the schema on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectAgreement(value)),
      { numRuns: 300 },
    );
  });

  it('never calls valid what the schema refuses, for any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        expect(validInTwoParts(value)).toBe(fastCheckDataset(value) === 'valid');
        if (fastCheckDataset(value) !== 'invalid') {
          expect(DatasetSchema.safeParse(value).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

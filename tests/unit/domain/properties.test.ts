/**
 * Properties that must hold for any input, checked on inputs fast-check makes up: the parsers
 * never throw, always answer in the documented shape, and agree with JSON.parse and the calendar.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdtfPoint, EdtfResult } from '../../../src/domain/edtf';
import { dateSpan, parseEdtf } from '../../../src/domain/edtf';
import { formatPath, problemToString } from '../../../src/domain/problem';
import { readDatasetText } from '../../../src/domain/read-dataset-text';
import type { DatasetResult } from '../../../src/domain/validate-dataset';
import { validateDataset } from '../../../src/domain/validate-dataset';
import { validDataset } from './fixtures';

const RUNS = { numRuns: 300 };

function expectWellFormed(r: EdtfResult): void {
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(0);
    return;
  }
  const span = dateSpan(r.value);
  expect(span.start).toBeLessThan(span.end);
  const points = r.value.kind === 'point' ? [r.value] : [r.value.from, r.value.to];
  for (const p of points) if (p) expect(p.start).toBeLessThan(p.end);
}

function expectWellFormedResult(r: DatasetResult): void {
  if (r.ok) return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(p.path).not.toBe('');
    expect(p.message).not.toBe('');
  }
}

const problemsOf = (r: DatasetResult) => (r.ok ? [] : r.problems.map(problemToString));

/** Strings made of the pieces of EDTF dates, so that many of them are dates, valid or nearly. */
const edtfish = fc
  .array(
    fc.constantFrom(
      ...['2021', '1961', '0000', '0099', '9999', '-', '-', '01', '02', '12', '13', '29', '30'],
      ...['31', '00', '/', '/', '..', '~', '?', '%', ' ', 'T', '1'],
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Strings made of the pieces of JSON text, so that some of them are JSON. */
const jsonish = fc
  .array(
    fc.constantFrom(
      ...['{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', '+', 'true'],
      ...['null', ' ', '\n', '\t', '\u0001', '"a"', '"b"', '\\u0061'],
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** The JSON text of a value with one character deleted, inserted or replaced: nearly JSON. */
const nearlyJson = fc
  .record({
    value: fc.jsonValue({ maxDepth: 3 }),
    at: fc.nat(),
    edit: fc.constantFrom('delete', 'insert', 'replace'),
    char: fc.oneof(
      fc.constantFrom(...'{}[],:"\\ 0e-.tn\n\t\u0001'),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
  })
  .map(({ value, at, edit, char }) => {
    const text = JSON.stringify(value);
    const i = at % (text.length + 1);
    const rest = edit === 'insert' ? text.slice(i) : text.slice(i + 1);
    return text.slice(0, i) + (edit === 'delete' ? '' : char) + rest;
  });

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface PointSpec {
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly qualifier: string;
  /** The period the date names, computed here without the module under test. */
  readonly start: number;
  readonly end: number;
}

const validPoint: fc.Arbitrary<PointSpec> = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    precision: fc.constantFrom('year', 'month', 'day'),
    qualifier: fc.constantFrom('', '', '~', '?', '%'),
  })
  .map(({ year, month, dayFraction, precision, qualifier }) => {
    if (precision === 'year') {
      return {
        text: `${year}${qualifier}`,
        year,
        qualifier,
        start: Date.UTC(year, 0, 1),
        end: Date.UTC(year + 1, 0, 1),
      };
    }
    if (precision === 'month') {
      return {
        text: `${year}-${pad(month)}${qualifier}`,
        year,
        month,
        qualifier,
        start: Date.UTC(year, month - 1, 1),
        end: Date.UTC(year, month, 1),
      };
    }
    const day = 1 + Math.floor(dayFraction * monthLength(year, month));
    return {
      text: `${year}-${pad(month)}-${pad(day)}${qualifier}`,
      year,
      month,
      day,
      qualifier,
      start: Date.UTC(year, month - 1, day),
      end: Date.UTC(year, month - 1, day + 1),
    };
  });

describe('parseEdtf', () => {
  it('never throws on any string, and answers ok with start < end or with an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), edtfish), (text) => {
        expectWellFormed(parseEdtf(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any JSON value or other value, and refuses what is not a string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const r = parseEdtf(value);
        if (typeof value === 'string') expectWellFormed(r);
        else expect(r.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('reads every valid point at its true precision, with the right UTC period', () => {
    fc.assert(
      fc.property(validPoint, (spec) => {
        const r = parseEdtf(spec.text);
        expect(r).toMatchObject({ ok: true, value: { kind: 'point' } });
        if (!r.ok || r.value.kind !== 'point') return;
        const p: EdtfPoint = r.value;
        expect([p.year, p.month, p.day]).toEqual([spec.year, spec.month, spec.day]);
        expect(p.approximate).toBe(spec.qualifier === '~' || spec.qualifier === '%');
        expect(p.uncertain).toBe(spec.qualifier === '?' || spec.qualifier === '%');
        expect(p.start).toBe(spec.start);
        expect(p.end).toBe(spec.end);
        const span = dateSpan(p);
        expect(span.start).toBeLessThanOrEqual(spec.start);
        expect(span.end).toBeGreaterThanOrEqual(spec.end);
        // Only an approximate date is widened.
        expect(span.end - span.start > spec.end - spec.start).toBe(p.approximate);
      }),
      RUNS,
    );
  });

  it('reads every valid interval, covering both of its ends', () => {
    const interval = fc
      .record({
        a: validPoint,
        b: validPoint,
        open: fc.constantFrom('none', 'none', 'start', 'end', 'unknown-start', 'unknown-end'),
      })
      .map(({ a, b, open }) => {
        const [from, to] = a.start <= b.start ? [a, b] : [b, a];
        if (open === 'start') return { text: `../${to.text}`, from: null, to };
        if (open === 'unknown-start') return { text: `/${to.text}`, from: null, to };
        if (open === 'end') return { text: `${from.text}/..`, from, to: null };
        if (open === 'unknown-end') return { text: `${from.text}/`, from, to: null };
        return { text: `${from.text}/${to.text}`, from, to };
      });
    fc.assert(
      fc.property(interval, ({ text, from, to }) => {
        const r = parseEdtf(text);
        expect(r).toMatchObject({ ok: true, value: { kind: 'interval' } });
        if (!r.ok || r.value.kind !== 'interval') return;
        expect(r.value.from?.start).toBe(from?.start);
        expect(r.value.to?.start).toBe(to?.start);
        const span = dateSpan(r.value);
        expect(span.start).toBeLessThan(span.end);
        const first = from ?? to;
        const last = to ?? from;
        if (first) expect(span.start).toBeLessThanOrEqual(first.start);
        if (last) expect(span.end).toBeGreaterThanOrEqual(last.end);
      }),
      RUNS,
    );
  });

  it('gives a period that closes a year an end after its start', () => {
    for (const text of ['2021-12', '2021-12-31', '2021-12-30/2021-12-31', '0099-12-31']) {
      const r = parseEdtf(text);
      expect(r.ok).toBe(true);
      if (r.ok) expect(dateSpan(r.value).end).toBeGreaterThan(dateSpan(r.value).start);
    }
  });
});

describe('validateDataset', () => {
  it('never throws on any value, and answers ok or with problems that have a path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        expectWellFormedResult(validateDataset(value));
      }),
      RUNS,
    );
  });
});

describe('readDatasetText', () => {
  it('never throws on any string, and refuses as "not valid JSON" exactly what JSON.parse refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), jsonish, nearlyJson),
        (text) => {
          const r = readDatasetText(text, { maxDepth: Infinity });
          expectWellFormedResult(r);
          let parses = true;
          try {
            JSON.parse(text.replace(/^\uFEFF/, ''));
          } catch {
            parses = false;
          }
          const refusedAsText =
            !r.ok &&
            r.problems.length === 1 &&
            /^\(dataset\): the file (is not valid JSON: unexpected .* at line \d+, column \d+|is empty)$/.test(
              problemsOf(r)[0] ?? '',
            );
          expect(refusedAsText).toBe(!parses);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers for the JSON text of any value exactly as validateDataset answers for the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const r = readDatasetText(text);
        expectWellFormedResult(r);
        expect(problemsOf(r)).toEqual(problemsOf(validateDataset(JSON.parse(text))));
      }),
      RUNS,
    );
  });

  it('finds exactly the keys an object repeats, however their characters are escaped', () => {
    const key = fc.array(fc.constantFrom('a', 'B', 'é', '"', '\\', '/', '😀', '\u0000'), {
      maxLength: 2,
    });
    const entries = fc.array(fc.tuple(key, fc.array(fc.boolean(), { maxLength: 2 })), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(entries, (list) => {
        // Each character of a key is written as JSON.stringify writes it or as \uXXXX escapes.
        const written = list.map(([chars, escapeFlags]) => {
          const body = chars
            .map((c, i) =>
              escapeFlags[i]
                ? Array.from(
                    { length: c.length },
                    (_, k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`,
                  ).join('')
                : JSON.stringify(c).slice(1, -1),
            )
            .join('');
          return `"${body}": 0`;
        });
        const text = `{"events": [{}, {${written.join(', ')}}]}`;
        const counts = new Map<string, number>();
        const order: string[] = [];
        for (const [chars] of list) {
          const k = chars.join('');
          const n = (counts.get(k) ?? 0) + 1;
          counts.set(k, n);
          if (n === 2) order.push(k);
        }
        const expected = order.map((k) => {
          const n = counts.get(k) ?? 0;
          return `events[1]: the key ${JSON.stringify(k)} appears ${n === 2 ? 'twice' : `${n} times`}`;
        });
        const r = readDatasetText(text);
        if (expected.length > 0) expect(problemsOf(r)).toEqual(expected);
        else expect(problemsOf(r)).toEqual(problemsOf(validateDataset(JSON.parse(text))));
      }),
      RUNS,
    );
  });

  it('refuses nesting deeper than the limit, wherever it is, and only then', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (objects, maxDepth) => {
          // A chain of objects ({"k": …}) and lists ([…]), with brackets in strings as decoys.
          const open = objects.map((isObject) => (isObject ? '{"k[": ' : '["]{", '));
          const close = objects.map((isObject) => (isObject ? '}' : ']')).reverse();
          const text = `${open.join('')}0${close.join('')}`;
          const r = readDatasetText(text, { maxDepth });
          const tooDeep = problemsOf(r).filter((p) => p.includes('levels deep'));
          if (objects.length <= maxDepth) {
            expect(tooDeep).toEqual([]);
            return;
          }
          const path = formatPath(objects.slice(0, maxDepth).map((o) => (o ? 'k[' : 1)));
          expect(tooDeep).toEqual([
            `${path}: lists and objects are nested more than ${maxDepth} levels deep here (line 1, column ${open.slice(0, maxDepth).join('').length + 1})`,
          ]);
        },
      ),
      RUNS,
    );
  });
});

describe('a valid dataset with one field set to any JSON value', () => {
  type Container = Record<string, unknown> | unknown[];
  const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

  /** Every object and list in the value, the root first. */
  function containers(root: Container): Container[] {
    const out: Container[] = [];
    const queue: Container[] = [root];
    for (let c = queue.shift(); c; c = queue.shift()) {
      out.push(c);
      for (const v of Object.values(c)) if (isContainer(v)) queue.push(v);
    }
    return out;
  }

  it('never throws, and every problem names a path under a top-level key or the dataset', () => {
    const mutation = fc.record({
      where: fc.nat(),
      existing: fc.boolean(),
      which: fc.nat(),
      newKey: fc.string({ maxLength: 8 }),
      value: fc.jsonValue(),
    });
    fc.assert(
      fc.property(mutation, ({ where, existing, which, newKey, value }) => {
        const dataset = validDataset() as unknown as Record<string, unknown>;
        const all = containers(dataset);
        const target = all[where % all.length] ?? dataset;
        const keys = Object.keys(target);
        let key: string;
        if (Array.isArray(target)) key = String(which % (target.length + 1));
        else key = existing && keys.length > 0 ? (keys[which % keys.length] ?? newKey) : newKey;
        // defineProperty, not assignment, so that a key such as "__proto__" is an own field.
        Object.defineProperty(target, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });

        const top = Object.keys(dataset).map((k) => formatPath([k]));
        const underTop = (path: string) =>
          path === '(dataset)' ||
          top.some((t) => path === t || path.startsWith(`${t}.`) || path.startsWith(`${t}[`));
        for (const r of [validateDataset(dataset), readDatasetText(JSON.stringify(dataset))]) {
          expectWellFormedResult(r);
          if (!r.ok) for (const p of r.problems) expect(underTop(p.path), p.path).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

// @vitest-environment node
/**
 * Whatever file arrives, importDataset answers and never throws: either problems (each saying
 * where and what) and no dataset, or a dataset that the validator accepts, and never both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/domain/import/import-dataset';
import { importDataset } from '../../../src/domain/import/import-dataset';
import { validateDataset } from '../../../src/domain/validate-dataset';
import { fixture } from './fixtures';

function expectWellFormed(r: ImportResult): void {
  expect(['dataset', 'timelinejs', 'sheet-csv', 'sheet-tsv']).toContain(r.format);
  if (r.dataset === null) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.path).not.toBe('');
      expect(p.message).not.toBe('');
    }
  } else {
    expect(r.problems).toEqual([]);
    expect(validateDataset(r.dataset).ok).toBe(true);
  }
}

const RUNS = { numRuns: 200 };
const part = fc.oneof(
  fc.integer({ min: -300000, max: 300000 }),
  fc.constantFrom('', ' ', '1949', '-221', '0', '13', '31', '19x5', '2.5', '1e3'),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
);
const html = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<p>a</p><script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="https://example.org">ok</a>',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt;',
    '<p',
  ),
);
const tljsDate = fc.record(
  { year: part, month: part, day: part, hour: part, display_date: html },
  { requiredKeys: [] },
);
const tljsEvent = fc.record(
  {
    start_date: fc.oneof(tljsDate, fc.anything()),
    end_date: tljsDate,
    text: fc.record({ headline: html, text: html }, { requiredKeys: [] }),
    group: fc.oneof(html, fc.anything()),
    unique_id: fc.oneof(fc.string(), fc.integer()),
    display_date: html,
    media: fc.record({ url: fc.oneof(fc.webUrl(), html), credit: html, caption: html }),
  },
  { requiredKeys: ['start_date'] },
);
const tljs = fc.record(
  {
    title: fc.record({ text: fc.record({ headline: html, text: html }) }),
    events: fc.array(tljsEvent, { maxLength: 6 }),
    eras: fc.array(fc.record({ start_date: tljsDate, end_date: tljsDate }), { maxLength: 2 }),
  },
  { requiredKeys: ['events'] },
);
const cell = fc.oneof(
  part.map((p) => (p === null ? '' : String(p))),
  html,
);
const sheet = fc
  .tuple(
    fc.subarray([
      'Year',
      'Month',
      'Day',
      'End Year',
      'Headline',
      'Text',
      'Group',
      'Type',
      'Media',
      'ID',
      'People',
      'EDTF Date',
      'Side',
      'Links',
    ]),
    fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }),
    fc.constantFrom(',', '\t'),
  )
  .map(([header, rows, sep]) => {
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    return [header, ...rows].map((r) => r.map(quote).join(sep)).join('\n');
  });

describe('importDataset on any input', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectWellFormed(importDataset(text));
      }),
      RUNS,
    );
  }, 60_000);

  it('answers any TimelineJS-shaped JSON with problems or a valid dataset', () => {
    fc.assert(
      fc.property(tljs, (value) => expectWellFormed(importDataset(JSON.stringify(value)))),
      RUNS,
    );
  }, 60_000);

  it('answers any sheet with problems or a valid dataset', () => {
    fc.assert(
      fc.property(sheet, (text) => expectWellFormed(importDataset(text))),
      RUNS,
    );
  }, 60_000);

  it('never throws on a fixture cut short anywhere', () => {
    for (const name of ['korea-china.timelinejs.json', 'qin-han.csv', 'relations.tsv']) {
      const text = fixture(name);
      fc.assert(
        fc.property(fc.nat({ max: text.length }), (n) =>
          expectWellFormed(importDataset(text.slice(0, n), { fileName: name })),
        ),
        { numRuns: 50 },
      );
    }
  }, 60_000);
});

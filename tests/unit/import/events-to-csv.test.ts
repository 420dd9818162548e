// @vitest-environment node
/**
 * Export then import gives the same events: for the bundled dataset, and for datasets fast-check
 * makes up with BCE and long years, intervals, qualifiers, quotes, media, links and text full of
 * commas, quotes, markup characters and formula-like starts.
 */
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetEvent } from '../../../src/domain/dataset-schema';
import { EVENT_KINDS } from '../../../src/domain/dataset-schema';
import { CSV_COLUMNS, eventsToCsv } from '../../../src/domain/export/events-to-csv';
import { importDataset } from '../../../src/domain/import/import-dataset';
import { readDatasetText } from '../../../src/domain/read-dataset-text';
import { validateDataset } from '../../../src/domain/validate-dataset';
import { fixture, valid } from './fixtures';
import { readFileSync } from 'node:fs';

/** What an export of these events should import as: replies to events left out are dropped. */
function expected(events: readonly DatasetEvent[]): DatasetEvent[] {
  const ids = new Set(events.map((e) => e.id));
  return events.map((e) => {
    if (e.inReplyTo === undefined) return e;
    const { inReplyTo, ...rest } = e;
    const kept = inReplyTo.filter((id) => ids.has(id));
    return kept.length > 0 ? { ...rest, inReplyTo: kept } : rest;
  });
}

function roundTrip(d: Dataset, events: readonly DatasetEvent[]) {
  const csv = eventsToCsv(d, events);
  return { csv, result: importDataset(csv, { fileName: 'export.csv' }) };
}

describe('eventsToCsv', () => {
  const bundled = (() => {
    const r = readDatasetText(readFileSync('public/data/china-dprk.json', 'utf8'));
    if (!r.ok) throw new Error('the bundled dataset is invalid');
    return r.timeline.dataset;
  })();

  it('writes the TimelineJS columns, then ours, a title row, and one row per event', () => {
    const shown = bundled.events.filter((e) => e.side === 'joint');
    const rows = csvParseRows(eventsToCsv(bundled, shown));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]?.slice(0, 3)).toEqual(['Year', 'Month', 'Day']);
    expect(rows[1]?.[CSV_COLUMNS.indexOf('Type')]).toBe('title');
    expect(rows.slice(2).map((r) => r[CSV_COLUMNS.indexOf('ID')])).toEqual(shown.map((e) => e.id));
  });

  it('gives back every event of the bundled dataset, and of any filtered part of it', () => {
    const all = roundTrip(bundled, bundled.events);
    expect(valid(all.result).events).toEqual(bundled.events);
    expect(valid(all.result).title).toBe(bundled.title);
    expect(valid(all.result).sides).toEqual(bundled.sides);
    const part = bundled.events.filter((_, i) => i % 3 === 1);
    expect(valid(roundTrip(bundled, part).result).events).toEqual(expected(part));
  });

  it('gives back the events of imported timelines: BCE years, display dates, media, links', () => {
    for (const name of ['korea-china.timelinejs.json', 'qin-han.csv']) {
      const d = valid(importDataset(fixture(name), { fileName: name }));
      expect(valid(roundTrip(d, d.events).result).events).toEqual(d.events);
    }
  });

  it('puts an apostrophe before text a spreadsheet would run, and the import takes it off', () => {
    const d = structuredClone(bundled);
    const first = d.events[0];
    if (!first) throw new Error('no events');
    first.title = '=HYPERLINK("https://evil.example","click")';
    const { csv, result } = roundTrip(d, [first]);
    expect(csv).toContain(`'=HYPERLINK(&quot;https://evil.example&quot;,&quot;click&quot;)`);
    expect(valid(result).events[0]?.title).toBe(first.title);
  });
});

// ---- a made-up dataset, valid by construction -------------------------------------------------

const CHARS = [...'aZé中한,;"\'<>&=+-@/|()[]{}#%*!?.:'];
const word = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 8 });
const lineOf = (max: number) =>
  fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
const paragraph = fc.array(lineOf(6), { minLength: 1, maxLength: 2 }).map((ls) => ls.join('\n'));
const summary = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n\n'));

const year4 = (y: number) => (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
const point = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -3000, max: 2100 }).map(year4) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.integer({ min: -3000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
      )
      .map(
        ([y, m, d, withDay]) =>
          `${year4(y)}-${String(m).padStart(2, '0')}${withDay ? `-${String(d).padStart(2, '0')}` : ''}`,
      ),
  },
  { weight: 1, arbitrary: fc.integer({ min: -200000, max: -10000 }).map((y) => `Y${y}`) },
);
const qualifier = fc.constantFrom('', '', '', '~', '?', '%');
const edtfDate = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(point, qualifier).map(([p, q]) => (p.startsWith('Y') ? p : p + q)),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(point, fc.integer({ min: 1, max: 500 })).map(([p, years]) => {
      const start = p.startsWith('Y')
        ? Number(p.slice(1))
        : Number(p.slice(0, p.indexOf('-', 1) === -1 ? undefined : p.indexOf('-', 1)));
      const end = start + years;
      return `${p}/${Math.abs(end) > 9999 ? `Y${end}` : year4(Math.min(9999, end))}`;
    }),
  },
  { weight: 1, arbitrary: point.map((p) => `${p}/..`) },
  { weight: 1, arbitrary: point.map((p) => `/${p}`) },
);
const url = word.map((w) => `https://example.org/${encodeURIComponent(w)}`);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const PEOPLE = ['p1', 'p2', 'p3'];
const SOURCES = ['s1', 's2'];

const datasetArb = fc
  .record({
    title: lineOf(5),
    description: maybe(summary),
    sideNames: fc.tuple(lineOf(2), lineOf(2)),
    names: fc.tuple(lineOf(3), lineOf(3), lineOf(3)),
    events: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
        title: lineOf(6),
        shortTitle: maybe(lineOf(2).map((s) => s.slice(0, 40).trim() || 'x')),
        summary: maybe(summary),
        date: edtfDate,
        kind: fc.constantFrom(...EVENT_KINDS),
        side: fc.constantFrom('a', 'b', 'joint'),
        people: fc.subarray(PEOPLE),
        sources: fc.subarray(SOURCES, { minLength: 1 }),
        quote: maybe(
          fc.tuple(fc.constantFrom(...PEOPLE), lineOf(8), fc.option(lineOf(1), { nil: null })),
        ),
        displayDate: maybe(lineOf(3)),
        media: maybe(
          fc.record(
            { url, credit: maybe(lineOf(3)), caption: maybe(lineOf(5)) },
            { requiredKeys: ['url'] },
          ),
        ),
        links: maybe(
          fc.array(fc.record({ url, text: maybe(lineOf(3)) }, { requiredKeys: ['url'] }), {
            maxLength: 3,
          }),
        ),
        fromRecord: maybe(fc.array(lineOf(4), { maxLength: 2 })),
      }),
      { minLength: 1, maxLength: 8, selector: (e) => e.id },
    ),
  })
  .map((g): Dataset => {
    const strip = <T extends object>(o: T): T =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    return strip({
      format: 'china-dprk-timeline/dataset',
      version: 1,
      title: g.title,
      description: g.description,
      sides: [
        { id: 'a', name: g.sideNames[0] },
        { id: 'b', name: g.sideNames[1] },
      ],
      people: PEOPLE.map((id, i) => ({ id, name: g.names[i] ?? 'x', role: 'A role', side: 'a' })),
      sources: SOURCES.map((id) => ({
        id,
        outlet: `Outlet ${id}`,
        headline: `Headline, "${id}"`,
        published: '2024-10',
        agency: null,
      })),
      events: g.events.map(({ quote, media, links, ...e }) =>
        strip({
          ...e,
          quotes: quote
            ? [
                {
                  speaker: quote[0],
                  text: quote[1],
                  agency: quote[2],
                  source: e.sources[0] ?? 's1',
                },
              ]
            : [],
          media: media && strip(media),
          links: links?.map(strip),
        }),
      ),
    });
  });

describe('round trip, for made-up datasets', () => {
  it('importing an export of any events gives the same events', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(), (generated, seed) => {
        const checked = validateDataset(generated);
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
        const d = checked.timeline.dataset;
        const shown = d.events.filter((_, i) => (seed >> i) % 2 === 0 || i === 0);
        const { result } = roundTrip(d, shown);
        expect(result.problems).toEqual([]);
        expect(result.dataset?.events).toEqual(expected(shown));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

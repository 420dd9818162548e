// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../../src/domain/date-label';
import { parseEdtf } from '../../../src/domain/edtf';
import { importDataset } from '../../../src/domain/import/import-dataset';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { eventTitled, importFixture, valid } from './fixtures';

const HEADER = 'Year,Month,Day,End Year,Headline,Text,Group,Type';

describe('a CSV sheet with TimelineJS columns', () => {
  const result = importFixture('qin-han.csv');

  it('is read with quoted commas, doubled quotes and line breaks intact', () => {
    expect(result.format).toBe('sheet-csv');
    const d = valid(result);
    expect(eventTitled(d, 'Qin unifies China').summary).toBe(
      'Ying Zheng, king of Qin, completes the conquest of the six states\nand takes the title "First Emperor".\n\nHe standardises writing, weights and measures.',
    );
    expect(d.events.map((e) => e.title)).toContain('Burning of books, "and burying of scholars"');
    expect(eventTitled(d, 'Liu Bang founds the Han').media).toEqual({
      url: 'https://example.org/han',
      credit: 'Example museum',
      caption: 'A "Han" roof tile, with text',
    });
  });

  it('takes the title row and the era row for what they are', () => {
    const d = valid(result);
    expect(d.title).toBe('Qin and Han');
    expect(d.description).toMatch(/^From the first emperor/);
    expect(d.events).toHaveLength(6);
    expect(d.eras).toEqual([
      { id: 'western-han-bc206-0009', title: 'Western Han', date: '-0205/0009', sources: [] },
    ]);
  });

  it('reads BCE years, orders them on the timeline and labels them as people write them', () => {
    const timeline = buildTimeline(valid(result));
    expect(timeline.events.map((e) => [e.data.title, e.dateLabel])).toEqual([
      ['Qin unifies China', '221 BC'],
      ['Burning of books, "and burying of scholars"', '213 BC'],
      ['Liu Bang founds the Han', '206 BC'],
      ['Wang Mang proclaims the Xin', 'AD 9'],
      ['Emperor Guangwu restores the Han', '5 Aug AD 25'],
      ['The Han ends', 'AD 220'],
    ]);
    expect(timeline.eras[0]?.dateLabel).toBe('206 BC – AD 9');
    // No event is joint, so there is no empty "Both sides" lane.
    expect(timeline.lanes.map((l) => l.name)).toEqual(['Qin', 'Han', 'Xin']);
  });

  it('keeps Display Date as the label to show', () => {
    expect(eventTitled(valid(result), 'Qin unifies China').displayDate).toBe('221 BC');
  });
});

describe('a TSV sheet', () => {
  it('is read by its tabs, with quoted cells', () => {
    const r = importFixture('relations.tsv');
    expect(r.format).toBe('sheet-tsv');
    const d = valid(r);
    expect(d.title).toBe('relations');
    expect(d.events.map((e) => [e.title, e.date, e.side])).toEqual([
      ['Diplomatic relations', '1949-10-06', 'joint-2'],
      ['Treaty signed', '1961-07-11', 'joint-2'],
      ['Xi visits Pyongyang', '2019-06-20', 'china'],
    ]);
    // "Joint" is a group like any other, not our reserved "joint" side.
    expect(d.sides[0]).toEqual({ id: 'joint-2', name: 'Joint' });
    expect(eventTitled(d, 'Treaty signed').summary).toBe(
      'Mutual aid, "friendship" and cooperation',
    );
  });

  it('is recognised without a file name, and with a misleading one', () => {
    const text = 'Year\tHeadline\n1949\tRelations, at last\n';
    expect(importDataset(text).format).toBe('sheet-tsv');
    expect(importDataset(text, { fileName: 'x.csv' }).format).toBe('sheet-tsv');
    expect(valid(importDataset(text)).events[0]?.title).toBe('Relations, at last');
  });
});

describe('a sheet with bad rows', () => {
  it('lists every problem by row and column, and gives no dataset', () => {
    const r = importFixture('bad-rows.csv');
    expect(r.dataset).toBeNull();
    expect(r.problems).toEqual([
      { path: 'row 3, column "Month"', message: '"13" is not a month (1 to 12)' },
      { path: 'row 4, column "Headline"', message: 'the cell is empty' },
      { path: 'row 6, column "Day"', message: '"30" is not a day of that month (1 to 28)' },
      { path: 'row 7, column "End Year"', message: '"19x5" is not a year' },
      { path: 'row 8, column "Year"', message: '"x" is not a year' },
    ]);
  });

  it('counts rows as a spreadsheet does, a multi-line cell being one row', () => {
    const text = `${HEADER}\n1949,,,,"First","two\nlines",,\n1950,,,,,text,,\n`;
    expect(importDataset(text).problems).toEqual([
      { path: 'row 3, column "Headline"', message: 'the cell is empty' },
    ]);
  });

  it('says which header it expected, and which year has no year 0', () => {
    expect(importDataset('Name,Age\nAda,36\n').problems).toEqual([
      {
        path: 'row 1',
        message:
          'the first row must name the columns (Year, Month, Day, Headline, Text…); found "Name", "Age"',
      },
    ]);
    expect(importDataset(`${HEADER}\n0,,,,Nothing,,,\n`).problems[0]).toEqual({
      path: 'row 2, column "Year"',
      message: '"0" is not a year: there is no year 0 (1 BC is -1)',
    });
    expect(importDataset(`${HEADER}\n,,,,Undated,,,\n`).problems[0]).toEqual({
      path: 'row 2, column "Year"',
      message: 'a year is missing',
    });
  });

  it('says how many groups there are when there are more than lanes', () => {
    const rows = Array.from({ length: 9 }, (_, i) => `${1950 + i},,,,Event ${i},,Group ${i},`);
    expect(importDataset([HEADER, ...rows].join('\n')).problems).toEqual([
      {
        path: '(dataset)',
        message: 'the file has 9 groups; a timeline draws at most 8 (one lane each)',
      },
    ]);
  });

  it('refuses an empty file and a sheet of headers only', () => {
    expect(importDataset('').problems[0]?.message).toBe('the file is empty');
    expect(importDataset(`${HEADER}\n`).problems).toEqual([
      { path: '(dataset)', message: 'the file has no events' },
    ]);
  });
});

describe('years far back', () => {
  it('reads years of more than four digits as EDTF long years', () => {
    const d = valid(importDataset(`${HEADER}\n-10001,,,,Ice age,,,\n`));
    expect(d.events[0]?.date).toBe('Y-10000');
    const parsed = parseEdtf(d.events[0]?.date);
    expect(parsed.ok && dateLabel(parsed.value)).toBe('10001 BC');
  });
});

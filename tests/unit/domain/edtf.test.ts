import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateLabel } from '../../../src/domain/date-label';
import { MAX_YEAR, dateSpan, parseEdtf } from '../../../src/domain/edtf';

const iso = (ms: number) => new Date(ms).toISOString();

function span(text: string) {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return { ...dateSpan(r.value), label: dateLabel(r.value) };
}

// The same expectations in three zones far apart: a parser that used local time would shift the
// year boundary by a day in at least one of them.
describe.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('in time zone %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('is really running in that zone', () => {
    const expectedOffset = { 'Pacific/Kiritimati': -840, 'America/Los_Angeles': 480, UTC: 0 }[zone];
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(expectedOffset);
  });

  it('reads a bare year as the whole UTC year', () => {
    const s = span('1961');
    expect(iso(s.start)).toBe('1961-01-01T00:00:00.000Z');
    expect(iso(s.end)).toBe('1962-01-01T00:00:00.000Z');
    expect(s.label).toBe('1961');
  });

  it('reads a month as that UTC month', () => {
    const s = span('2021-07');
    expect(iso(s.start)).toBe('2021-07-01T00:00:00.000Z');
    expect(iso(s.end)).toBe('2021-08-01T00:00:00.000Z');
    expect(s.label).toBe('July 2021');
  });

  it('reads a day as that UTC day', () => {
    const s = span('2024-10-06');
    expect(iso(s.start)).toBe('2024-10-06T00:00:00.000Z');
    expect(iso(s.end)).toBe('2024-10-07T00:00:00.000Z');
    expect(s.label).toBe('6 Oct 2024');
  });

  it('widens an approximate date by one unit each side', () => {
    const month = span('2021-07~');
    expect(iso(month.start)).toBe('2021-06-01T00:00:00.000Z');
    expect(iso(month.end)).toBe('2021-09-01T00:00:00.000Z');
    expect(month.label).toBe('c. July 2021');
    const day = span('2025-10-01~');
    expect(iso(day.start)).toBe('2025-09-30T00:00:00.000Z');
    expect(iso(day.end)).toBe('2025-10-03T00:00:00.000Z');
    expect(day.label).toBe('c. 1 Oct 2025');
    const year = span('1949~');
    expect(iso(year.start)).toBe('1948-01-01T00:00:00.000Z');
    expect(iso(year.end)).toBe('1951-01-01T00:00:00.000Z');
  });

  it('covers both ends of an interval', () => {
    const s = span('2019-06-20/2019-06-21');
    expect(iso(s.start)).toBe('2019-06-20T00:00:00.000Z');
    expect(iso(s.end)).toBe('2019-06-22T00:00:00.000Z');
    expect(s.label).toBe('20–21 Jun 2019');
  });
});

describe('instants computed without Date', () => {
  /** What Date's own calendar says: the first instant of that day, overflow carried. */
  const byDate = (year: number, monthIndex: number, day: number) => {
    const d = new Date(0);
    d.setUTCFullYear(year, monthIndex, day);
    return d.getTime();
  };
  const text = (year: number, month: number, day: number) =>
    `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  it("agree with Date's calendar on every day, leap days and years 0-99 included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9999, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const r = parseEdtf(text(year, month, day));
          const valid = new Date(byDate(year, month - 1, day)).getUTCDate() === day;
          expect(r.ok).toBe(
            valid && text(year, month, day) !== '-0000-' + text(0, month, day).slice(5),
          );
          if (!r.ok || r.value.kind !== 'point') return;
          expect([r.value.start, r.value.end]).toEqual([
            byDate(year, month - 1, day),
            byDate(year, month - 1, day + 1),
          ]);
          // An approximate month reaches a month either side, across a year's end too.
          const around = parseEdtf(`${text(year, month, 1).slice(0, -3)}~`);
          if (!around.ok) throw new Error(around.error);
          expect(dateSpan(around.value)).toEqual({
            start: byDate(year, month - 2, 1),
            end: byDate(year, month + 1, 1),
          });
        },
      ),
    );
  });

  it('reach the furthest years that can be drawn', () => {
    for (const year of [-MAX_YEAR, MAX_YEAR]) {
      const r = parseEdtf(`Y${year}`);
      if (!r.ok || r.value.kind !== 'point') throw new Error('not a point');
      expect([r.value.start, r.value.end]).toEqual([byDate(year, 0, 1), byDate(year + 1, 0, 1)]);
    }
  });
});

describe('date labels', () => {
  it.each([
    ['2021?', '2021?'],
    ['2021-07%', 'c. July 2021?'],
    ['2022-01/2022-02-20', 'Jan – 20 Feb 2022'],
    ['2022-02-20/2022-03-02', '20 Feb – 2 Mar 2022'],
    ['2020-01/2023-08', 'January 2020 – August 2023'],
    ['1961/..', 'since 1961'],
    ['/2022-02-20', 'by 20 Feb 2022'],
    ['2024-02-29', '29 Feb 2024'],
  ])('labels %s as "%s"', (text, label) => {
    expect(span(text).label).toBe(label);
  });
});

describe('invalid dates', () => {
  it.each([
    ['2024-13-01', 'there is no month 13'],
    ['2023-02-29', '2023-02 has days 01 to 28'],
    ['2024-10-00', 'has days 01 to 31'],
    ['24-10-06', 'not a date in the form YYYY'],
    ['October 2024', 'not a date in the form YYYY'],
    ['2024-10-06T12:00', 'not a date in the form YYYY'],
    ['', 'empty'],
    [' 2024', 'surrounding spaces'],
    ['2022/2021', 'ends before it starts'],
    ['../..', 'both ends are missing'],
    ['2021/2022/2023', 'one "/"'],
  ])('rejects %j, saying %s', (text, message) => {
    const r = parseEdtf(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('rejects values that are not strings without throwing', () => {
    for (const v of [1961, null, undefined, {}, []]) {
      const r = parseEdtf(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/expected a date string/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { axisSegments, piecewiseScale } from '../../../src/domain/axis-segments';
import { utcFormat } from 'd3-time-format';
import {
  LONG_MONTHS,
  SHORT_MONTHS,
  dateLabel,
  isoForTimeElement,
  yearLabel,
} from '../../../src/domain/date-label';
import { dateSpan, parseEdtf, yearStart } from '../../../src/domain/edtf';
import { axisTicks } from '../../../src/timeline/time-axis-ticks';

function parsed(text: string) {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('month names', () => {
  it("are the axis ticks' own (d3-time-format's en-US locale)", () => {
    const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2000, i, 1)));
    expect(LONG_MONTHS).toEqual(months.map(utcFormat('%B')));
    expect(SHORT_MONTHS).toEqual(months.map(utcFormat('%b')));
  });
});

describe('years before 1000 and before the common era', () => {
  it.each([
    ['-0220', '221 BC'],
    ['0000', '1 BC'],
    ['0009', 'AD 9'],
    ['0999', 'AD 999'],
    ['1000', '1000'],
    ['1949', '1949'],
    ['-0220-03', 'March 221 BC'],
    ['-0205-11-03', '3 Nov 206 BC'],
    ['0009-01-10', '10 Jan AD 9'],
    ['-0205/0008', '206 BC – AD 8'],
    ['-0220~', 'c. 221 BC'],
    ['Y-10000', '10001 BC'],
    ['Y12000', '12000'],
  ])('labels %s as "%s"', (text, label) => {
    expect(dateLabel(parsed(text))).toBe(label);
  });

  it('counts years astronomically, with no year between 1 BC and AD 1', () => {
    expect(yearLabel(0)).toBe('1 BC');
    expect(yearLabel(-1)).toBe('2 BC');
    expect(yearLabel(1)).toBe('AD 1');
  });

  it('puts BCE years in order before the common era, each a whole year long', () => {
    const qin = dateSpan(parsed('-0220'));
    const han = dateSpan(parsed('-0205/0008'));
    const xin = dateSpan(parsed('0009'));
    const modern = dateSpan(parsed('1949'));
    expect(qin.start).toBeLessThan(han.start);
    expect(han.end).toBe(xin.start);
    expect(xin.end).toBeLessThan(modern.start);
    expect(new Date(qin.start).getUTCFullYear()).toBe(-220);
    expect(new Date(xin.start).toISOString()).toBe('0009-01-01T00:00:00.000Z');
    // A year between 0 and 99 is not read as 1900–1999 (the Date.UTC trap).
    expect(new Date(dateSpan(parsed('0099')).start).getUTCFullYear()).toBe(99);
  });

  it('reads long years and refuses what cannot be drawn', () => {
    expect(dateSpan(parsed('Y-10000')).start).toBe(yearStart(-10000));
    for (const [text, message] of [
      ['Y-10000-01', 'has no month or day'],
      ['-0000', 'write year 0'],
      ['Y-300000', 'years run from'],
      ['Y9999', 'not a date in the form'],
      ['-221', 'not a date in the form'],
    ] as const) {
      const r = parseEdtf(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error).toContain(message);
    }
  });

  it('gives <time> the signed ISO year', () => {
    expect(isoForTimeElement(parsed('-0220-03'))).toBe('-0220-03');
    expect(isoForTimeElement(parsed('0009'))).toBe('0009');
  });
});

describe('axis ticks', () => {
  const ticksFor = (from: string, to: string, width = 800) => {
    const domain = { start: dateSpan(parsed(from)).start, end: dateSpan(parsed(to)).end };
    const scale = piecewiseScale(axisSegments([domain], domain), width);
    return axisTicks(scale, { k: 1, x: 0 }, width);
  };

  it('labels years before the common era as people write them, in order', () => {
    const { ticks } = ticksFor('-0300', '0100');
    const labels = ticks.map((t) => t.label);
    expect(labels).toContain('201 BC');
    expect(labels).toEqual(expect.arrayContaining(['1 BC', 'AD 50']));
    expect(labels.some((l) => l.startsWith('-') || /^0\d/.test(l))).toBe(false);
    const xs = ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('keeps d3 labels for ordinary years, months and days', () => {
    expect(ticksFor('1949', '2025').ticks.map((t) => t.label)).toContain('1960');
    expect(ticksFor('2024-01', '2024-06').ticks.map((t) => t.label)).toContain('March');
  });

  it('names both ends of a break in years as people write them', () => {
    const domain = { start: yearStart(-300), end: yearStart(2000) };
    const spans = [
      { start: yearStart(-221), end: yearStart(-220) },
      { start: yearStart(1949), end: yearStart(1950) },
    ];
    const scale = piecewiseScale(axisSegments(spans, domain), 800);
    const { breaks } = axisTicks(scale, { k: 1, x: 0 }, 800);
    expect(breaks.map((b) => b.label)[0]).toMatch(/^\d+ BC–\d{4}$/);
  });
});

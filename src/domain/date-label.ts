import type { EdtfDate, EdtfPoint } from './edtf';

/**
 * The month names of d3-time-format's en-US locale, which the axis ticks use (a test holds the
 * two together). Written out rather than formatted with d3-time-format: the dataset worker, which
 * writes every event's label, would otherwise load and set up that locale (~10 ms) before it
 * reads its first byte.
 */
export const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const SHORT_MONTHS = LONG_MONTHS.map((name) => name.slice(0, 3));

function monthName(month: number, long: boolean): string {
  return (long ? LONG_MONTHS : SHORT_MONTHS)[month - 1] ?? '';
}

/**
 * A year as people write it: "1949" for ordinary years, "AD 9" for years below 1000, and
 * "221 BC" before the common era. Years are astronomical (ISO 8601): 0 is 1 BC, -220 is 221 BC.
 */
export function yearLabel(year: number): string {
  if (year <= 0) return `${1 - year} BC`;
  if (year < 1000) return `AD ${year}`;
  return String(year);
}

function qualify(text: string, p: EdtfPoint): string {
  let out = text;
  if (p.approximate) out = `c. ${out}`;
  if (p.uncertain) out = `${out}?`;
  return out;
}

/** "1961", "July 2021", "6 Oct 2024", "c. Feb 2022", "2021?", "221 BC": only what is known. */
export function pointLabel(p: EdtfPoint): string {
  const year = yearLabel(p.year);
  switch (p.precision) {
    case 'year':
      return qualify(year, p);
    case 'month':
      return qualify(`${monthName(p.month ?? 1, true)} ${year}`, p);
    case 'day':
      return qualify(`${p.day} ${monthName(p.month ?? 1, false)} ${year}`, p);
  }
}

function sameQualifiers(a: EdtfPoint, b: EdtfPoint): boolean {
  return a.approximate === b.approximate && a.uncertain === b.uncertain;
}

/** "20–21 Jun 2019", "Jan – 20 Feb 2022", "2020 – Aug 2023", "since 1961", "by 20 Feb 2022". */
export function dateLabel(date: EdtfDate): string {
  if (date.kind === 'point') return pointLabel(date);
  const { from, to } = date;
  if (!from && to) return date.openStart ? `until ${pointLabel(to)}` : `by ${pointLabel(to)}`;
  if (from && !to) return date.openEnd ? `since ${pointLabel(from)}` : `from ${pointLabel(from)}`;
  if (!from || !to) return '';
  const plain = !from.approximate && !from.uncertain && sameQualifiers(from, to);
  if (plain && from.precision === 'day' && to.precision === 'day' && from.year === to.year) {
    if (from.month === to.month) {
      return `${from.day}–${to.day} ${monthName(to.month ?? 1, false)} ${yearLabel(to.year)}`;
    }
    return `${from.day} ${monthName(from.month ?? 1, false)} – ${pointLabel(to)}`;
  }
  if (plain && from.precision === 'month' && from.year === to.year) {
    return `${monthName(from.month ?? 1, false)} – ${pointLabel(to)}`;
  }
  return `${pointLabel(from)} – ${pointLabel(to)}`;
}

/**
 * A machine-readable value for <time dateTime>: the EDTF string minus qualifiers. HTML has no
 * syntax for years before 1 AD; those keep ISO 8601's signed form ("-0220"), which is still
 * what the date means.
 */
export function isoForTimeElement(date: EdtfDate): string {
  const year = (y: number) => (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
  const iso = (p: EdtfPoint) =>
    [
      year(p.year),
      p.month === undefined ? null : String(p.month).padStart(2, '0'),
      p.day === undefined ? null : String(p.day).padStart(2, '0'),
    ]
      .filter((x) => x !== null)
      .join('-');
  if (date.kind === 'point') return iso(date);
  return date.from ? iso(date.from) : date.to ? iso(date.to) : '';
}

import type { EdtfDate, EdtfPoint } from './edtf';

const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const MONTHS_LONG = [
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

function monthName(month: number, long: boolean): string {
  return (long ? MONTHS_LONG : MONTHS_SHORT)[month - 1] ?? '';
}

function qualify(text: string, p: EdtfPoint): string {
  let out = text;
  if (p.approximate) out = `c. ${out}`;
  if (p.uncertain) out = `${out}?`;
  return out;
}

/** "1961", "July 2021", "6 Oct 2024", "c. Feb 2022", "2021?": only what is known. */
export function pointLabel(p: EdtfPoint): string {
  switch (p.precision) {
    case 'year':
      return qualify(String(p.year), p);
    case 'month':
      return qualify(`${monthName(p.month ?? 1, true)} ${p.year}`, p);
    case 'day':
      return qualify(`${p.day} ${monthName(p.month ?? 1, false)} ${p.year}`, p);
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
      return `${from.day}–${to.day} ${monthName(to.month ?? 1, false)} ${to.year}`;
    }
    return `${from.day} ${monthName(from.month ?? 1, false)} – ${pointLabel(to)}`;
  }
  if (plain && from.precision === 'month' && from.year === to.year) {
    return `${monthName(from.month ?? 1, false)} – ${pointLabel(to)}`;
  }
  return `${pointLabel(from)} – ${pointLabel(to)}`;
}

/** A machine-readable value for <time dateTime>: the EDTF string minus qualifiers. */
export function isoForTimeElement(date: EdtfDate): string {
  const iso = (p: EdtfPoint) =>
    [
      String(p.year).padStart(4, '0'),
      p.month === undefined ? null : String(p.month).padStart(2, '0'),
      p.day === undefined ? null : String(p.day).padStart(2, '0'),
    ]
      .filter((x) => x !== null)
      .join('-');
  if (date.kind === 'point') return iso(date);
  return date.from ? iso(date.from) : date.to ? iso(date.to) : '';
}

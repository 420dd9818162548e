/**
 * TimelineJS dates as year, month and day parts (numbers or text, an empty string meaning absent),
 * to and from our EDTF strings. TimelineJS writes 221 BC as year -221 and has no year 0; EDTF
 * counts astronomically (-0220 is 221 BC, 0000 is 1 BC), so the two differ by one before AD 1.
 * Hours, minutes and seconds are dropped: our dates stop at the day.
 */
import { daysInMonth, MAX_YEAR } from '../edtf';

export type DatePart = 'year' | 'month' | 'day';

export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
}

export type PartsResult =
  | { readonly ok: true; readonly edtf: string | null }
  | { readonly ok: false; readonly part: DatePart; readonly message: string };

/** The value as written, for a message: `"19x5"`, `1949`. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value); // a BigInt or a cycle
  }
  return text.length > 42 ? `${text.slice(0, 40)}…` : text;
}

/** Absent when undefined, null or blank text; else the whole number it holds, or NaN. */
function wholeNumber(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const text = value.trim();
  if (text === '') return null;
  return /^[+-]?\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
}

/** Astronomical year (EDTF) from a TimelineJS year. */
export function astronomicalYear(timelineJsYear: number): number {
  return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
}

/** TimelineJS year from an astronomical year (EDTF). */
export function timelineJsYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

function edtfYear(year: number): string {
  if (Math.abs(year) <= 9999)
    return (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  return `Y${year}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function partsToEdtf(parts: DateParts): PartsResult {
  const fail = (part: DatePart, message: string): PartsResult => ({ ok: false, part, message });
  const year = wholeNumber(parts.year);
  const month = wholeNumber(parts.month);
  const day = wholeNumber(parts.day);

  if (year === null) {
    if (month !== null) return fail('month', `${shown(parts.month)} is a month without a year`);
    if (day !== null) return fail('day', `${shown(parts.day)} is a day without a year`);
    return { ok: true, edtf: null };
  }
  if (Number.isNaN(year)) return fail('year', `${shown(parts.year)} is not a year`);
  if (year === 0) {
    return fail('year', `${shown(parts.year)} is not a year: there is no year 0 (1 BC is -1)`);
  }
  const astro = astronomicalYear(year);
  if (Math.abs(astro) > MAX_YEAR) {
    return fail(
      'year',
      `${shown(parts.year)} is too far from today to draw (-${MAX_YEAR} to ${MAX_YEAR})`,
    );
  }
  if (month === null) {
    if (day !== null) return fail('day', `${shown(parts.day)} is a day without a month`);
    return { ok: true, edtf: edtfYear(astro) };
  }
  if (Number.isNaN(month) || month < 1 || month > 12) {
    return fail('month', `${shown(parts.month)} is not a month (1 to 12)`);
  }
  if (Math.abs(astro) > 9999) {
    return fail('month', 'a year beyond 9999 can only be given as a year, without month or day');
  }
  if (day === null) return { ok: true, edtf: `${edtfYear(astro)}-${pad2(month)}` };
  const last = daysInMonth(astro, month);
  if (Number.isNaN(day) || day < 1 || day > last) {
    return fail('day', `${shown(parts.day)} is not a day of that month (1 to ${last})`);
  }
  return { ok: true, edtf: `${edtfYear(astro)}-${pad2(month)}-${pad2(day)}` };
}

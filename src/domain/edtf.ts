/**
 * Dates at their true precision, in a subset of EDTF (ISO 8601-2) levels 0 and 1:
 *   "1961", "2021-07", "2024-10-06"            year, month, day
 *   "2021-07~", "2021-07?", "2021-07%"         approximate, uncertain, both
 *   "2019-06-20/2019-06-21", "2022-01/..", "/2022-02-20"   intervals (open or unknown ends)
 *   "-0220", "-0220-03", "0009"                years before 1000 and before the common era
 *   "Y-10000", "Y12000"                        years of more than four digits (level 1), year only
 *
 * Years are astronomical, as ISO 8601 counts them: "0000" is 1 BC and "-0220" is 221 BC.
 *
 * Every instant is a UTC day counted by calendar arithmetic (`utc` below), so the result never
 * depends on the reader's time zone, and a bare year is never handed to `new Date()` (which would
 * read it as local midnight).
 */

export type Precision = 'year' | 'month' | 'day';

export interface EdtfPoint {
  readonly kind: 'point';
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** First instant (UTC ms) of the period the date names. */
  readonly start: number;
  /** First instant after that period (exclusive). */
  readonly end: number;
}

export interface EdtfInterval {
  readonly kind: 'interval';
  /** null: the start is unknown ("/2022") or open (".."). */
  readonly from: EdtfPoint | null;
  readonly to: EdtfPoint | null;
  readonly openStart: boolean;
  readonly openEnd: boolean;
}

export type EdtfDate = EdtfPoint | EdtfInterval;

export type EdtfResult =
  { readonly ok: true; readonly value: EdtfDate } | { readonly ok: false; readonly error: string };

const POINT = /^(-?\d{4}|Y-?[1-9]\d{4,5})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** The furthest years from 0 a JavaScript date (±100 000 000 days from 1970) can hold, rounded in. */
export const MAX_YEAR = 270_000;

const DAY_MS = 86_400_000;

/**
 * The first instant (UTC ms) of a day of the proleptic Gregorian calendar, as Date's
 * setUTCFullYear counts it (a month or day past its end carries into the next), without making
 * a Date: days from 1970 in 400-year cycles of 146 097 days (H. Hinnant's days_from_civil).
 */
function utc(year: number, monthIndex: number, day: number): number {
  const carry = Math.floor(monthIndex / 12);
  const month = monthIndex - 12 * carry; // 0-11
  // Counted from March, so that a leap day falls at the end of its year.
  const y = year + carry - (month < 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 10) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * DAY_MS;
}

/** The first instant (UTC ms) of a year, for any year (0–99 included). */
export function yearStart(year: number): number {
  return utc(year, 0, 1);
}

export function daysInMonth(year: number, month: number): number {
  return (utc(year, month, 1) - utc(year, month - 1, 1)) / DAY_MS;
}

function parsePoint(text: string): EdtfResult & { value?: EdtfPoint } {
  const m = POINT.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %; "-0220" for 221 BC)`,
    };
  }
  const [, y = '', mo, d, q] = m;
  const long = y.startsWith('Y');
  const year = Number(long ? y.slice(1) : y);
  if (y === '-0000') {
    return { ok: false, error: `"${text}" is not a valid date: write year 0 (1 BC) as "0000"` };
  }
  if (Math.abs(year) > MAX_YEAR) {
    return {
      ok: false,
      error: `"${text}" is not a date that can be drawn: years run from -${MAX_YEAR} to ${MAX_YEAR}`,
    };
  }
  if (long && mo !== undefined) {
    return {
      ok: false,
      error: `"${text}" is not a valid date: a year written with "Y" has no month or day`,
    };
  }
  const qualifier = q ?? '';
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  if (mo === undefined) {
    return {
      ok: true,
      value: {
        kind: 'point',
        precision: 'year',
        year,
        approximate,
        uncertain,
        start: utc(year, 0, 1),
        end: utc(year + 1, 0, 1),
      },
    };
  }
  const month = Number(mo);
  if (month < 1 || month > 12) {
    return { ok: false, error: `"${text}" is not a valid date: there is no month ${mo}` };
  }
  if (d === undefined) {
    return {
      ok: true,
      value: {
        kind: 'point',
        precision: 'month',
        year,
        month,
        approximate,
        uncertain,
        start: utc(year, month - 1, 1),
        end: utc(year, month, 1),
      },
    };
  }
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      error: `"${text}" is not a valid date: ${y}-${mo} has days 01 to ${String(last).padStart(2, '0')}`,
    };
  }
  return {
    ok: true,
    value: {
      kind: 'point',
      precision: 'day',
      year,
      month,
      day,
      approximate,
      uncertain,
      start: utc(year, month - 1, day),
      end: utc(year, month - 1, day + 1),
    },
  };
}

// A dataset's dates are parsed by the schema, the reference checks and the model in turn; the
// results are immutable, so they are kept (up to a bound) and parsed once.
const parsed = new Map<string, EdtfResult>();
const MAX_CACHED = 50_000;

/** Parses an EDTF string; never throws. */
export function parseEdtf(input: unknown): EdtfResult {
  if (typeof input !== 'string') return parseUncached(input);
  const hit = parsed.get(input);
  if (hit) return hit;
  const result = parseUncached(input);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(input, result);
  return result;
}

function parseUncached(input: unknown): EdtfResult {
  if (typeof input !== 'string') {
    return { ok: false, error: `expected a date string, got ${describe(input)}` };
  }
  const text = input.trim();
  if (text !== input || text === '') {
    return {
      ok: false,
      error: `"${input}" is not a valid date: it is empty or has surrounding spaces`,
    };
  }
  if (!text.includes('/')) return parsePoint(text);

  const parts = text.split('/');
  if (parts.length !== 2) {
    return { ok: false, error: `"${text}" is not a valid interval: use one "/" between two dates` };
  }
  const [a = '', b = ''] = parts;
  if ((a === '' || a === '..') && (b === '' || b === '..')) {
    return { ok: false, error: `"${text}" is not a valid interval: both ends are missing` };
  }
  let from: EdtfPoint | null = null;
  let to: EdtfPoint | null = null;
  if (a !== '' && a !== '..') {
    const r = parsePoint(a);
    if (!r.ok) return { ok: false, error: `interval "${text}": ${r.error}` };
    from = r.value as EdtfPoint;
  }
  if (b !== '' && b !== '..') {
    const r = parsePoint(b);
    if (!r.ok) return { ok: false, error: `interval "${text}": ${r.error}` };
    to = r.value as EdtfPoint;
  }
  if (from && to && to.end <= from.start) {
    return { ok: false, error: `"${text}" is not a valid interval: it ends before it starts` };
  }
  return {
    ok: true,
    value: { kind: 'interval', from, to, openStart: a === '..', openEnd: b === '..' },
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The span of time a date could denote, as UTC ms [start, end). */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

const PRECISION_UNIT: Record<Precision, (t: number, n: number) => number> = {
  year: (t, n) => shift(t, n, 0, 0),
  month: (t, n) => shift(t, 0, n, 0),
  day: (t, n) => shift(t, 0, 0, n),
};

function shift(t: number, years: number, months: number, days: number): number {
  const d = new Date(t);
  return utc(d.getUTCFullYear() + years, d.getUTCMonth() + months, d.getUTCDate() + days);
}

/**
 * The period a point could be: its own period, widened by one unit of its precision on each side
 * when it is approximate ("2021-07~" could be June to August 2021).
 */
export function pointSpan(p: EdtfPoint): TimeSpan {
  if (!p.approximate) return { start: p.start, end: p.end };
  const step = PRECISION_UNIT[p.precision];
  return { start: step(p.start, -1), end: step(p.end, 1) };
}

/**
 * The span an EDTF date covers. An unknown or open end falls back to the other end's period, and
 * `openEndAt` (e.g. today) closes an ongoing ".." interval.
 */
export function dateSpan(date: EdtfDate, openEndAt?: number): TimeSpan {
  if (date.kind === 'point') return pointSpan(date);
  const from = date.from ? pointSpan(date.from) : null;
  const to = date.to ? pointSpan(date.to) : null;
  const start = from?.start ?? to?.start ?? 0;
  let end = to?.end ?? from?.end ?? 0;
  if (date.openEnd && openEndAt !== undefined) end = Math.max(end, openEndAt);
  return { start, end };
}

/** True when the date names one day exactly (drawn as a point, not a band). */
export function isExactDay(date: EdtfDate): boolean {
  return date.kind === 'point' && date.precision === 'day' && !date.approximate;
}

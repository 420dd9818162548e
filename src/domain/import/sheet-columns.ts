/** The columns of a timeline spreadsheet: TimelineJS's own, then ours (written by eventsToCsv). */

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/**
 * Our own columns keep what TimelineJS's cannot say: the EDTF date at its precision, the ids, and
 * the people, sources and quotes of an event, as JSON lists of records in one cell each.
 */
export const OUR_COLUMNS = [
  'ID',
  'EDTF Date',
  'Reported Date',
  'Side',
  'Kind',
  'Short Title',
  'People',
  'Sources',
  'Quotes',
  'In Reply To',
  'From Record',
  'Links',
] as const;

export type Column = (typeof TIMELINEJS_COLUMNS)[number] | (typeof OUR_COLUMNS)[number];

const ALL: readonly Column[] = [...TIMELINEJS_COLUMNS, ...OUR_COLUMNS];

/** A header cell → the column it names, ignoring case and spaces around it. */
export function columnNamed(header: string): Column | undefined {
  const key = header.trim().replace(/\s+/g, ' ').toLowerCase();
  return ALL.find((c) => c.toLowerCase() === key);
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula;
 * exports put an apostrophe before such text (OWASP's advice) and imports take it off again.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function protectCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

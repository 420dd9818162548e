/**
 * The events a reader sees → a CSV file: TimelineJS's sheet columns (so the file also makes a
 * TimelineJS timeline) followed by ours (ID, EDTF Date, Side, People, Sources, Reported Date…),
 * so that importing it here gives the same events back. Written by d3-dsv, which quotes what needs
 * quoting. Text that a spreadsheet would run as a formula is prefixed with an apostrophe, which
 * the importer takes off again.
 *
 *   eventsToCsv(dataset, events) → CSV text: a "title" row, then one row per event, in the order
 *   given (pass `timeline.events.filter(shown).map((e) => e.data)`).
 *
 * Kept through a round trip: every field of each event. Replies to events not exported are left
 * out (they would point nowhere); eras are not exported. The title row's Side cell lists the
 * sides (JSON), so lanes keep their names and order.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Dataset, DatasetEvent, Person, Source } from '../dataset-schema';
import { JOINT_SIDE } from '../dataset-constants';
import type { EdtfPoint } from '../edtf';
import { parseEdtf } from '../edtf';
import { escapeHtml, textToHtml } from '../import/html-text';
import type { Column } from '../import/sheet-columns';
import { OUR_COLUMNS, protectCell, TIMELINEJS_COLUMNS } from '../import/sheet-columns';
import { timelineJsYear } from '../import/timelinejs-date';

export const CSV_COLUMNS: readonly Column[] = [...TIMELINEJS_COLUMNS, ...OUR_COLUMNS];

/** Cells that hold numbers, dates or JSON: never read as a formula, written as they are. */
const VERBATIM = new Set<Column>([
  'Year',
  'Month',
  'Day',
  'End Year',
  'End Month',
  'End Day',
  'EDTF Date',
  'Reported Date',
  'People',
  'Sources',
  'Quotes',
  'From Record',
  'Links',
]);

type Row = Partial<Record<Column, string>>;

function dateColumns(point: EdtfPoint | null, prefix: '' | 'End '): Row {
  if (!point) return {};
  return {
    [`${prefix}Year`]: String(timelineJsYear(point.year)),
    ...(point.month !== undefined && { [`${prefix}Month`]: String(point.month) }),
    ...(point.day !== undefined && { [`${prefix}Day`]: String(point.day) }),
  };
}

export function eventsToCsv(dataset: Dataset, events: readonly DatasetEvent[]): string {
  const people = new Map<string, Person>(dataset.people.map((p) => [p.id, p]));
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const sideName = (id: string) =>
    id === JOINT_SIDE ? 'Both sides' : (dataset.sides.find((s) => s.id === id)?.name ?? id);
  const exported = new Set(events.map((e) => e.id));
  const records = <T>(ids: readonly string[], map: Map<string, T>) =>
    JSON.stringify(ids.flatMap((id) => map.get(id) ?? []));

  const rows: Row[] = [
    {
      Type: 'title',
      Headline: escapeHtml(dataset.title),
      Side: JSON.stringify(dataset.sides),
      ...(dataset.description !== undefined && { Text: textToHtml(dataset.description) }),
    },
  ];
  for (const e of events) {
    const parsed = parseEdtf(e.date);
    const date = parsed.ok ? parsed.value : null;
    const from = date?.kind === 'point' ? date : (date?.from ?? null);
    const to = date?.kind === 'interval' ? date.to : null;
    const replies = (e.inReplyTo ?? []).filter((id) => exported.has(id));
    rows.push({
      ...dateColumns(from, ''),
      ...dateColumns(to, 'End '),
      // TimelineJS reads these as HTML: escaped, they stay the same text.
      ...(e.displayDate !== undefined && { 'Display Date': escapeHtml(e.displayDate) }),
      Headline: escapeHtml(e.title),
      ...(e.summary !== undefined && { Text: textToHtml(e.summary) }),
      ...(e.media && {
        Media: e.media.url,
        ...(e.media.credit !== undefined && { 'Media Credit': escapeHtml(e.media.credit) }),
        ...(e.media.caption !== undefined && { 'Media Caption': escapeHtml(e.media.caption) }),
      }),
      Group: escapeHtml(sideName(e.side)),
      ID: e.id,
      'EDTF Date': e.date,
      ...(e.reported !== undefined && { 'Reported Date': e.reported }),
      Side: e.side,
      Kind: e.kind,
      ...(e.shortTitle !== undefined && { 'Short Title': e.shortTitle }),
      People: records(e.people, people),
      Sources: records(e.sources, sources),
      Quotes: JSON.stringify(
        e.quotes.map((q) => ({ ...q, speaker: people.get(q.speaker) ?? q.speaker })),
      ),
      ...(replies.length > 0 && { 'In Reply To': replies.join(' ') }),
      ...(e.fromRecord !== undefined && { 'From Record': JSON.stringify(e.fromRecord) }),
      ...(e.links !== undefined && { Links: JSON.stringify(e.links) }),
    });
  }
  return csvFormatRows([
    [...CSV_COLUMNS],
    ...rows.map((row) =>
      CSV_COLUMNS.map((c) => {
        const cell = row[c] ?? '';
        return VERBATIM.has(c) ? cell : protectCell(cell);
      }),
    ),
  ]);
}

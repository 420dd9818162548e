/**
 * One spreadsheet row: its cells by column name (empty cells absent), and where a problem found
 * in it is, said as a spreadsheet user reads it: `row 7, column "End Year"`.
 */
import type { Locate } from './import-draft';
import type { Column } from './sheet-columns';
import { unprotectCell } from './sheet-columns';

/** Which column each of our fields comes from, for a problem the validator finds. */
const FIELD_COLUMN: Readonly<Record<string, Column>> = {
  id: 'ID',
  title: 'Headline',
  summary: 'Text',
  date: 'Year',
  displayDate: 'Display Date',
  reported: 'Reported Date',
  kind: 'Kind',
  shortTitle: 'Short Title',
  people: 'People',
  sources: 'Sources',
  quotes: 'Quotes',
  inReplyTo: 'In Reply To',
  fromRecord: 'From Record',
  links: 'Links',
};

const MEDIA_COLUMN: Readonly<Record<string, Column>> = {
  '.url': 'Media',
  '.credit': 'Media Credit',
  '.caption': 'Media Caption',
};

export class Row {
  constructor(
    private readonly cells: readonly string[],
    private readonly columns: ReadonlyMap<Column, number>,
    private readonly headers: readonly string[],
    readonly number: number,
  ) {}

  has(column: Column): boolean {
    return this.columns.has(column);
  }

  /** The cell's text, or undefined when the column is missing or the cell empty. */
  cell(column: Column): string | undefined {
    const i = this.columns.get(column);
    const raw = i === undefined ? undefined : this.cells[i];
    if (raw === undefined || raw.trim() === '') return undefined;
    return unprotectCell(raw.trim());
  }

  /** `row 7, column "End Year"`, with the header as the file writes it. */
  at(column: Column | null, detail = ''): string {
    const i = column === null ? undefined : this.columns.get(column);
    const name = i === undefined ? column : this.headers[i]?.trim();
    const where = name === null ? `row ${this.number}` : `row ${this.number}, column "${name}"`;
    return detail === '' ? where : `${where} (${detail.replace(/^\./, '')})`;
  }

  locate: Locate = (field, rest) => {
    if (field === '') return this.at(null, rest);
    if (field === 'media') return this.at(MEDIA_COLUMN[rest] ?? 'Media');
    if (field === 'side') return this.at(this.has('Side') ? 'Side' : 'Group');
    if (field === 'date' && this.has('EDTF Date') && this.cell('EDTF Date') !== undefined) {
      return this.at('EDTF Date');
    }
    if (field === 'links' && !this.has('Links')) return this.at('Text');
    const column = FIELD_COLUMN[field];
    return column ? this.at(column, rest) : this.at(null, `${field}${rest}`);
  };
}

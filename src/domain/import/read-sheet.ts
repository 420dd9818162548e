/**
 * A spreadsheet saved as CSV or TSV, with TimelineJS's sheet columns (and optionally ours) →
 * a draft. Parsed by d3-dsv, so quoted cells may hold commas, doubled quotes and line breaks.
 * Rows are counted as a spreadsheet counts them: the header is row 1. A Type of "title" gives the
 * timeline's title and description, "era" an era; an empty cell means absent.
 * Dropped: Time and End Time (our dates stop at the day), Media Thumbnail, Background.
 */
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import type { EventLink, EventMedia } from '../dataset-schema';
import type { Problem } from '../problem';
import { httpAddress } from './ids';
import { htmlToLine, htmlToText } from './html-text';
import type { Draft, DraftEra, DraftEvent, Locate } from './import-draft';
import type { Column } from './sheet-columns';
import { columnNamed } from './sheet-columns';
import { Row } from './sheet-row';
import { partsToEdtf } from './timelinejs-date';

export type Delimiter = ',' | '\t';

/** The EDTF "from" point without its qualifier: what the Year, Month and Day columns say. */
function fromPoint(edtf: string, end: boolean): string {
  const [from = '', to = ''] = edtf.split('/');
  const point = edtf.includes('/') ? (end ? to : from) : end ? '' : from;
  return point === '..' ? '' : point.replace(/[~?%]$/, '');
}

class SheetReader {
  readonly problems: Problem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  parts(row: Row, prefix: '' | 'End '): string | null | undefined {
    const r = partsToEdtf({
      year: row.cell(`${prefix}Year`),
      month: row.cell(`${prefix}Month`),
      day: row.cell(`${prefix}Day`),
    });
    if (r.ok) return r.edtf;
    const column =
      `${prefix}${r.part === 'year' ? 'Year' : r.part === 'month' ? 'Month' : 'Day'}` as const;
    this.report(row.at(column), r.message);
    return undefined;
  }

  /** The row's date: EDTF Date when given (and then the Year columns must agree), else Year…Day. */
  date(row: Row): string | undefined {
    const start = this.parts(row, '');
    const end = this.parts(row, 'End ');
    if (start === undefined || end === undefined) return undefined;
    const edtf = row.cell('EDTF Date');
    if (edtf !== undefined) {
      for (const [given, isEnd] of [
        [start, false],
        [end, true],
      ] as const) {
        if (given !== null && given !== fromPoint(edtf, isEnd)) {
          this.report(
            row.at(isEnd ? 'End Year' : 'Year'),
            `the ${isEnd ? 'end' : 'date'} ${given} does not match the EDTF Date "${edtf}"`,
          );
          return undefined;
        }
      }
      return edtf;
    }
    if (start === null) {
      this.report(row.at('Year'), 'a year is missing');
      return undefined;
    }
    return end === null ? start : `${start}/${end}`;
  }

  /** A JSON list in one of our cells; undefined (after a problem) when it is not one. */
  list(row: Row, column: Column): unknown[] | undefined {
    const text = row.cell(column);
    if (text === undefined) return [];
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value)) return value;
    } catch {
      // Said below, in the same words as a value that parses but is not a list.
    }
    this.report(row.at(column), 'is not a JSON list (as written by a CSV export of this app)');
    return undefined;
  }

  media(row: Row): EventMedia | undefined {
    const given = row.cell('Media');
    // Only an http(s) address is kept, as a link; embed code, data: and javascript: are dropped.
    const url = given === undefined ? null : httpAddress(given);
    if (url === null) return undefined;
    const credit = line(row.cell('Media Credit'));
    const caption = line(row.cell('Media Caption'));
    return {
      url,
      ...(credit !== undefined && { credit }),
      ...(caption !== undefined && { caption }),
    };
  }

  /** Our own columns: what a CSV export of this app wrote, handed to the validator as given. */
  ours(row: Row): { ours: Record<string, unknown>; people: unknown[]; sources: unknown[] } | null {
    const ours: Record<string, unknown> = {};
    const people = this.list(row, 'People');
    const sources = this.list(row, 'Sources');
    const quotes = this.list(row, 'Quotes');
    const fromRecord = this.list(row, 'From Record');
    if (!people || !sources || !quotes || !fromRecord) return null;
    const idOf = (r: unknown) => (r !== null && typeof r === 'object' && 'id' in r ? r.id : r);
    const speakers: unknown[] = [];
    if (row.has('People')) ours.people = people.map(idOf);
    if (row.has('Sources')) ours.sources = sources.map(idOf);
    if (row.has('Quotes')) {
      ours.quotes = quotes.map((q) => {
        if (q === null || typeof q !== 'object' || !('speaker' in q)) return q;
        speakers.push(q.speaker);
        return { ...q, speaker: idOf(q.speaker) };
      });
    }
    if (row.cell('From Record') !== undefined) ours.fromRecord = fromRecord;
    const kind = row.cell('Kind');
    if (kind !== undefined) ours.kind = kind;
    const shortTitle = row.cell('Short Title');
    if (shortTitle !== undefined) ours.shortTitle = shortTitle;
    const reported = row.cell('Reported Date');
    if (reported !== undefined) ours.reported = reported;
    const replies = row.cell('In Reply To');
    if (replies !== undefined) ours.inReplyTo = replies.split(/[\s,]+/).filter((s) => s !== '');
    return { ours, people: [...people, ...speakers], sources };
  }

  event(row: Row): DraftEvent | undefined {
    const date = this.date(row);
    const title = line(row.cell('Headline'));
    const body = htmlToText(row.cell('Text') ?? '');
    const extraLinks = this.list(row, 'Links');
    const ours = this.ours(row);
    if (date === undefined || extraLinks === undefined || ours === null) return undefined;
    // The Links column as given (the validator judges it), then the text's links not in it.
    const links = [...extraLinks] as EventLink[];
    for (const l of body.links) {
      if (
        !extraLinks.some(
          (k) => k !== null && typeof k === 'object' && 'url' in k && k.url === l.url,
        )
      ) {
        links.push(l);
      }
    }
    const displayDate = line(row.cell('Display Date'));
    const media = this.media(row);
    const group = line(row.cell('Group'));
    const id = row.cell('ID');
    const side = row.cell('Side');
    return {
      locate: row.locate,
      ...(id !== undefined && { id }),
      ...(title !== undefined && { title }),
      ...(body.text !== '' && { summary: body.text }),
      ...((links.length > 0 || row.cell('Links') !== undefined) && { links }),
      date,
      ...(displayDate !== undefined && { displayDate }),
      ...(media !== undefined && { media }),
      ...(group !== undefined && { group }),
      ...(side !== undefined && { side }),
      ours: ours.ours,
      people: ours.people,
      sources: ours.sources,
    };
  }

  era(row: Row): DraftEra | undefined {
    const date = this.date(row);
    if (date === undefined) return undefined;
    const title = line(row.cell('Headline'));
    const summary = htmlToText(row.cell('Text') ?? '').text;
    return {
      locate: row.locate,
      ...(title !== undefined && { title }),
      ...(summary !== '' && { summary }),
      date,
    };
  }
}

function line(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = htmlToLine(html);
  return text === '' ? undefined : text;
}

/** True when the first row names at least one column a timeline sheet needs. */
export function looksLikeSheet(text: string, delimiter: Delimiter): boolean {
  const header = (delimiter === ',' ? csvParseRows : tsvParseRows)(text.slice(0, 4096))[0] ?? [];
  return header.some((h) => {
    const c = columnNamed(h);
    return c === 'Headline' || c === 'Year' || c === 'EDTF Date';
  });
}

export function readSheet(text: string, delimiter: Delimiter): Draft {
  const reader = new SheetReader();
  const rows = (delimiter === ',' ? csvParseRows : tsvParseRows)(text);
  const headers = rows[0] ?? [];
  const columns = new Map<Column, number>();
  headers.forEach((h, i) => {
    const c = columnNamed(h);
    if (c !== undefined && !columns.has(c)) columns.set(c, i);
  });
  let title: string | undefined;
  let description: string | undefined;
  let titleRow: Row | null = null;
  let sides: unknown[] | undefined;
  const events: DraftEvent[] = [];
  const eras: DraftEra[] = [];

  if (!columns.has('Headline') && !columns.has('Year') && !columns.has('EDTF Date')) {
    const found = headers
      .slice(0, 6)
      .map((h) => JSON.stringify(h.trim()))
      .join(', ');
    reader.report(
      'row 1',
      `the first row must name the columns (Year, Month, Day, Headline, Text…); found ${found || 'nothing'}`,
    );
  } else {
    rows.slice(1).forEach((cells, i) => {
      if (cells.every((c) => c.trim() === '')) return;
      const row = new Row(cells, columns, headers, i + 2);
      const type = row.cell('Type')?.toLowerCase();
      if (type === 'title') {
        if (titleRow !== null) return;
        titleRow = row;
        title = line(row.cell('Headline'));
        const text = htmlToText(row.cell('Text') ?? '').text;
        if (text !== '') description = text;
        // Our export lists the sides here, whole, so lanes keep their names and order.
        if (row.cell('Side') !== undefined) sides = reader.list(row, 'Side');
      } else if (type === 'era') {
        const era = reader.era(row);
        if (era) eras.push(era);
      } else {
        const event = reader.event(row);
        if (event) events.push(event);
      }
    });
  }

  const locateTitle: Locate = (field, rest) => {
    const row: Row | null = titleRow;
    if (row === null) return '(dataset)';
    if (field === 'sides') return row.at('Side', rest.replace(/^\[\d+\]/, ''));
    return row.at(field === 'description' ? 'Text' : 'Headline');
  };
  return {
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    ...(sides !== undefined && { sides }),
    locateTitle,
    events,
    eras,
    problems: reader.problems,
  };
}

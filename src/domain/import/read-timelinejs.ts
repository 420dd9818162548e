/**
 * TimelineJS's JSON format (title, events[] with start_date / end_date, text, media, group,
 * display_date, unique_id; eras[]) → a draft. Problems are placed by JSON path in the file.
 * Dropped: media thumbnails and embeds (only an http(s) media URL is kept, as a link), backgrounds,
 * autolink, scale, and hours to milliseconds (our dates stop at the day).
 */
import type { EventMedia } from '../dataset-schema';
import type { Problem } from '../problem';
import { formatPath } from '../problem';
import { httpAddress } from './ids';
import { htmlToLine, htmlToText } from './html-text';
import type { Draft, DraftEra, DraftEvent, Locate } from './import-draft';
import type { DateParts } from './timelinejs-date';
import { partsToEdtf, shown } from './timelinejs-date';

type Path = readonly (string | number)[];

/** Where each of our fields comes from in a TimelineJS event. */
const FIELD_PATH: Readonly<Record<string, Path>> = {
  id: ['unique_id'],
  title: ['text', 'headline'],
  summary: ['text', 'text'],
  links: ['text', 'text'],
  date: ['start_date'],
  displayDate: ['display_date'],
  side: ['group'],
  media: ['media'],
};

function locator(base: Path): Locate {
  return (field, rest) => {
    const inFile = FIELD_PATH[field];
    if (inFile) return formatPath([...base, ...inFile]) + (field === 'media' ? rest : '');
    return formatPath([...base, ...(field === '' ? [] : [field])]) + rest;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  readonly problems: Problem[] = [];

  report(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  /** Text (or a number) with its markup taken out; absent when empty or missing. */
  text(value: unknown, path: Path, line: boolean): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.report(path, `expected text, got ${shown(value)}`);
      return undefined;
    }
    const plain = line ? htmlToLine(String(value)) : htmlToText(String(value)).text;
    return plain === '' ? undefined : plain;
  }

  date(value: unknown, path: Path): string | null | undefined {
    if (value === undefined || value === null || value === '') return null;
    if (!isObject(value)) {
      this.report(path, `expected a date object with a year, got ${shown(value)}`);
      return undefined;
    }
    const r = partsToEdtf(value as DateParts);
    if (!r.ok) {
      this.report([...path, r.part], r.message);
      return undefined;
    }
    return r.edtf;
  }

  /** "start" or "start/end"; undefined after reporting a problem. */
  span(item: Record<string, unknown>, base: Path, what: string): string | undefined {
    const start = this.date(item.start_date, [...base, 'start_date']);
    const end = this.date(item.end_date, [...base, 'end_date']);
    if (start === undefined || end === undefined) return undefined;
    if (start === null) {
      this.report([...base, 'start_date'], `${what} needs a start_date with a year`);
      return undefined;
    }
    return end === null ? start : `${start}/${end}`;
  }

  media(value: unknown, base: Path): EventMedia | undefined {
    if (!isObject(value)) return undefined;
    // Only an http(s) address is kept, as a link; embed code, data: and javascript: are dropped.
    const url = typeof value.url === 'string' ? httpAddress(value.url) : null;
    if (url === null) return undefined;
    const credit = this.text(value.credit, [...base, 'media', 'credit'], true);
    const caption = this.text(value.caption, [...base, 'media', 'caption'], true);
    return {
      url,
      ...(credit !== undefined && { credit }),
      ...(caption !== undefined && { caption }),
    };
  }

  event(item: unknown, index: number): DraftEvent | undefined {
    const base = ['events', index];
    if (!isObject(item)) {
      this.report(base, `expected an event object, got ${shown(item)}`);
      return undefined;
    }
    const date = this.span(item, base, 'an event');
    const text = isObject(item.text) ? item.text : {};
    const title = this.text(text.headline, [...base, 'text', 'headline'], true);
    const body =
      typeof text.text === 'string' ? htmlToText(text.text) : { text: '', links: [] as const };
    const startDate = isObject(item.start_date) ? item.start_date : {};
    const displayDate =
      this.text(item.display_date, [...base, 'display_date'], true) ??
      this.text(startDate.display_date, [...base, 'start_date', 'display_date'], true);
    const group = this.text(item.group, [...base, 'group'], true);
    const uniqueId = item.unique_id;
    const media = this.media(item.media, base);
    if (date === undefined) return undefined;
    return {
      locate: locator(base),
      ...((typeof uniqueId === 'string' || typeof uniqueId === 'number') &&
        String(uniqueId).trim() !== '' && { idHint: String(uniqueId).trim() }),
      ...(title !== undefined && { title }),
      ...(body.text !== '' && { summary: body.text }),
      ...(body.links.length > 0 && { links: body.links }),
      date,
      ...(displayDate !== undefined && { displayDate }),
      ...(media !== undefined && { media }),
      ...(group !== undefined && { group }),
    };
  }

  era(item: unknown, index: number): DraftEra | undefined {
    const base = ['eras', index];
    if (!isObject(item)) {
      this.report(base, `expected an era object, got ${shown(item)}`);
      return undefined;
    }
    const date = this.span(item, base, 'an era');
    const text = isObject(item.text) ? item.text : {};
    const title = this.text(text.headline, [...base, 'text', 'headline'], true);
    const summary = this.text(text.text, [...base, 'text', 'text'], false);
    if (date === undefined) return undefined;
    return {
      locate: locator(base),
      ...(title !== undefined && { title }),
      ...(summary !== undefined && { summary }),
      date,
    };
  }
}

/** True when a parsed JSON value is shaped like a TimelineJS timeline. */
export function looksLikeTimelineJs(value: unknown): boolean {
  return (
    isObject(value) &&
    !('format' in value) &&
    Array.isArray(value.events) &&
    value.events.some((e) => isObject(e) && 'start_date' in e)
  );
}

export function readTimelineJs(value: unknown): Draft {
  const reader = new Reader();
  const locateTitle: Locate = (field) =>
    field === 'description' ? 'title.text.text' : 'title.text.headline';
  if (!isObject(value)) {
    reader.report([], `expected a TimelineJS timeline object, got ${shown(value)}`);
    return { locateTitle, events: [], eras: [], problems: reader.problems };
  }
  const titleSlide = isObject(value.title) ? value.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const title = reader.text(titleText.headline, ['title', 'text', 'headline'], true);
  const description = reader.text(titleText.text, ['title', 'text', 'text'], false);

  const events: DraftEvent[] = [];
  if (!Array.isArray(value.events)) {
    reader.report(['events'], `expected a list of events, got ${shown(value.events)}`);
  } else {
    value.events.forEach((item: unknown, i) => {
      const e = reader.event(item, i);
      if (e) events.push(e);
    });
  }
  const eras: DraftEra[] = [];
  if (value.eras !== undefined) {
    if (!Array.isArray(value.eras)) {
      reader.report(['eras'], `expected a list of eras, got ${shown(value.eras)}`);
    } else {
      value.eras.forEach((item: unknown, i) => {
        const era = reader.era(item, i);
        if (era) eras.push(era);
      });
    }
  }
  return {
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    locateTitle,
    events,
    eras,
    problems: reader.problems,
  };
}

/**
 * Import: a timeline file people already have → our dataset, or the problems that stop it.
 *
 *   importDataset(text, { fileName? }) → { format, dataset, problems }
 *
 * - `format` is read from the content (the file name is only a hint for CSV vs TSV):
 *   'dataset'     our JSON (a "format" marker); read by readDatasetText, exactly as today
 *   'timelinejs'  TimelineJS JSON: an object with `events[]` that have `start_date`
 *   'sheet-csv' / 'sheet-tsv'  a spreadsheet with TimelineJS's columns (Year, Month, Day, Headline,
 *                 Text, Media, Group, Type…) and optionally ours (ID, EDTF Date, Side, People…)
 * - `dataset` is set only when `problems` is empty: it has passed the same validator as any dataset
 *   (validate-dataset.ts), so a file with some bad rows never gives half a timeline.
 * - `problems` say where: `row 7, column "End Year"` for a sheet, a JSON path such as
 *   `events[3].start_date.year` for JSON; `(dataset)` for the file as a whole.
 *
 * What an imported event may carry besides ours (all optional, see dataset-schema.ts):
 * `displayDate` (show it instead of the label made from `date`), `media` {url, credit?, caption?}
 * and `links` [{url, text?}] (http/https only; render them as links, never embed them), and a
 * `summary` whose paragraphs are separated by blank lines. Imported events have kind "event";
 * sides come from TimelineJS groups (one lane "Events" when there are none); sources may be empty.
 *
 * Pure TypeScript, no DOM: the same in the browser (load it with import() when a file is opened)
 * and in Node (scripts/dataset.ts). It never throws.
 */
import type { Dataset } from '../dataset-schema';
import { lineAndColumn, scanJson } from '../json-scan';
import type { Problem } from '../problem';
import { DATASET_LIMITS, readDatasetText, tooLarge } from '../read-dataset-text';
import { assembleDataset } from './assemble-dataset';
import type { Draft } from './import-draft';
import { looksLikeTimelineJs, readTimelineJs } from './read-timelinejs';
import type { Delimiter } from './read-sheet';
import { looksLikeSheet, readSheet } from './read-sheet';

export type ImportFormat = 'dataset' | 'timelinejs' | 'sheet-csv' | 'sheet-tsv';

export interface ImportResult {
  readonly format: ImportFormat;
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}

export interface ImportOptions {
  /** The file's name: a hint for CSV or TSV, and the title of a timeline that gives none. */
  readonly fileName?: string;
}

const BOM = '\ufeff';
const OUR_MARKER = /"format"\s*:/;
const TIMELINEJS_MARKER = /"start_date"\s*:/;

function refused(format: ImportFormat, message: string, path = '(dataset)'): ImportResult {
  return { format, dataset: null, problems: [{ path, message }] };
}

/** A title from the file's name: "qin-han.csv" → "qin-han". */
function titleFromFileName(fileName: string | undefined): string {
  const base =
    (fileName ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '')
      .trim() ?? '';
  return base === '' ? 'Imported timeline' : base.slice(0, 200);
}

function finish(format: ImportFormat, draft: Draft, options: ImportOptions): ImportResult {
  const { dataset, problems } = assembleDataset(draft, titleFromFileName(options.fileName));
  return { format, dataset, problems };
}

function importTimelineJs(json: string, options: ImportOptions): ImportResult {
  const scan = scanJson(json, { maxDepth: DATASET_LIMITS.maxDepth, maxDuplicates: 1 });
  if (scan.kind !== 'ok' || scan.duplicateCount > 0) {
    const offset = scan.kind === 'ok' ? -1 : scan.offset;
    const where = offset < 0 ? null : lineAndColumn(json, offset);
    const message =
      scan.kind === 'syntax-error'
        ? 'the file is not valid JSON'
        : scan.kind === 'too-deep'
          ? `lists and objects are nested more than ${DATASET_LIMITS.maxDepth} levels deep`
          : 'a key appears twice in one object';
    return refused(
      'timelinejs',
      where ? `${message} (line ${where.line}, column ${where.column})` : message,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refused('timelinejs', 'the file is not valid JSON');
  }
  if (!looksLikeTimelineJs(value)) {
    return refused(
      'timelinejs',
      'the file is JSON but neither this app\'s dataset (no "format") nor a TimelineJS timeline (no "events" with "start_date")',
    );
  }
  return finish('timelinejs', readTimelineJs(value), options);
}

function delimiterOf(text: string, fileName: string | undefined): Delimiter {
  const name = (fileName ?? '').toLowerCase();
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return '\t';
  if (name.endsWith('.csv')) return ',';
  const header = text.slice(0, text.search(/\r?\n/) >>> 0);
  const tabs = header.split('\t').length;
  return tabs > 1 && tabs >= header.split(',').length ? '\t' : ',';
}

export function importDataset(text: string, options: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return refused('dataset', 'the file could not be read as text');
  // Every UTF-16 unit is at least one byte of UTF-8: a longer text is over the limit already.
  if (text.length > DATASET_LIMITS.maxBytes)
    return { format: 'dataset', dataset: null, ...problemsOf(tooLarge(text.length)) };
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return refused('dataset', 'the file is empty');

  if (start.startsWith('{') || start.startsWith('[')) {
    if (!OUR_MARKER.test(body) && TIMELINEJS_MARKER.test(body)) {
      return importTimelineJs(body, options);
    }
    const r = readDatasetText(text);
    return r.ok
      ? { format: 'dataset', dataset: r.timeline.dataset, problems: [] }
      : { format: 'dataset', dataset: null, problems: r.problems };
  }

  let delimiter = delimiterOf(body, options.fileName);
  if (!looksLikeSheet(body, delimiter)) {
    const other: Delimiter = delimiter === ',' ? '\t' : ',';
    if (looksLikeSheet(body, other)) delimiter = other;
  }
  const format = delimiter === '\t' ? 'sheet-tsv' : 'sheet-csv';
  return finish(format, readSheet(body, delimiter), options);
}

function problemsOf(r: ReturnType<typeof tooLarge>): { problems: readonly Problem[] } {
  return { problems: r.ok ? [] : r.problems };
}

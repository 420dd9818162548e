/**
 * A dataset that arrives as text (a fetched or chosen file), up to its schema: it refuses text
 * that is too large, not JSON, nested too deeply or that repeats a key within one object, each as
 * a problem a reader can act on, before JSON.parse ever sees it. It never throws.
 */
import { quickParseJson } from './json-quick-parse';
import { lineAndColumn, scanJson } from './json-scan';
import type { DuplicateKey } from './json-scan';
import type { Problem } from './problem';
import { formatPath } from './problem';
import { MAX_PROBLEMS } from './problem';

export type { DatasetLimits, TextRefusal } from './dataset-limits';
export { DATASET_LIMITS, tooLarge } from './dataset-limits';
import type { DatasetLimits, TextRefusal } from './dataset-limits';
import { DATASET_LIMITS, tooLarge } from './dataset-limits';

/** Text that parsed as JSON within the limits, ready for the schema. */
export type ParsedText = { readonly ok: true; readonly value: unknown } | TextRefusal;

const ROOT = '(dataset)';
const BOM = 0xfeff;

function refuse(message: string, path = ROOT): TextRefusal {
  return { ok: false, problems: [{ path, message }] };
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Bytes the text takes in UTF-8, counted without encoding it: each UTF-16 unit is one byte, plus
 * one more for U+0080–U+07FF and two more for the rest (a surrogate pair, two units, is four bytes;
 * a lone surrogate is encoded as U+FFFD, three). The regular expression engine finds the non-ASCII
 * characters, which are few in most datasets, far faster than a loop over every character.
 */
function utf8Length(text: string): number {
  let bytes = text.length;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(m.index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) NON_ASCII.lastIndex++;
      bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** The character JSON did not expect, quoted, or in words when it would not show. */
function describeUnexpected(char: string | null): string {
  if (char === null) return 'end of file';
  if (char === '\n' || char === '\r') return 'line break';
  if (char === '\t') return 'tab';
  // Control, format and space characters would print as nothing: name them by code point.
  if (/^[\p{C}\p{Z}]$/u.test(char)) {
    const code = char.codePointAt(0) ?? 0;
    return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return JSON.stringify(char);
}

function times(count: number): string {
  return count === 2 ? 'twice' : `${count} times`;
}

function duplicateProblems(duplicates: readonly DuplicateKey[], total: number): readonly Problem[] {
  const problems: Problem[] = duplicates.map((d) => ({
    path: formatPath(d.path),
    message: `the key ${JSON.stringify(d.key)} appears ${times(d.count)}`,
  }));
  if (total > duplicates.length) {
    problems.push({
      path: ROOT,
      message: `and ${total - duplicates.length} more problems not shown`,
    });
  }
  return problems;
}

function limitOf(given: number | undefined, fallback: number): number {
  return typeof given === 'number' && !Number.isNaN(given) ? given : fallback;
}

/** What the full scanner refuses in the text (syntax, depth, repeated keys), or null. */
function scanRefusal(json: string, maxDepth: number): TextRefusal | null {
  const scan = scanJson(json, { maxDepth, maxDuplicates: MAX_PROBLEMS });
  if (scan.kind === 'syntax-error') {
    const { line, column } = lineAndColumn(json, scan.offset);
    return refuse(
      `the file is not valid JSON: unexpected ${describeUnexpected(scan.unexpected)} at line ${line}, column ${column}`,
    );
  }
  if (scan.kind === 'too-deep') {
    const { line, column } = lineAndColumn(json, scan.offset);
    return refuse(
      `lists and objects are nested more than ${maxDepth} levels deep here (line ${line}, column ${column})`,
      formatPath(scan.path),
    );
  }
  if (scan.duplicateCount > 0) {
    return { ok: false, problems: duplicateProblems(scan.duplicates, scan.duplicateCount) };
  }
  return null;
}

export interface ParseHooks {
  /** Called once the text has parsed, with how many events it lists (null if no list). */
  readonly onParsed?: (eventCount: number | null) => void;
  /** Called with the parsed value itself (before the schema), for a caller that keeps it. */
  readonly onValue?: (value: unknown) => void;
  /**
   * The file's size in bytes, when the caller has counted the bytes it decoded the text from:
   * then the text is not measured again (counting the UTF-8 bytes of 90 MB of text takes a while).
   */
  readonly bytes?: number;
}

/** Everything before the schema: size, JSON syntax, nesting depth, repeated keys, event count. */
export function parseDatasetText(
  text: string,
  limits?: Partial<DatasetLimits>,
  hooks?: ParseHooks,
): ParsedText {
  if (typeof text !== 'string') return refuse('the file could not be read as text');
  const maxBytes = limitOf(limits?.maxBytes, DATASET_LIMITS.maxBytes);
  const maxDepth = limitOf(limits?.maxDepth, DATASET_LIMITS.maxDepth);

  // Every UTF-16 unit is at least one byte, so a long string is refused without counting.
  const size = hooks?.bytes ?? (text.length > maxBytes ? text.length : utf8Length(text));
  if (size > maxBytes) return tooLarge(size, maxBytes);

  // A byte order mark is how some editors begin a UTF-8 file; JSON.parse would refuse it.
  const json = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  if (json.trim() === '') return refuse('the file is empty');

  // The common case, a file with nothing to refuse, takes the quick path; anything the quick path
  // cannot vouch for goes to the full scanner, which finds and places the problem.
  const quick = quickParseJson(json, maxDepth);
  let value: unknown;
  if (quick) value = quick.value;
  else {
    const refusal = scanRefusal(json, maxDepth);
    if (refusal) return refusal;
    try {
      value = JSON.parse(json);
    } catch {
      // The scanner accepts exactly what JSON.parse does; this is only a second line of defence.
      return refuse('the file is not valid JSON');
    }
  }

  return acceptParsedValue(value, limits, hooks);
}

/**
 * The rest of parseDatasetText for a value parsed from text it would have accepted as it is
 * (size, syntax, depth, no repeated key), such as json-event-stream.ts vouches for: the event
 * count, then the hooks.
 */
export function acceptParsedValue(
  value: unknown,
  limits?: Partial<DatasetLimits>,
  hooks?: ParseHooks,
): ParsedText {
  const maxEvents = limitOf(limits?.maxEvents, DATASET_LIMITS.maxEvents);
  // Refuse an oversized list of events before the schema spends time on each one.
  const events: unknown =
    typeof value === 'object' && value !== null && 'events' in value ? value.events : undefined;
  if (Array.isArray(events) && events.length > maxEvents) {
    return refuse(`has more than ${maxEvents} items`, 'events');
  }
  hooks?.onParsed?.(Array.isArray(events) ? events.length : null);
  hooks?.onValue?.(value);

  return { ok: true, value };
}

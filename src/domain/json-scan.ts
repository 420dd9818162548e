/**
 * One linear pass over JSON text, before anything is parsed: it checks the grammar (RFC 8259, the
 * same text JSON.parse accepts), how deeply objects and lists nest, and whether any object names
 * the same key twice (JSON.parse would silently keep the last one). It builds no values and does
 * not recurse, so hostile input can neither overflow the stack nor cost more than O(n) time.
 */

export interface DuplicateKey {
  /** Keys and indexes from the root to the object that repeats the key. */
  readonly path: readonly (string | number)[];
  /** The key as JSON.parse would read it, escapes decoded. */
  readonly key: string;
  /** How many times the key appears in that object (2 or more). */
  count: number;
}

export type JsonScanResult =
  | {
      readonly kind: 'ok';
      /** The first `maxDuplicates` repeated keys, in the order their second use appears. */
      readonly duplicates: readonly DuplicateKey[];
      /** How many (object, key) pairs repeat a key in all, including those not listed. */
      readonly duplicateCount: number;
    }
  | {
      readonly kind: 'syntax-error';
      /** UTF-16 offset of the first character JSON does not allow there (text.length at the end). */
      readonly offset: number;
      /** That character (a whole code point), or null when the text ends too early. */
      readonly unexpected: string | null;
    }
  | {
      readonly kind: 'too-deep';
      /** Offset of the "{" or "[" that opens one level too many. */
      readonly offset: number;
      /** Where the value it opens would sit. */
      readonly path: readonly (string | number)[];
    };

export interface JsonScanOptions {
  /** Most levels of objects and lists, the root container being level 1. */
  readonly maxDepth: number;
  /** Most repeated keys to describe; the rest are only counted. */
  readonly maxDuplicates: number;
}

interface Frame {
  readonly isObject: boolean;
  /** The key or index under which this container sits in its parent; null for the root. */
  readonly keyInParent: string | number | null;
  /** Next array index, or the key just read in an object. */
  index: number;
  key: string;
  /** Keys seen so far in an object, with the record of their repetition once repeated. */
  readonly seen: Map<string, DuplicateKey | null> | null;
}

/** What the scanner expects next. */
type State = 'value' | 'first-value-or-end' | 'first-key-or-end' | 'key' | 'colon' | 'after-value';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t',
};

/** Thrown inside the scanner only, and always caught by scanJson. */
class SyntaxStop {
  constructor(readonly offset: number) {}
}

// JSON forbids raw control characters inside strings; finding them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;
const WHITESPACE = /[ \t\n\r]*/y;
const VALID_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

/**
 * Skips a string value without decoding it, with the engine's own indexOf and regular
 * expressions doing the per-character work: most of a dataset's bytes are inside strings.
 * Returns the offset just after the closing quote, or -1 to fall back to the careful reader
 * (which then finds and places the syntax error).
 */
function skipString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end < 0) return -1;
    let backslashes = 0;
    for (let k = end - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) break;
    end = text.indexOf('"', end + 1);
  }
  const body = text.slice(start + 1, end);
  if (CONTROL.test(body)) return -1;
  if (body.includes('\\') && body.replace(VALID_ESCAPE, '').includes('\\')) return -1;
  return end + 1;
}

/**
 * Reads the string whose opening quote is at `start`. Returns the offset just after the closing
 * quote, and, when `decode` is set, the string's value.
 */
function readString(text: string, start: number, decode: boolean): { end: number; value: string } {
  if (!decode) {
    const end = skipString(text, start);
    if (end >= 0) return { end, value: '' };
  }
  const n = text.length;
  let i = start + 1;
  let value = '';
  let chunk = i;
  for (;;) {
    if (i >= n) throw new SyntaxStop(n);
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (decode) value += text.slice(chunk, i);
      return { end: i + 1, value };
    }
    if (c < 0x20) throw new SyntaxStop(i);
    if (c !== BACKSLASH) {
      i++;
      continue;
    }
    if (decode) value += text.slice(chunk, i);
    if (i + 1 >= n) throw new SyntaxStop(n);
    const e = text.charCodeAt(i + 1);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (decode) value += simple;
      i += 2;
    } else if (e === 0x75 /* u */) {
      let code = 0;
      for (let k = 2; k < 6; k++) {
        if (i + k >= n) throw new SyntaxStop(n);
        const h = hexValue(text.charCodeAt(i + k));
        if (h < 0) throw new SyntaxStop(i + k);
        code = code * 16 + h;
      }
      // A lone surrogate stays a lone code unit, exactly as JSON.parse keeps it.
      if (decode) value += String.fromCharCode(code);
      i += 6;
    } else {
      throw new SyntaxStop(i + 1);
    }
    chunk = i;
  }
}

/** Returns the offset just after the number starting at `start`. */
function readNumber(text: string, start: number): number {
  const n = text.length;
  let i = start;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  const digits = (k: number) => {
    if (!isDigit(at(k))) throw new SyntaxStop(Math.min(k, n));
    while (isDigit(at(k))) k++;
    return k;
  };
  if (at(i) === 0x2d /* - */) i++;
  if (at(i) === 0x30 /* 0 */) i++;
  else i = digits(i);
  if (at(i) === 0x2e /* . */) i = digits(i + 1);
  if (at(i) === 0x65 /* e */ || at(i) === 0x45 /* E */) {
    i++;
    if (at(i) === 0x2b /* + */ || at(i) === 0x2d /* - */) i++;
    i = digits(i);
  }
  return i;
}

/** Returns the offset just after `word` (true, false or null), which must start at `start`. */
function readLiteral(text: string, start: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (start + k >= text.length) throw new SyntaxStop(text.length);
    if (text.charCodeAt(start + k) !== word.charCodeAt(k)) throw new SyntaxStop(start + k);
  }
  return start + word.length;
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) if (frame.keyInParent !== null) path.push(frame.keyInParent);
  return path;
}

function codePointAt(text: string, offset: number): string {
  const cp = text.codePointAt(offset);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Scans JSON text in one pass; never throws. */
export function scanJson(text: string, options: JsonScanOptions): JsonScanResult {
  const stack: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  let duplicateCount = 0;
  const n = text.length;
  let i = 0;
  let state: State = 'value';

  const open = (isObject: boolean): JsonScanResult | null => {
    const top = stack.at(-1);
    const keyInParent = top === undefined ? null : top.isObject ? top.key : top.index;
    if (stack.length + 1 > options.maxDepth) {
      const path = pathOf(stack);
      if (keyInParent !== null) path.push(keyInParent);
      return { kind: 'too-deep', offset: i, path };
    }
    stack.push({
      isObject,
      keyInParent,
      index: 0,
      key: '',
      seen: isObject ? new Map() : null,
    });
    i++;
    return null;
  };

  const readKey = (frame: Frame) => {
    const { end, value } = readString(text, i, true);
    i = end;
    frame.key = value;
    const seen = frame.seen;
    if (seen === null) return;
    if (!seen.has(value)) {
      seen.set(value, null);
      return;
    }
    const record = seen.get(value);
    if (record) {
      record.count++;
      return;
    }
    duplicateCount++;
    if (duplicates.length < options.maxDuplicates) {
      const repeated: DuplicateKey = { path: pathOf(stack), key: value, count: 2 };
      duplicates.push(repeated);
      seen.set(value, repeated);
    } else {
      // Counted once; a third use of the same key must not count it again.
      seen.set(value, { path: [], key: value, count: 2 });
    }
  };

  try {
    for (;;) {
      if (i < n && isWhitespace(text.charCodeAt(i))) {
        // Runs of indentation are skipped by the regular expression engine, not char by char.
        WHITESPACE.lastIndex = i;
        WHITESPACE.test(text);
        i = WHITESPACE.lastIndex;
      }
      if (i >= n) {
        if (state === 'after-value' && stack.length === 0) {
          return { kind: 'ok', duplicates, duplicateCount };
        }
        throw new SyntaxStop(n);
      }
      const c = text.charCodeAt(i);
      const top = stack.at(-1);
      switch (state) {
        case 'first-value-or-end':
        case 'value': {
          if (state === 'first-value-or-end' && c === 0x5d /* ] */) {
            stack.pop();
            i++;
            state = 'after-value';
            break;
          }
          if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const tooDeep = open(c === 0x7b);
            if (tooDeep) return tooDeep;
            state = c === 0x7b ? 'first-key-or-end' : 'first-value-or-end';
            break;
          }
          if (c === QUOTE) i = readString(text, i, false).end;
          else if (c === 0x2d || isDigit(c)) i = readNumber(text, i);
          else if (c === 0x74 /* t */) i = readLiteral(text, i, 'true');
          else if (c === 0x66 /* f */) i = readLiteral(text, i, 'false');
          else if (c === 0x6e /* n */) i = readLiteral(text, i, 'null');
          else throw new SyntaxStop(i);
          state = 'after-value';
          break;
        }
        case 'first-key-or-end':
        case 'key': {
          if (state === 'first-key-or-end' && c === 0x7d /* } */) {
            stack.pop();
            i++;
            state = 'after-value';
            break;
          }
          if (c !== QUOTE || top === undefined) throw new SyntaxStop(i);
          readKey(top);
          state = 'colon';
          break;
        }
        case 'colon': {
          if (c !== 0x3a /* : */) throw new SyntaxStop(i);
          i++;
          state = 'value';
          break;
        }
        case 'after-value': {
          if (top === undefined) throw new SyntaxStop(i);
          if (c === 0x2c /* , */) {
            i++;
            if (top.isObject) state = 'key';
            else {
              top.index++;
              state = 'value';
            }
          } else if (c === (top.isObject ? 0x7d : 0x5d)) {
            stack.pop();
            i++;
          } else {
            throw new SyntaxStop(i);
          }
          break;
        }
      }
    }
  } catch (stop) {
    if (!(stop instanceof SyntaxStop)) throw stop;
    return {
      kind: 'syntax-error',
      offset: stop.offset,
      unexpected: stop.offset >= n ? null : codePointAt(text, stop.offset),
    };
  }
}

/**
 * The 1-based line and column of a UTF-16 offset, as an editor shows them: "\n", "\r\n" and a
 * lone "\r" each end a line, and a character outside the Basic Multilingual Plane is one column.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < end) i++;
      line++;
      column = 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    column++;
  }
  return { line, column };
}

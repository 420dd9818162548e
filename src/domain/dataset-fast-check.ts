/**
 * A one-pass check of the common case, a valid dataset, that runs several times faster than the
 * zod schema: zod/mini cannot compile its JIT under our Content-Security-Policy (no eval), so it
 * walks every value through generic checks and copies it. This file answers only "valid or not";
 * when the answer is not a plain "valid", validateDataset runs the zod schema, which stays the
 * one source of every problem message and of the trimmed output.
 *
 * It mirrors dataset-schema.ts field by field, in the same order, so that a change there is a
 * one-line change here: a new optional field `note: z.optional(text('a note', 300))` on events is
 * `note: optional(text(300))` in EVENT below. tests/unit/domain/dataset-fast-check.test.ts checks
 * with fast-check that both agree on arbitrary inputs, so a field added to one and not the other
 * fails there.
 */
import { DATASET_FORMAT, DATASET_VERSION, EVENT_KINDS } from './dataset-constants';
import { parseEdtf } from './edtf';
import { isLanguageTag } from './language-tag';

/**
 * - `valid`: the schema accepts the value and would return it unchanged (deep-equal), so it can
 *   be used as it is;
 * - `valid-after-trim`: the schema accepts it but trims some text, so its output must be used;
 * - `invalid`: the schema refuses it (for JSON values), or the value is not plain JSON data (a
 *   class instance, say), which only the schema judges.
 */
export type FastVerdict = 'valid' | 'valid-after-trim' | 'invalid';

/** Returns whether a value passes; records in `state` when text would be trimmed. */
type Check = (value: unknown) => boolean;

interface Field {
  readonly check: Check;
  readonly optional: boolean;
}

/** Set by text checks during one fastCheckDataset call (which is synchronous, so never shared). */
let trimmed = false;

const required = (check: Check): Field => ({ check, optional: false });
const optional = (check: Check): Field => ({ check, optional: true });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** z.strictObject: every required field present, no field the schema does not name. */
function strictObject(fields: Readonly<Record<string, Field>>): Check {
  const byName = new Map(Object.entries(fields));
  const requiredCount = [...byName.values()].filter((f) => !f.optional).length;
  return (value) => {
    if (!isPlainObject(value)) return false;
    let present = 0;
    for (const key in value) {
      const field = byName.get(key);
      if (field === undefined) return false;
      const item = value[key];
      if (item === undefined) {
        // zod takes an optional field set to undefined as absent, and a required one as missing.
        if (field.optional) continue;
        return false;
      }
      if (!field.check(item)) return false;
      if (!field.optional) present++;
    }
    return present === requiredCount;
  };
}

/** z.array(item) with z.minLength / z.maxLength. */
function list(item: Check, max: number, min = 0): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length > max || value.length < min) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}

/** A printable ASCII character, which String.prototype.trim never removes. */
function isPrintableAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** The schema's `text(what, max)`: trimmed, then 1 to `max` UTF-16 units. */
function text(max: number): Check {
  return (value) => {
    if (typeof value !== 'string') return false;
    const n = value.length;
    if (
      n > 0 &&
      isPrintableAscii(value.charCodeAt(0)) &&
      isPrintableAscii(value.charCodeAt(n - 1))
    ) {
      return n <= max;
    }
    const t = value.trim();
    if (t.length !== n) trimmed = true;
    return t.length >= 1 && t.length <= max;
  };
}

const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);

const string: Check = (value) => typeof value === 'string';

/** The schema's id pattern, /^[a-z0-9][a-z0-9-]{0,63}$/, read a character at a time. */
const id: Check = (value) => {
  if (typeof value !== 'string' || value.length < 1 || value.length > 64) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && i > 0))) return false;
  }
  return true;
};

const edtf: Check = (value) => typeof value === 'string' && parseEdtf(value).ok;

const httpUrl: Check = (value) => {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

const literal =
  (expected: string | number): Check =>
  (value) =>
    value === expected;

const KINDS: ReadonlySet<unknown> = new Set(EVENT_KINDS);
const kind: Check = (value) => KINDS.has(value);

const fromRecord = optional(list(text(500), 20));

/** The schema's cap on a dataset's events. */
const MAX_EVENTS = 200_000;

const SIDE = strictObject({
  id: required(id),
  name: required(text(80)),
  shortName: optional(text(24)),
  lang: optional((value) => typeof value === 'string' && isLanguageTag(value)),
});

const SOURCE = strictObject({
  id: required(id),
  outlet: required(text(120)),
  headline: required(text(300)),
  published: required(edtf),
  agency: required(nullable(text(60))),
  quotesVia: optional(list(text(60), 20)),
  url: optional(httpUrl),
  seed: optional(text(200)),
  fromRecord,
});

const PERSON = strictObject({
  id: required(id),
  name: required(text(120)),
  nativeName: optional(text(120)),
  role: required(text(200)),
  side: required(id),
});

const QUOTE = strictObject({
  speaker: required(id),
  text: required(text(600)),
  agency: required(nullable(text(60))),
  source: required(id),
});

const EVENT = strictObject({
  id: required(id),
  title: required(text(200)),
  shortTitle: optional(text(40)),
  summary: optional(text(2000)),
  date: required(edtf),
  reported: optional(edtf),
  kind: required(kind),
  side: required(id),
  people: required(list(id, 50)),
  sources: required(list(id, 50)),
  quotes: required(list(QUOTE, 50)),
  inReplyTo: optional(list(id, 20)),
  fromRecord,
  displayDate: optional(text(100)),
  media: optional(
    strictObject({
      url: required(httpUrl),
      credit: optional(text(300)),
      caption: optional(text(1000)),
    }),
  ),
  links: optional(list(strictObject({ url: required(httpUrl), text: optional(text(300)) }), 50)),
});

const ERA = strictObject({
  id: required(id),
  title: required(text(200)),
  date: required(edtf),
  summary: optional(text(2000)),
  sources: required(list(id, 50)),
  fromRecord,
});

const DATASET = strictObject({
  $schema: optional(string),
  format: required(literal(DATASET_FORMAT)),
  version: required(literal(DATASET_VERSION)),
  title: required(text(200)),
  description: optional(text(2000)),
  sides: required(list(SIDE, 8, 1)),
  sources: required(list(SOURCE, 10_000)),
  people: required(list(PERSON, 10_000)),
  events: required(list(EVENT, MAX_EVENTS)),
  eras: optional(list(ERA, 1_000)),
});

/** Whether DatasetSchema accepts `value`, and whether it would return it unchanged. */
export function fastCheckDataset(value: unknown): FastVerdict {
  trimmed = false;
  try {
    if (!DATASET(value)) return 'invalid';
    return trimmed ? 'valid-after-trim' : 'valid';
  } finally {
    trimmed = false;
  }
}

/**
 * A dataset checked in two parts, for a reader that checks a large file's events a slice at a
 * time as they arrive and keeps only an outline of each (event-outline.ts): whether each of
 * `events` passes as an item of a dataset's events...
 */
export function fastCheckEvents(events: readonly unknown[]): FastVerdict {
  trimmed = false;
  try {
    for (let i = 0; i < events.length; i++) if (!EVENT(events[i])) return 'invalid';
    return trimmed ? 'valid-after-trim' : 'valid';
  } finally {
    trimmed = false;
  }
}

/**
 * ...and whether the rest of `value` passes, its events taken as passing: a list of no more
 * items than the schema allows. A dataset is `valid` for fastCheckDataset exactly when both parts
 * are (a property test holds them together).
 */
export function fastCheckDatasetBesideEvents(value: unknown): FastVerdict {
  if (!isPlainObject(value)) return 'invalid';
  const events = value['events'];
  if (!Array.isArray(events) || events.length > MAX_EVENTS) return 'invalid';
  return fastCheckDataset({ ...value, events: [] });
}

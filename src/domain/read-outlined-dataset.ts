/**
 * A large dataset checked as it is parsed: JsonEventStream hands each slice of events to
 * outlineCheckedEvents, which checks them (fastCheckEvents) and keeps their outlines
 * (event-outline.ts); once the file is in, readOutlinedDataset checks the rest of the dataset and
 * the references, and models it. It only ever answers for a valid dataset: anything to report
 * sends the caller back to the file's bytes, read in full, whose reader words every problem as
 * it always does.
 */
import { fastCheckDatasetBesideEvents, fastCheckEvents } from './dataset-fast-check';
import { checkReferences } from './dataset-references';
import type { Dataset, DatasetEvent } from './dataset-schema';
import type { DatasetOutline } from './event-outline';
import { outlineEvent } from './event-outline';
import type { KeepEvents } from './json-event-stream';
import type { ParseHooks } from './parse-dataset-text';
import { acceptParsedValue } from './parse-dataset-text';
import { buildTimeline } from './timeline-model';
import type { DatasetResult } from './validate-dataset';

/** Each slice's outlines when every event in it passes the schema as it is, else null. */
export const outlineCheckedEvents: KeepEvents = (slice) =>
  fastCheckEvents(slice) === 'valid'
    ? slice.map((event) => outlineEvent(event as DatasetEvent))
    : null;

/**
 * The timeline of a dataset JsonEventStream parsed with outlineCheckedEvents (its events are
 * outlines, each of a valid event); null when anything is wrong, for the caller to read the bytes
 * in full. (acceptParsedValue's own refusal of too many events is passed on, should its limit
 * ever be lower than the schema's cap, which the check before it applies.) `hooks` are called as
 * acceptParsedValue calls them, once the dataset has passed.
 */
export function readOutlinedDataset(
  value: unknown,
  hooks?: ParseHooks,
  now?: number,
): DatasetResult | null {
  if (fastCheckDatasetBesideEvents(value) !== 'valid') return null;
  if (checkReferences(value as DatasetOutline).length > 0) return null;
  const accepted = acceptParsedValue(value, undefined, hooks);
  if (!accepted.ok) return accepted;
  // The model reads no more of an event than its outline (tests/unit/domain/event-outline.test.ts
  // builds both and compares): the page reads the events themselves from the bytes.
  return { ok: true, timeline: buildTimeline(value as Dataset, now) };
}

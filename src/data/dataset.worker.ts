/**
 * The dataset worker: reads one dataset (fetch, file or bytes; JSON, schema, references, timeline
 * model) off the page's main thread and posts progress, then the finished timeline: a head, and
 * slices of events when the page cannot read them from the bytes (timeline-transfer.ts). The
 * page starts one worker per load and terminates it when the load is cancelled or done.
 */
import { eventByteRanges } from '../domain/json-event-ranges';
import type { Timeline } from '../domain/timeline-model';
import type { WorkerReply, WorkerRequest } from './dataset-worker-protocol';
import type { DatasetRead } from './read-dataset-input';
import { readDatasetSource } from './read-dataset-input';
import { DatasetFetchError } from './dataset-fetch-error';
import { EVENTS_PER_SLICE, encodeEvents, headBuffers, timelineHead } from './timeline-transfer';

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

/**
 * The bytes and their event ranges when the timeline's dataset is the very value parsed from
 * those bytes (the fast check accepted it as it is), so the page can read the events itself.
 */
function bytesToHandBack(
  timeline: Timeline,
  text: DatasetRead['text'],
): { bytes: Uint8Array<ArrayBuffer>; ranges: Int32Array<ArrayBuffer> } | null {
  if (text === null || timeline.dataset !== text.value) return null;
  if (!(text.bytes.buffer instanceof ArrayBuffer)) return null;
  const ranges = eventByteRanges(text.bytes, timeline.dataset.events.length);
  return ranges ? { bytes: text.bytes as Uint8Array<ArrayBuffer>, ranges } : null;
}

/**
 * Where the events lie, posted as soon as the text has parsed. A page that kept no bytes of its
 * own (it sent an address or a file) gets these bytes, moved rather than copied, while this
 * worker checks and models the dataset: it keeps only the values it parsed from them. True when
 * posted.
 */
function postEventRanges(
  bytes: Uint8Array,
  value: unknown,
  pageKeepsBytes: boolean,
  known?: Int32Array<ArrayBuffer>,
): boolean {
  const events =
    typeof value === 'object' && value !== null && 'events' in value ? value.events : null;
  if (!Array.isArray(events)) return false;
  const ranges = known ?? eventByteRanges(bytes, events.length);
  if (ranges === null) return false;
  const moved =
    pageKeepsBytes || !(bytes.buffer instanceof ArrayBuffer)
      ? null
      : (bytes as Uint8Array<ArrayBuffer>);
  if (!pageKeepsBytes && moved === null) return false;
  post({ type: 'event-ranges', ranges, bytes: moved }, [
    ranges.buffer,
    ...(moved ? [moved.buffer] : []),
  ]);
  return true;
}

function postTimeline(timeline: Timeline, text: DatasetRead['text'], rangesPosted: boolean): void {
  const head = timelineHead(timeline);
  // The bytes the page has are the dataset only if the checks kept it as it was parsed.
  const pageHasThem = rangesPosted && text !== null && timeline.dataset === text.value;
  const handBack = pageHasThem ? null : bytesToHandBack(timeline, text);
  if (!pageHasThem && handBack === null && text?.outlined) {
    // Not reached (the stream that outlined the events found where each lies): outlines are not
    // events, and are never sent as if they were.
    post({ type: 'crash', message: 'the events could not be handed to the page' });
    return;
  }
  post(
    {
      type: 'timeline-head',
      head,
      eventsFromBytes: pageHasThem || handBack !== null,
      bytes: handBack?.bytes ?? null,
      ranges: handBack?.ranges ?? null,
    },
    [...headBuffers(head), ...(handBack ? [handBack.bytes.buffer, handBack.ranges.buffer] : [])],
  );
  if (pageHasThem || handBack !== null) return;
  const events = timeline.dataset.events;
  for (let first = 0; first < events.length; first += EVENTS_PER_SLICE) {
    const end = Math.min(first + EVENTS_PER_SLICE, events.length);
    post({
      type: 'timeline-events',
      first,
      end,
      json: encodeEvents(events.slice(first, end)),
      done: end === events.length,
    });
  }
  if (events.length === 0) {
    post({ type: 'timeline-events', first: 0, end: 0, json: '[]', done: true });
  }
}

/** Milliseconds since the epoch, which the page's clock can read (its origin is not ours). */
const now = () => performance.timeOrigin + performance.now();

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { source, pageKeepsBytes = false } = event.data;
  let rangesPosted = false;
  const startedAt = 'delivered' in source && source.delivered ? source.delivered.startedAt : now();
  let checking = false;
  readDatasetSource(
    source,
    {
      onProgress: (progress) => {
        // The first "checking" comes once every byte is in: the time a fetch took, for the page.
        if (progress.stage === 'checking' && !checking && 'url' in source) {
          post({ type: 'fetched', startedAt, readAt: now() });
        }
        checking ||= progress.stage === 'checking';
        post({ type: 'progress', progress });
      },
    },
    (bytes, value, ranges) => {
      rangesPosted = postEventRanges(bytes, value, pageKeepsBytes, ranges);
    },
  ).then(
    ({ result, text }) => {
      if (!result.ok) post({ type: 'problems', problems: result.problems });
      else postTimeline(result.timeline, text, rangesPosted);
    },
    (error: unknown) => {
      if (error instanceof DatasetFetchError) {
        post({ type: 'fetch-error', message: error.message, url: error.url, status: error.status });
      } else {
        post({ type: 'crash', message: error instanceof Error ? error.message : String(error) });
      }
    },
  );
});

// @vitest-environment node
/**
 * A file read as a stream (a download, a file opened from disk) is checked a slice of events at a
 * time as it arrives, and only an outline of each event is kept (read-outlined-dataset.ts). The
 * result must be what reading the same bytes in one piece gives: the same model, or the same
 * problems with the same paths and words, wherever in the file the problem is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import bundled from '../../../public/data/china-dprk.json';
import type { DatasetRead } from '../../../src/data/read-dataset-input';
import { readDatasetBytes, readDatasetSource } from '../../../src/data/read-dataset-input';
import { timelineHead } from '../../../src/data/timeline-transfer';

/** 1 200 events: three slices of 500 as the stream parses them, the last one short. */
const COUNT = 1_200;

type Json = Record<string, unknown>;

function generated(): Json & { events: Json[] } {
  return JSON.parse(JSON.stringify(generateDataset(COUNT, 3))) as Json & { events: Json[] };
}

/** The bytes in chunks of 64 KiB, as a download arrives. */
function streamOf(bytes: Uint8Array): Blob {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.slice(at, at + 65_536));
  return new Blob(chunks);
}

/** What a reader can see of a result: the model the page gets, or the problems. */
function seen({ result }: DatasetRead) {
  return result.ok
    ? { ok: true, head: timelineHead(result.timeline) }
    : { ok: false, problems: result.problems };
}

async function readBothWays(value: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const streamed = await readDatasetSource({ file: streamOf(bytes), name: 'mine.json' });
  const whole = await readDatasetBytes([bytes], {}, 'mine.json');
  return { streamed, whole };
}

describe('a dataset read as it arrives', () => {
  // One "today" for both reads: it closes the generated dataset's ongoing intervals.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 11, 1));
  });
  afterEach(() => vi.useRealTimers());

  it('gives the bundled dataset the model it has when read in one piece', async () => {
    const { streamed, whole } = await readBothWays(bundled);
    expect(streamed.result.ok).toBe(true);
    expect(seen(streamed)).toEqual(seen(whole));
  });

  it('models a large valid file as a whole read does, for the page to read from the bytes', async () => {
    const { streamed, whole } = await readBothWays(generated());
    expect(streamed.result.ok && streamed.result.timeline.events.length).toBe(COUNT);
    expect(seen(streamed)).toEqual(seen(whole));
    // The events it keeps are outlines: the worker must hand the page the bytes, never these.
    expect(streamed.text?.outlined).toBe(true);
  });

  it.each([
    ['an unknown field', (e: Json) => (e['colour'] = 'red')],
    ['a date that does not exist', (e: Json) => (e['date'] = '2021-02-30')],
    ['a missing title', (e: Json) => delete e['title']],
    ['a person nobody lists', (e: Json) => (e['people'] = ['nobody'])],
    ['a reply to an event that is not there', (e: Json) => (e['inReplyTo'] = ['no-such-event'])],
  ])('reports %s in the last slice as a whole read does', async (_, breakIt) => {
    const d = generated();
    breakIt(d.events[COUNT - 7] as Json);
    const { streamed, whole } = await readBothWays(d);
    expect(streamed.result.ok).toBe(false);
    expect(seen(streamed)).toEqual(seen(whole));
    expect(JSON.stringify(seen(streamed))).toContain(`events[${COUNT - 7}]`);
  });

  it('reports a problem outside the events as a whole read does', async () => {
    const d = generated();
    d['title'] = '';
    const { streamed, whole } = await readBothWays(d);
    expect(streamed.result.ok).toBe(false);
    expect(seen(streamed)).toEqual(seen(whole));
  });

  it('gives a file whose text the schema trims the trimmed model, with the events as checked', async () => {
    const d = generated();
    const padded = d.events[COUNT - 7] as Json;
    padded['title'] = '  Padded  ';
    delete padded['shortTitle'];
    const { streamed, whole } = await readBothWays(d);
    expect(seen(streamed)).toEqual(seen(whole));
    expect(
      streamed.result.ok && streamed.result.timeline.events.some((e) => e.labelTitle === 'Padded'),
    ).toBe(true);
    // Not outlines: the checked events are not the file's, and travel as they were checked.
    expect(streamed.text?.outlined).not.toBe(true);
  });
});

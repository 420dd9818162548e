/**
 * A `?data=` page's early read (src/prerender/start.js starts the dataset worker before the app
 * loads): the app takes the worker over once, for its own address only, and reads what the worker
 * said before it listened, in order, as if it had listened all along.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import type { WorkerReply } from '../../../src/data/dataset-worker-protocol';
import { takeEarlyRead } from '../../../src/data/early-read';
import type { EarlyRead, WithEarlyRead } from '../../../src/data/early-read';
import { EVENTS_PER_SLICE, timelineHead } from '../../../src/data/timeline-transfer';
import { loadDatasetInWorker } from '../../../src/data/load-dataset-in-worker';
import {
  SMALL_READ_MAX_EVENTS,
  SMALL_READ_WAIT_MS,
  readSmallEarly,
} from '../../../src/data/fetch-dataset';
import { eventByteRanges } from '../../../src/domain/json-event-ranges';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { MAX_ELEMENT_MARKS } from '../../../src/timeline/use-chart-geometry';
import { asRead } from './timeline-as-read';

/** A stand-in for the dataset worker: it records what the page posts and says what it is told. */
class FakeWorker extends EventTarget {
  readonly posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(reply: WorkerReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

const URL_READ = 'https://example.org/mine.json';

/** What start.js leaves on the page: a worker, and its replies kept until the app listens. */
function leaveEarlyRead(url: string, failed = false) {
  const worker = new FakeWorker();
  const released = { value: false };
  // The download start.js passes on to the worker, which the app stops with the worker.
  const download = { stopped: false };
  const read: EarlyRead = {
    url,
    worker: worker as unknown as Worker,
    replies: [],
    failed,
    release: () => {
      released.value = true;
    },
    stop: () => {
      download.stopped = true;
    },
  };
  (globalThis as WithEarlyRead).__timelineEarlyRead = read;
  return { worker, read, released, download };
}

afterEach(() => {
  delete (globalThis as WithEarlyRead).__timelineEarlyRead;
});

describe('taking over the early read', () => {
  it('gives the worker reading the app’s address, once, and stops start.js listening', () => {
    const { read, released, worker } = leaveEarlyRead(URL_READ);
    expect(takeEarlyRead(URL_READ)).toBe(read);
    expect(released.value).toBe(true);
    expect(worker.terminated).toBe(false);
    expect(takeEarlyRead(URL_READ)).toBeNull();
  });

  it('stops a worker reading another address, and one that failed to start', () => {
    const other = leaveEarlyRead('https://example.org/other.json');
    expect(takeEarlyRead(URL_READ)).toBeNull();
    expect(other.worker.terminated).toBe(true);
    expect(other.download.stopped).toBe(true);

    const failed = leaveEarlyRead(URL_READ, true);
    expect(takeEarlyRead(URL_READ)).toBeNull();
    expect(failed.worker.terminated).toBe(true);
    expect(failed.download.stopped).toBe(true);
  });

  it('is nothing on a page without one', () => {
    expect(takeEarlyRead(URL_READ)).toBeNull();
  });
});

/** Everything the worker says of `dataset`, in order (see the test below), and its timeline. */
function workerRepliesFor(dataset: Dataset) {
  const timeline = buildTimeline(dataset, 0);
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  const ranges = eventByteRanges(bytes, dataset.events.length);
  if (!ranges) throw new Error('no event ranges in the fixture');
  const count = dataset.events.length;
  const head = timelineHead(timeline);
  // The bytes moved to the page with where the events lie, then the checked timeline, whose
  // events the page reads from those bytes.
  const replies: WorkerReply[] = [
    { type: 'progress', progress: { stage: 'reading', loaded: 0, total: null } },
    {
      type: 'fetched',
      startedAt: performance.timeOrigin + 10,
      readAt: performance.timeOrigin + 60,
    },
    { type: 'progress', progress: { stage: 'checking', events: count } },
    { type: 'event-ranges', ranges, bytes: bytes as Uint8Array<ArrayBuffer> },
    { type: 'timeline-head', head, eventsFromBytes: true, bytes: null, ranges: null },
  ];
  return { timeline, replies };
}

describe('a dataset the worker began reading before the page listened', () => {
  const { timeline, replies } = workerRepliesFor(generateDataset(2 * EVENTS_PER_SLICE + 7));

  it.each([0, 3, replies.length - 1, replies.length])(
    'is read whole when %i replies came before, without asking the worker again',
    async (before) => {
      const { worker, read, download } = leaveEarlyRead(URL_READ);
      read.replies.push(...replies.slice(0, before));
      const taken = takeEarlyRead(URL_READ);
      if (!taken) throw new Error('not taken');
      const progress: string[] = [];
      const fetched: number[][] = [];
      const loading = loadDatasetInWorker(
        { url: URL_READ },
        {
          onProgress: (p) => progress.push(p.stage),
          onFetched: (startedAt, readAt) => fetched.push([startedAt, readAt]),
        },
        taken,
      );
      // The kept replies are read in turns, one per task, not all at once in this one.
      expect(progress).toEqual([]);
      for (const reply of replies.slice(before)) worker.say(reply);
      const result = await loading;
      expect(result.ok && asRead(result.timeline)).toEqual(asRead(timeline));
      // Progress the page missed is shown only as it stands now: "reading" was over before the
      // page listened when "checking" came before it too.
      expect(progress).toEqual(before > 2 ? ['checking'] : ['reading', 'checking']);
      expect(fetched).toEqual([[10, 60]]);
      expect(worker.posted, 'the request was already made').toEqual([]);
      expect(worker.terminated).toBe(true);
      expect(download.stopped).toBe(true);
    },
  );

  it('shows the latest of the progress it missed, not each step again', async () => {
    const { worker, read } = leaveEarlyRead(URL_READ);
    const reading = (loaded: number): WorkerReply => ({
      type: 'progress',
      progress: { stage: 'reading', loaded, total: 1000 },
    });
    read.replies.push(reading(0), reading(300), reading(600));
    const taken = takeEarlyRead(URL_READ);
    if (!taken) throw new Error('not taken');
    const shown: unknown[] = [];
    const loading = loadDatasetInWorker(
      { url: URL_READ },
      { onProgress: (p) => shown.push(p) },
      taken,
    );
    // Said while the kept replies still wait their turn: it supersedes them too.
    worker.say(reading(900));
    await vi.waitFor(() => expect(shown).toEqual([{ stage: 'reading', loaded: 900, total: 1000 }]));
    for (const reply of replies.slice(1)) worker.say(reply);
    await loading;
    expect(shown.slice(1)).toEqual([{ stage: 'checking', events: timeline.events.length }]);
  });

  it('stops the worker and the download it was given when the reader picks another dataset', async () => {
    const { worker, download } = leaveEarlyRead(URL_READ);
    const taken = takeEarlyRead(URL_READ);
    if (!taken) throw new Error('not taken');
    const choice = new AbortController();
    const loading = loadDatasetInWorker({ url: URL_READ }, { signal: choice.signal }, taken);
    expect(download.stopped).toBe(false);
    choice.abort(new Error('another dataset'));
    await expect(loading).rejects.toThrow('another dataset');
    expect(worker.terminated).toBe(true);
    expect(download.stopped).toBe(true);
  });

  it('says a worker that could not start failed to start', async () => {
    const { worker } = leaveEarlyRead(URL_READ);
    const taken = takeEarlyRead(URL_READ);
    if (!taken) throw new Error('not taken');
    const loading = loadDatasetInWorker({ url: URL_READ }, {}, taken);
    worker.dispatchEvent(new ErrorEvent('error', { message: 'no module workers' }));
    await expect(loading).rejects.toMatchObject({
      name: 'WorkerStartError',
      message: 'The dataset reader failed to start: no module workers.',
    });
  });
});

describe('a small dataset, for the app’s first render', () => {
  const { timeline, replies } = workerRepliesFor(generateDataset(100));
  const counted = replies.findIndex(
    (r) => r.type === 'progress' && r.progress.stage === 'checking',
  );

  it('is taken over at once when the worker has read it', async () => {
    const { worker, read, download } = leaveEarlyRead(URL_READ);
    read.replies.push(...replies);
    const result = await readSmallEarly(URL_READ);
    expect(result?.ok && asRead(result.timeline)).toEqual(asRead(timeline));
    expect(worker.terminated).toBe(true);
    expect(download.stopped).toBe(true);
    expect(takeEarlyRead(URL_READ), 'taken').toBeNull();
  });

  it('is waited for when the worker finishes reading it soon', async () => {
    const { worker, read } = leaveEarlyRead(URL_READ);
    read.replies.push(...replies.slice(0, counted + 1));
    const reading = readSmallEarly(URL_READ);
    // start.js keeps each reply as the worker says it; the page hears it after start.js.
    read.worker.addEventListener('message', (e) => read.replies.push((e as MessageEvent).data));
    for (const reply of replies.slice(counted + 1)) worker.say(reply);
    const result = await reading;
    expect(result?.ok && asRead(result.timeline)).toEqual(asRead(timeline));
  });

  it('is left to the query when the worker has not read it in time', async () => {
    vi.useFakeTimers();
    try {
      const { worker, read } = leaveEarlyRead(URL_READ);
      read.replies.push(...replies.slice(0, counted + 1));
      const reading = readSmallEarly(URL_READ);
      vi.advanceTimersByTime(SMALL_READ_WAIT_MS);
      await expect(reading).resolves.toBeNull();
      expect(worker.terminated).toBe(false);
      expect(takeEarlyRead(URL_READ), 'still there to take').toBe(read);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not waited for when the dataset is large, or its size is not known yet', async () => {
    const large = leaveEarlyRead(URL_READ);
    large.read.replies.push({ type: 'progress', progress: { stage: 'checking', events: 10_000 } });
    await expect(readSmallEarly(URL_READ)).resolves.toBeNull();
    expect(takeEarlyRead(URL_READ), 'still there to take').toBe(large.read);

    const unknown = leaveEarlyRead(URL_READ);
    unknown.read.replies.push(...replies.slice(0, counted));
    await expect(readSmallEarly(URL_READ)).resolves.toBeNull();
    expect(takeEarlyRead(URL_READ), 'still there to take').toBe(unknown.read);
  });

  it('is small when the chart draws every event as an element', () => {
    expect(SMALL_READ_MAX_EVENTS).toBe(MAX_ELEMENT_MARKS);
  });

  it('is left to the query when it has more events than the chart draws as elements', async () => {
    const { read } = leaveEarlyRead(URL_READ);
    read.replies.push(...workerRepliesFor(generateDataset(SMALL_READ_MAX_EVENTS + 1)).replies);
    await expect(readSmallEarly(URL_READ)).resolves.toBeNull();
    expect(takeEarlyRead(URL_READ), 'still there to take').toBe(read);
  });

  it('is nothing for another address', async () => {
    const { read } = leaveEarlyRead('https://example.org/other.json');
    read.replies.push(...replies);
    await expect(readSmallEarly(URL_READ)).resolves.toBeNull();
  });
});

/**
 * A `?data=` page's download, begun by src/prerender/start.js before the dataset worker runs and
 * passed on to it as it arrives: the worker reads it as if it had fetched it itself (the same
 * refusals, messages and progress), and tells the page when it wants no more of it.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import type { LoadProgress } from '../../../src/data/load-progress';
import { readDatasetSource } from '../../../src/data/read-dataset-input';
import type { AnsweredRequest } from '../../../src/data/read-dataset-source';
import { bodyFromPort, deliveredResponse } from '../../../src/data/read-dataset-source';
import { DATASET_LIMITS } from '../../../src/domain/read-dataset-text';

const URL_READ = 'https://example.org/mine.json';

/** What start.js does with a response: its status and headers, then its chunks, then null. */
function passOn(
  chunks: readonly (Uint8Array | null | string)[],
  answer: Partial<Pick<AnsweredRequest, 'status' | 'statusText' | 'headers'>> = {},
) {
  const channel = new MessageChannel();
  const heard: unknown[] = [];
  const cancelled = new Promise<unknown>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      heard.push(event.data);
      resolve(event.data);
    };
  });
  for (const chunk of chunks) channel.port1.postMessage(chunk);
  const delivered: AnsweredRequest = {
    status: 200,
    statusText: 'OK',
    headers: {},
    port: channel.port2,
    startedAt: Date.now(),
    ...answer,
  };
  return { delivered, heard, cancelled, close: () => channel.port1.close() };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('a body passed on through a channel', () => {
  it('gives its chunks in order and ends at null', async () => {
    const { delivered, close } = passOn([bytesOf('{"a":'), bytesOf('"é"}'), null]);
    await expect(readAll(bodyFromPort(delivered.port, URL_READ))).resolves.toBe('{"a":"é"}');
    close();
  });

  it('fails as a network failure when the page says the download failed', async () => {
    const { delivered, close } = passOn([bytesOf('{"a":'), 'failed']);
    await expect(readAll(bodyFromPort(delivered.port, URL_READ))).rejects.toMatchObject({
      name: 'DatasetFetchError',
      message: 'Could not load the dataset (the network request failed).',
      url: URL_READ,
    });
    close();
  });

  it('tells the page to stop when it is cancelled', async () => {
    const { delivered, cancelled, close } = passOn([bytesOf('{')]);
    await bodyFromPort(delivered.port, URL_READ).cancel();
    await expect(cancelled).resolves.toBe('cancel');
    close();
  });
});

describe('a response passed on to the worker', () => {
  it('says what the server answered when it is not a success, and stops the download', async () => {
    const { delivered, cancelled, close } = passOn([bytesOf('Not here')], {
      status: 404,
      statusText: 'Not Found',
    });
    expect(() => deliveredResponse(URL_READ, delivered)).toThrow(
      'Could not load the dataset: the server answered 404 Not Found.',
    );
    await expect(cancelled).resolves.toBe('cancel');
    close();
  });

  it('says the request failed when it failed before any answer', () => {
    expect(() => deliveredResponse(URL_READ, { failed: true, startedAt: Date.now() })).toThrow(
      'Could not load the dataset (the network request failed).',
    );
  });

  it('is read and checked like a fetched one, with the bytes read of the size declared', async () => {
    const dataset = generateDataset(40);
    const bytes = bytesOf(JSON.stringify(dataset));
    const half = Math.floor(bytes.length / 2);
    const { delivered, close } = passOn([bytes.slice(0, half), bytes.slice(half), null], {
      headers: { 'Content-Length': String(bytes.length) },
    });
    const progress: LoadProgress[] = [];
    const { result } = await readDatasetSource(
      { url: URL_READ, delivered },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result.ok && result.timeline.dataset.events.length).toBe(40);
    expect(progress).toContainEqual({ stage: 'reading', loaded: half, total: bytes.length });
    expect(progress.at(-1)).toEqual({ stage: 'checking', events: 40 });
    close();
  });

  it('is refused before it is read when the server declares it too large', async () => {
    const { delivered, cancelled, close } = passOn([], {
      headers: { 'Content-Length': String(DATASET_LIMITS.maxBytes + 1) },
    });
    const { result } = await readDatasetSource({ url: URL_READ, delivered });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/too large/i);
    await expect(cancelled).resolves.toBe('cancel');
    close();
  });
});

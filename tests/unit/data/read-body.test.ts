import { describe, expect, it } from 'vitest';
import type { LoadProgress } from '../../../src/data/load-progress';
import { decodeChunks, readBody } from '../../../src/data/read-body';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A stream that sends `chunks` and then, unless `end`, stays open; it records being cancelled. */
function streamOf(chunks: readonly Uint8Array[], end: boolean) {
  const state = { cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (end) controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('readBody', () => {
  it('reads every chunk, reporting bytes read of the total', async () => {
    const progress: LoadProgress[] = [];
    const { stream } = streamOf([bytes('{"a":'), bytes('"é"}')], true);
    const read = await readBody(stream, 10, { onProgress: (p) => progress.push(p) });
    expect(read.ok && decodeChunks(read.chunks)).toBe('{"a":"é"}');
    expect(progress.at(0)).toEqual({ stage: 'reading', loaded: 0, total: 10 });
    expect(progress.at(-1)).toEqual({ stage: 'reading', loaded: 10, total: 10 });
  });

  it('reports a download a hundredth at a time, or a megabyte at a time, not every chunk', async () => {
    const chunk = new Uint8Array(1_000);
    for (const total of [1_000_000, null]) {
      const loaded: number[] = [];
      const chunks = Array.from({ length: total === null ? 3_000 : 1_000 }, () => chunk);
      await readBody(streamOf(chunks, true).stream, total, {
        onProgress: (p) => {
          if (p.stage === 'reading') loaded.push(p.loaded);
        },
      });
      const size = chunks.length * chunk.length;
      // The start, each step, the end: in order, with nothing skipped at the end.
      expect(loaded.length).toBeLessThanOrEqual(total === null ? 5 : 102);
      expect(loaded.length).toBeGreaterThanOrEqual(total === null ? 4 : 100);
      expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
      expect(loaded.at(-1)).toBe(size);
    }
  });

  it('refuses a body over the limit, counting all of it but keeping none', async () => {
    const { stream } = streamOf([bytes('12345'), bytes('67890')], true);
    await expect(readBody(stream, null, {}, { maxBytes: 8 })).resolves.toEqual({
      ok: false,
      bytes: 10,
    });
  });

  it('stops and cancels the download when the reader picks another dataset', async () => {
    const controller = new AbortController();
    const { stream, state } = streamOf([bytes('{"events": [')], false);
    const reading = readBody(stream, 1_000, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'reading' && p.loaded > 0) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.cancelled).toBe(true);
  });
});

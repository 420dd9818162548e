import { DATASET_LIMITS } from '../domain/parse-dataset-text';
import type { LoadOptions } from './load-progress';

export type BodyRead =
  | { readonly ok: true; readonly chunks: readonly Uint8Array[]; readonly bytes: number }
  | { readonly ok: false; readonly bytes: number };

export interface BodyLimits {
  /** Past this many bytes, the body is refused. */
  readonly maxBytes?: number;
  /**
   * Each chunk, as it arrives, for a reader that keeps the bytes itself (json-event-stream.ts):
   * then they are not kept here.
   */
  readonly onChunk?: (chunk: Uint8Array) => void;
}

/**
 * Reads a byte stream to its end, chunk by chunk, reporting bytes read. Past the size limit it
 * keeps only counting (so the refusal can say how large the file is) and holds no more bytes.
 * Throws the signal's reason when aborted.
 */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  total: number | null,
  { signal, onProgress }: LoadOptions,
  { maxBytes = DATASET_LIMITS.maxBytes, onChunk }: BodyLimits = {},
): Promise<BodyRead> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let reported = 0;
  const step = total !== null && total > 0 ? total / 100 : 1_000_000;
  const abort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    onProgress?.({ stage: 'reading', loaded: 0, total });
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      bytes += value.byteLength;
      if (onChunk) onChunk(value);
      else if (bytes <= maxBytes) chunks.push(value);
      else chunks.length = 0;
      // Each hundredth of the total (or each megabyte, the total unknown) is reported, not
      // each chunk: Chromium gave 90 MB here in 563 chunks, and every report is a render of the
      // progress bar (and, from the worker, a message), on a page that should be free.
      if (bytes - reported >= step) {
        reported = bytes;
        onProgress?.({ stage: 'reading', loaded: bytes, total });
      }
    }
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  onProgress?.({ stage: 'reading', loaded: bytes, total: total ?? bytes });
  return bytes > maxBytes ? { ok: false, bytes } : { ok: true, chunks, bytes };
}

/** The chunks as one text, decoded as UTF-8 as response.text() does (bad bytes become U+FFFD). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The chunks as one array of bytes (the only chunk itself when there is one). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

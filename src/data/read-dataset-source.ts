/**
 * A dataset's response from its address: network and HTTP failures said in words, a time limit,
 * and the size the server declares. Free of the schema, so the page's first load can use it.
 */
import { DatasetFetchError } from './dataset-fetch-error';

export const FETCH_TIMEOUT_MS = 15_000;

/** A request for `url` that failed before any answer, or a download cut short. */
function networkError(url: string): DatasetFetchError {
  return new DatasetFetchError('Could not load the dataset (the network request failed).', url);
}

/** A download of `url` that did not finish within FETCH_TIMEOUT_MS. */
export function noAnswerError(url: string): DatasetFetchError {
  return new DatasetFetchError(
    `Could not load the dataset (no answer within ${FETCH_TIMEOUT_MS / 1000} s).`,
    url,
  );
}

/**
 * Where a dataset's bytes come from: an http(s) address, a file the reader opened, or bytes the
 * page has already fetched (handed over, not copied), with a name, which tells a CSV from a TSV
 * sheet.
 */
export type DatasetInput =
  | { readonly url: string; readonly delivered?: DeliveredResponse }
  | { readonly file: Blob; readonly name?: string | undefined }
  | { readonly chunks: readonly Uint8Array[]; readonly name?: string | undefined };

/**
 * A response the page fetched itself and passes on as it arrives (src/prerender/start.js starts
 * the download before the worker can run): its headers, and its body's chunks through `port`
 * (see bodyFromPort).
 */
export type DeliveredResponse = AnsweredRequest | FailedRequest;

/** A request that failed before any answer (the network, or a refused cross-origin request). */
export interface FailedRequest {
  readonly failed: true;
  readonly startedAt: number;
}

/** A request the server answered: its status and headers, and its body through `port`. */
export interface AnsweredRequest {
  readonly status: number;
  readonly statusText: string;
  readonly port: MessagePort;
  /** The response's Content-Length and Content-Encoding, where it had them. */
  readonly headers: Readonly<Record<string, string>>;
  /** When the page began the request, in milliseconds since the epoch. */
  readonly startedAt: number;
}

/**
 * The body the page passes through `port`: each message a chunk (Uint8Array), then null at its
 * end, or any other value when the download failed. Cancelling it tells the page to stop.
 */
export function bodyFromPort(port: MessagePort, url: string): ReadableStream<Uint8Array> {
  const done = () => {
    port.onmessage = null;
    port.close();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      port.onmessage = (event: MessageEvent<unknown>) => {
        const chunk = event.data;
        // (Any realm's Uint8Array: instanceof would refuse one made in another.)
        if (ArrayBuffer.isView(chunk)) {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          return;
        }
        done();
        if (chunk === null) controller.close();
        else {
          controller.error(networkError(url));
        }
      };
    },
    cancel() {
      port.postMessage('cancel');
      done();
    },
  });
}

/** The response the page passed on, read as if fetched here (checkResponse, then its body). */
export function deliveredResponse(url: string, delivered: DeliveredResponse): Response {
  if ('failed' in delivered) throw networkError(url);
  const { status, statusText, headers, port } = delivered;
  return checkResponse(new Response(bodyFromPort(port, url), { status, statusText, headers }), url);
}

/**
 * Fetches `url`. Network and HTTP failures throw DatasetFetchError (react-query retries those);
 * an abort throws the signal's reason.
 */
export async function fetchResponse(url: string, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      // The default mode (cookies only to the page's own host), which a preload from
      // src/prerender/start.js (crossorigin="anonymous") matches, so this takes its response.
      credentials: 'same-origin',
    });
  } catch (error) {
    signal?.throwIfAborted();
    if (error instanceof DOMException && error.name === 'TimeoutError') throw noAnswerError(url);
    throw networkError(url);
  }
  return checkResponse(response, url);
}

/** The response, if it is a success; else the server's answer as a DatasetFetchError. */
function checkResponse(response: Response, url: string): Response {
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    throw new DatasetFetchError(
      `Could not load the dataset: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      url,
      response.status,
    );
  }
  return response;
}

/** The body's size as the server declares it (for progress and an early refusal), if it does. */
export function declaredSize(response: Response): number | null {
  const header = response.headers.get('Content-Length');
  const size = header === null ? Number.NaN : Number(header);
  // A compressed body's Content-Length counts compressed bytes, not the bytes read.
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  return Number.isFinite(size) && size >= 0 && !encoded ? size : null;
}

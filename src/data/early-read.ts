/**
 * A `?data=` page's dataset, read from the page's first moment: src/prerender/start.js, which
 * runs before the body is parsed, starts the dataset worker on the address and keeps what it
 * says, so that fetching, parsing and checking overlap the app's own start (its script
 * downloaded, compiled and rendered) instead of following it. The app takes the worker over here
 * when it asks for that address.
 *
 * start.js is plain JavaScript (it is not bundled): this is the contract between the two.
 */
import type { WorkerReply } from './dataset-worker-protocol';
import type { StartedRead } from './load-dataset-in-worker';

/** What start.js leaves on `window`, as `__timelineEarlyRead`. */
export interface EarlyRead extends StartedRead {
  /** The address as start.js resolved it (as dataset-url.ts does). */
  readonly url: string;
  /** What the worker said before the page listened, in order. */
  readonly replies: WorkerReply[];
  /** True once the worker failed to start (an error event). */
  readonly failed: boolean;
  /** Stops start.js's own listening, once the page listens itself. */
  release(): void;
}

export interface WithEarlyRead {
  __timelineEarlyRead?: EarlyRead;
}

/** The worker start.js started on `url`, if it started, left where it is (see takeEarlyRead). */
export function earlyReadFor(url: string): EarlyRead | null {
  const read = (globalThis as WithEarlyRead).__timelineEarlyRead;
  return read !== undefined && read.url === url && !read.failed ? read : null;
}

/**
 * The worker start.js started on `url`, taken over (once), or null. A worker started on another
 * address, or one that failed to start, is stopped: the app reads the dataset itself.
 */
export function takeEarlyRead(url: string): EarlyRead | null {
  const holder = globalThis as WithEarlyRead;
  const read = holder.__timelineEarlyRead;
  if (read === undefined) return null;
  delete holder.__timelineEarlyRead;
  read.release();
  if (read.url === url && !read.failed) return read;
  read.worker.terminate();
  read.stop?.();
  return null;
}

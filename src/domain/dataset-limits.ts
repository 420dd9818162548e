/**
 * How large a dataset's text may be, and the refusal of one that is larger: apart from the
 * parser (parse-dataset-text.ts), so that checking a chosen file's size on the page does not
 * bring the JSON scanner into the page's first load.
 */
import type { Problem } from './problem';

/** A dataset's text refused before its schema is checked. */
export interface TextRefusal {
  readonly ok: false;
  readonly problems: readonly Problem[];
}
export interface DatasetLimits {
  /** Largest file accepted, in bytes of UTF-8 (1 MB = 1,000,000 bytes). */
  readonly maxBytes: number;
  /** Deepest nesting of objects and lists accepted, the top-level object being level 1. */
  readonly maxDepth: number;
  /** Most events accepted; the schema allows no more than its own cap either way. */
  readonly maxEvents: number;
}

export const DATASET_LIMITS: DatasetLimits = Object.freeze({
  // Room for about 100 000 events of a verbose dataset, while refusing the gigabyte mistake.
  maxBytes: 100_000_000,
  maxDepth: 64,
  maxEvents: 200_000,
});

const ROOT = '(dataset)';

/**
 * Megabytes: exact below 1 MB, else to one decimal, rounded `up` (a size) or down (a limit) so a
 * refusal never reads "100 MB, over the limit of 100 MB".
 */
function megabytes(bytes: number, up: boolean): string {
  if (bytes < 1_000_000) return String(bytes / 1_000_000);
  const tenths = bytes / 100_000;
  return String((up ? Math.ceil(tenths) : Math.floor(tenths)) / 10);
}

/** The refusal of a file over the size limit (also used before download, from Content-Length). */
export function tooLarge(size: number, maxBytes = DATASET_LIMITS.maxBytes): TextRefusal {
  const message = `the file is too large: ${megabytes(size, true)} MB, over the limit of ${megabytes(maxBytes, false)} MB`;
  return { ok: false, problems: [{ path: ROOT, message }] };
}

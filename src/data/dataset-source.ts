import type { DatasetResult } from '../domain/validate-dataset';

/** A file the reader opened in the page, already read (never uploaded): its timeline or problems. */
export interface LocalFile {
  readonly name: string;
  readonly result: DatasetResult;
}

/** Where a dataset comes from: an address to fetch, or a value a host app already holds. */
import { resolveDatasetUrl } from '../domain/safe-url';

export type DatasetSource =
  | { readonly url: string }
  | { readonly data: unknown }
  | { readonly refused: string }
  | { readonly file: LocalFile };

/** What an entry was told: `?data=` (the app), `dataset-url` (the element), the props. */
export interface DatasetChoice {
  /** A dataset value the host already holds; wins over an address. */
  readonly data?: unknown;
  /** An address as given, resolved against `base`; blank counts as none. */
  readonly url?: string | null | undefined;
  /** The page (or script) a relative address is relative to. */
  readonly base: string;
  /** What to show when given neither: a default dataset, or a refusal saying what is missing. */
  readonly otherwise: DatasetSource;
}

/**
 * The one resolution of "which dataset" for every entry: a value first, then an address
 * (refused, with the reason, unless it is http(s)), then the entry's default.
 */
export function resolveDatasetSource(choice: DatasetChoice): DatasetSource {
  if (choice.data !== undefined) return { data: choice.data };
  const raw = choice.url;
  if (raw === null || raw === undefined || raw.trim() === '') return choice.otherwise;
  const r = resolveDatasetUrl(raw, choice.base);
  return r.ok ? { url: r.url } : { refused: r.message };
}

const inlineIds = new WeakMap<object, number>();
let nextInlineId = 1;

/** A stable query key: the URL, or an identity for an inline value. */
export function sourceKey(source: DatasetSource): readonly unknown[] {
  if ('url' in source) return ['timeline-dataset', source.url];
  if ('refused' in source) return ['timeline-dataset', 'refused', source.refused];
  const value = 'file' in source ? source.file : source.data;
  if (typeof value !== 'object' || value === null) return ['timeline-dataset', 'inline', value];
  let id = inlineIds.get(value);
  if (id === undefined) {
    id = nextInlineId++;
    inlineIds.set(value, id);
  }
  return ['timeline-dataset', 'inline', id];
}

export function describeSource(source: DatasetSource): string {
  if ('url' in source) return source.url;
  if ('refused' in source) return '(refused)';
  if ('file' in source) return `${source.file.name} (a file on this computer)`;
  return '(dataset passed in by the page)';
}

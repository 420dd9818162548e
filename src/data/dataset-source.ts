/** Where a dataset comes from: an address to fetch, or a value a host app already holds. */
export type DatasetSource =
  { readonly url: string } | { readonly data: unknown } | { readonly refused: string };

const inlineIds = new WeakMap<object, number>();
let nextInlineId = 1;

/** A stable query key: the URL, or an identity for an inline value. */
export function sourceKey(source: DatasetSource): readonly unknown[] {
  if ('url' in source) return ['timeline-dataset', source.url];
  if ('refused' in source) return ['timeline-dataset', 'refused', source.refused];
  const value = source.data;
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
  return '(dataset passed in by the page)';
}

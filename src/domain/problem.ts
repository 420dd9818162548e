/** One thing wrong with a dataset: where (a JSON path such as `events[3].date`) and what, in words. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Formats a path of keys and indexes as `events[3].quotes[0].text`; the root is `(dataset)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(dataset)' : out;
}

export function problemToString(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

/** Most problems a reader is shown at once; the rest are counted. */
export const MAX_PROBLEMS = 50;

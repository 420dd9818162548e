/**
 * The one door into the app for a dataset: raw JSON text or a parsed value in, either a Timeline
 * or a list of problems out. It never throws.
 */
import type * as z from 'zod/mini';
import type { Dataset } from './dataset-schema';
import { DatasetSchema } from './dataset-schema';
import type { FastVerdict } from './dataset-fast-check';
import { checkReferences } from './dataset-references';
import type { Problem } from './problem';
import { MAX_PROBLEMS, formatPath } from './problem';
import type { Timeline } from './timeline-model';
import { buildTimeline } from './timeline-model';

export type DatasetResult =
  | { readonly ok: true; readonly timeline: Timeline }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export { MAX_PROBLEMS } from './problem';

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'this field is missing';
  if (issue.code === 'invalid_type') {
    return `expected ${issue.expected === 'array' ? 'a list' : issue.expected}, got ${kindOf(issue.input)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return `has more than ${issue.maximum} items`;
  }
  return issue.message;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `text ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value} ${String(value)}`;
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: '(dataset)',
      message: `and ${problems.length - MAX_PROBLEMS} more problems not shown`,
    },
  ];
}

/**
 * A quicker judge of the common case (dataset-fast-check.ts). It is passed in rather than imported
 * so that the page's first load, which only ever checks small datasets, does not carry it: the
 * dataset worker, which checks the large ones, does.
 */
export type FastCheck = (input: unknown) => FastVerdict;

/**
 * The schema's verdict and output. A dataset the fast check finds valid and unchanged by the schema
 * is used as it is (the schema would return a deep copy of it); anything else goes through zod,
 * which gives the trimmed output or every problem with its message.
 */
function parseWithSchema(
  input: unknown,
  fastCheck: FastCheck | undefined,
): { ok: true; data: Dataset } | { ok: false; problems: Problem[] } {
  if (fastCheck?.(input) === 'valid') return { ok: true, data: input as Dataset };
  const parsed = DatasetSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}

export function validateDataset(
  input: unknown,
  now?: number,
  fastCheck?: FastCheck,
): DatasetResult {
  const parsed = parseWithSchema(input, fastCheck);
  if (!parsed.ok) return { ok: false, problems: cap(parsed.problems) };
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { ok: false, problems: cap(problems) };
  return { ok: true, timeline: buildTimeline(parsed.data, now) };
}

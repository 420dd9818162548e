/** Small statistics and formatting helpers for bench/run.ts. */

/** The median of a list (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

/** The p-th percentile (0–100), nearest-rank: the smallest value with p% of values at or below. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

/** Megabytes of 1,000,000 bytes (as the app counts them), one decimal. */
export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1_000_000).toFixed(1) : '—';
}

/** Kilobytes of 1,000 bytes, whole. */
export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? String(Math.round(bytes / 1000)) : '—';
}

/** A markdown table; cells must not contain "|" (it is escaped if they do). */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

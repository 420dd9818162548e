/** The benchmark's command-line options (see bench/run.ts). */

export interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  /** Runs for sizes of 100 000 and more. */
  readonly bigRuns: number;
  /** The size whose load is traced (0: none). */
  readonly traceSize: number;
  readonly write: boolean;
  /** Contender ids to run (all when absent), for a quick look; RESULTS.md wants them all. */
  readonly only: readonly string[] | null;
  /**
   * Wait for the browser to go quiet after opening each context (browser-quiet.ts); false
   * (`--no-quiet`) navigates at once, as the bench did before, for comparing with older results.
   */
  readonly quiet: boolean;
}

export function parseOptions(args: readonly string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} wants a positive integer`);
    return n;
  };
  const sizes = (value('--sizes') ?? '100,1000,10000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error('bad --sizes');
  return {
    sizes,
    runs: count('--runs', 5),
    bigRuns: count('--big-runs', 1),
    traceSize: args.includes('--no-trace') ? 0 : count('--trace-size', 10_000),
    write: !args.includes('--no-write') && value('--only') === undefined,
    only: value('--only')?.split(',') ?? null,
    quiet: !args.includes('--no-quiet'),
  };
}

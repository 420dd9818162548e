/**
 * `npm run bench`: how fast the built app draws, filters and zooms 100 to 100 000 events in
 * headless Chromium, side by side with vis-timeline drawing the same datasets. Not part of
 * `npm test` (it takes minutes and its numbers depend on the machine).
 *
 *   npm run build && npm run bench [-- --runs 5 --big-runs 1 --sizes 100,1000 --trace-size 10000
 *                                      --no-trace --no-write --only ours,vis --no-quiet]
 *
 * `--only` runs some of the libraries, for a quick look while working; it never writes RESULTS.md.
 * `--no-quiet` navigates as soon as each context is open, as the bench did before browser-quiet.ts,
 * for comparing with results measured that way.
 *
 * It copies dist/ (a snapshot, so a rebuild during the run cannot change what is measured), the
 * generated datasets and the vis-timeline page (bench/vis/) under bench/.tmp/site/, serves that
 * on 127.0.0.1 with gzip as a static host would and, for each size and each run, in a fresh
 * browser context, once the browser has gone quiet (browser-quiet.ts):
 *
 *   fetch the dataset alone, from a blank page: the time to its whole body, and bytes sent;
 *   ours  opens `/?data=<dataset>`: drawn = the first `timeline:marks-drawn` performance mark
 *         (relative to navigation start); heap after load (after a GC); filter = from the click
 *         on the first "Leaders" checkbox to the next mark; frame times (requestAnimationFrame
 *         deltas) during ~2 s of wheel zooming and ~2 s of mouse-drag panning over the chart.
 *   vis   opens bench/vis/?data=<dataset>: drawn = its first 'changed' event after construction;
 *         heap; frame times during the same gestures.
 *
 * Every page gets 60 s to draw (a slower one shows "> 60 s"). It prints one markdown table and
 * writes it, with the machine and the targets, to bench/RESULTS.md.
 *
 * The parts: options.ts (the command line), server.ts (the served site) and datasets.ts (the
 * generated, cached datasets), browser-quiet.ts (waiting out Chromium's own work on a new
 * context), page-run.ts (one measured load, whichever library), ours.ts and
 * vis.ts (each library's page and how it tells it has drawn), trace-load.ts and
 * trace-summary.ts (a traced load and where its time went), stats.ts (medians, percentiles),
 * results.ts (the tables and RESULTS.md); this file runs them in order.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { FetchResult } from './fetch-time';
import { timeFetch } from './fetch-time';
import { chrono } from './chrono';
import { parseOptions } from './options';
import { ours } from './ours';
import type { Contender, RunResult } from './page-run';
import { launch, measure, shutDown } from './page-run';
import type { CaseResult } from './results';
import {
  detailTable,
  loadText,
  machine,
  over,
  resultsMarkdown,
  resultsTable,
  librariesTable,
  targets,
  traceText,
} from './results';
import { DIST, blankUrl, datasetUrl, prepareSite, serveSite } from './server';
import { ROOT } from './settings';
import { kb, mb, ms } from './stats';
import type { TraceResult } from './trace-load';
import { timelineJs } from './timelinejs';
import { traceLoad } from './trace-load';
import { vis } from './vis';

const RESULTS = join(ROOT, 'bench/RESULTS.md');

/** Each size is drawn by each of these, in this order, in the same run. */
const ALL_CONTENDERS: readonly Contender[] = [ours, vis, timelineJs, chrono];

async function main(args: readonly string[]): Promise<number> {
  const options = parseOptions(args);
  const only = options.only;
  const CONTENDERS = only ? ALL_CONTENDERS.filter((c) => only.includes(c.id)) : ALL_CONTENDERS;
  if (CONTENDERS.length === 0) {
    console.error(`--only names none of: ${ALL_CONTENDERS.map((c) => c.id).join(', ')}`);
    return 1;
  }
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('dist/index.html is missing: build the app first (npm run build).');
    return 1;
  }
  const load: number[] = [loadavg()[0] ?? Number.NaN];
  const sampler = setInterval(() => load.push(loadavg()[0] ?? Number.NaN), 5_000);
  const date = new Date();
  const bytes = await prepareSite(options.sizes);
  const server = await serveSite();
  let chrome = await launch();
  const info = machine(chrome.browser);
  const cases: CaseResult[] = [];
  const traces: TraceResult[] = [];
  const fetches = new Map<number, FetchResult[]>();
  const started = Date.now();
  try {
    for (const n of options.sizes) {
      const data = datasetUrl(server, n);
      const timed: FetchResult[] = [];
      for (let i = 0; i < (n >= 100_000 ? options.bigRuns : options.runs); i++) {
        const f = await timeFetch(chrome, blankUrl(server), data, options.quiet);
        timed.push(f);
        console.log(
          `${String(n).padStart(6)} fetch run ${i + 1}: ${ms(f.ms)} ms (${f.encoding}, ${kb(f.transferBytes)} kB sent)`,
        );
      }
      fetches.set(n, timed);
      // Run i of every contender, then run i + 1 of every one: the machine's load drifts during a
      // run, and taking each library's runs back to back let the drift favour one of them.
      const count = n >= 100_000 ? options.bigRuns : options.runs;
      const runsOf = new Map<Contender, RunResult[]>(CONTENDERS.map((c) => [c, []]));
      const finished = new Set<Contender>();
      for (let i = 0; i < count; i++) {
        for (const contender of CONTENDERS) {
          if (finished.has(contender)) continue;
          const runs = runsOf.get(contender) ?? [];
          const { result, healthy } = await measure(
            chrome,
            contender,
            contender.pageUrl(server.url, data),
            options.quiet,
          );
          runs.push(result);
          console.log(
            `${String(n).padStart(6)} ${contender.id.padEnd(10)} run ${i + 1}/${count}:`,
            result.refused
              ? `refused (${result.refused})`
              : result.timedOut === 'draw'
                ? over
                : `drawn ${ms(result.drawn ?? Number.NaN)} ms, settled ${ms(result.settled ?? Number.NaN)} ms, ` +
                  `filter ${ms(result.filter ?? Number.NaN)} ms, frames ${
                    result.frames
                      ? `${ms(result.frames.median)} / ${ms(result.frames.p95)} ms (${result.frames.frames})`
                      : (result.timedOut ?? '—')
                  }, heap ${mb(result.heap ?? Number.NaN)} MB, longest task ${ms(result.longestTask ?? Number.NaN)} ms, blocking ${ms(result.blocking ?? Number.NaN)} ms`,
          );
          if (!healthy) {
            await shutDown(chrome, true);
            chrome = await launch();
          }
          if (result.timedOut === 'draw' || result.refused !== null) finished.add(contender);
        }
      }
      for (const contender of CONTENDERS) {
        cases.push({ events: n, library: contender.id, runs: runsOf.get(contender) ?? [] });
      }
      if (n === options.traceSize) {
        for (const contender of CONTENDERS) {
          try {
            traces.push(
              await traceLoad(
                chrome.browser,
                contender,
                contender.pageUrl(server.url, data),
                options.quiet,
              ),
            );
          } catch (error) {
            console.warn(`trace of ${contender.label} failed: ${String(error)}`);
          }
        }
      }
    }
  } finally {
    clearInterval(sampler);
    await shutDown(chrome, false);
    await server.close();
  }

  console.log(`load average during the run: ${loadText(load)}`);
  const libraries = librariesTable(
    cases,
    options.sizes,
    new Map(CONTENDERS.map((c) => [c.id, c.label])),
  );
  const traceTable = traceText(traces, options.traceSize);
  if (!['ours', 'vis'].every((id) => cases.some((c) => c.library === id))) {
    // A quick look at some contenders (--only): the tables that compare ours with vis-timeline
    // need both.
    console.log(`\n${libraries}`);
    if (traceTable) console.log(`\n${traceTable}`);
    return 0;
  }
  const table = resultsTable(cases, options.sizes);
  const details = detailTable(cases, options.sizes, bytes, fetches);
  console.log(`\n${table}\n\n${libraries}\n\n${targets(cases).join('\n')}\n\n${details}`);
  if (traceTable) console.log(`\n${traceTable}`);
  console.log(`\n(${((Date.now() - started) / 60_000).toFixed(1)} min)`);
  if (options.write) {
    writeFileSync(
      RESULTS,
      resultsMarkdown({
        table,
        libraries,
        details,
        traces: traceTable,
        machine: info,
        date,
        load,
        options,
        cases,
      }),
    );
    console.log(`wrote ${RESULTS}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

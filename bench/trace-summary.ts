/**
 * Where a page's main thread spent a stretch of time, from a Chromium trace (the
 * `devtools.timeline` categories): self time by kind, as the Performance panel's summary counts
 * it, between two user-timing marks (navigation start, or another, and a mark the page makes).
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
  readonly args?: { readonly name?: string; readonly data?: Record<string, unknown> };
}

export type Kind = 'scripting' | 'gc' | 'rendering' | 'painting' | 'loading' | 'other';

export interface TraceSummary {
  /** The stretch summed, in ms (from the start mark to the end mark). */
  readonly windowMs: number;
  /** Main-thread self time by kind, in ms. */
  readonly byKind: Readonly<Record<Kind, number>>;
  /** Main-thread time with no task running, in ms. */
  readonly idleMs: number;
  /** The longest main-thread tasks in the stretch, in ms. */
  readonly longestTasksMs: readonly number[];
  /** The trace events with the most self time, by name, in ms. */
  readonly topEvents: readonly (readonly [string, number])[];
}

const SCRIPTING = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.produceCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'v8.run',
  'v8.callFunction',
  'XHRReadyStateChange',
  'XHRLoad',
  'ResizeObserverController::DeliverObservations',
  'PerformanceObserver::Deliver',
]);
const RENDERING = new Set([
  'UpdateLayoutTree',
  'RecalculateStyles',
  'Layout',
  'UpdateLayerTree',
  'HitTest',
  'PrePaint',
  'Layerize',
  'ScheduleStyleRecalculation',
  'InvalidateLayout',
  'IntersectionObserverController::computeIntersections',
  'ComputeIntersections',
]);
const PAINTING = new Set([
  'Paint',
  'PaintImage',
  'PaintSetup',
  'CompositeLayers',
  'Commit',
  'RasterTask',
  'Decode Image',
  'UpdateLayer',
]);
const LOADING = new Set([
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'ResourceSendRequest',
  'ResourceReceiveResponse',
  'ResourceReceivedData',
  'ResourceFinish',
]);

function kindOf(name: string): Kind {
  if (/GC|Gc|garbage/i.test(name) && !name.startsWith('v8.compile')) return 'gc';
  // V8's own slices (tiering up, stack guard interrupts, …) are script execution too.
  if (SCRIPTING.has(name) || /^v8\./i.test(name)) return 'scripting';
  if (RENDERING.has(name)) return 'rendering';
  if (PAINTING.has(name)) return 'painting';
  if (LOADING.has(name)) return 'loading';
  return 'other';
}

function eventsOf(trace: unknown): readonly TraceEvent[] {
  if (Array.isArray(trace)) return trace as TraceEvent[];
  const events = (trace as { traceEvents?: unknown }).traceEvents;
  return Array.isArray(events) ? (events as TraceEvent[]) : [];
}

export interface TraceWindow {
  /** The mark that ends the stretch, and which of them: the first, or the last. */
  readonly end: string;
  readonly which?: 'first' | 'last';
  /** The mark that starts it (the last one before the end): by default navigationStart. */
  readonly start?: string;
  /** Only end marks before the first of these marks count (e.g. before the gestures began). */
  readonly before?: string;
}

const isUserTiming = (e: TraceEvent) => e.cat?.includes('user_timing') ?? false;

/**
 * Summarises the main thread of the renderer that made the end mark, over a stretch between two
 * user-timing marks. Null when a mark is missing.
 */
export function summarizeTrace(trace: unknown, window: TraceWindow): TraceSummary | null {
  const events = eventsOf(trace);
  const limit = events.find((e) => e.name === window.before && isUserTiming(e))?.ts;
  const ends = events
    .filter(
      (e) => e.name === window.end && isUserTiming(e) && (limit === undefined || e.ts < limit),
    )
    .sort((a, b) => a.ts - b.ts);
  const end = window.which === 'last' ? ends.at(-1) : ends[0];
  if (!end) return null;
  const startMark = window.start ?? 'navigationStart';
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const starts = events.filter(
    (e) => e.name === startMark && e.pid === end.pid && e.ts <= end.ts && isUserTiming(e),
  );
  const start = starts.reduce<TraceEvent | undefined>(
    (latest, e) => (latest === undefined || e.ts > latest.ts ? e : latest),
    undefined,
  );
  if (!start) return null;
  // The mark may be recorded on the main thread or not; the main thread is its process's.
  const thread = [...mainThreads].find((key) => key.startsWith(`${end.pid}:`));
  if (!thread) return null;
  const [t0, t1] = [start.ts, end.ts];

  const slices = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        typeof e.dur === 'number' &&
        `${e.pid}:${e.tid}` === thread &&
        e.ts < t1 &&
        e.ts + (e.dur ?? 0) > t0,
    )
    .map((e) => ({
      name: e.name,
      start: Math.max(e.ts, t0),
      end: Math.min(e.ts + (e.dur ?? 0), t1),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const byKind: Record<Kind, number> = {
    scripting: 0,
    gc: 0,
    rendering: 0,
    painting: 0,
    loading: 0,
    other: 0,
  };
  const byName = new Map<string, number>();
  const tasks: number[] = [];
  let busy = 0;
  // A stack of open slices; each slice's self time is its length less its children's.
  const stack: { name: string; end: number; children: number; length: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) break;
      const self = Math.max(0, done.length - done.children);
      byKind[kindOf(done.name)] += self;
      byName.set(done.name, (byName.get(done.name) ?? 0) + self);
      const parent = stack.at(-1);
      if (parent) parent.children += done.length;
    }
  };
  for (const s of slices) {
    close(s.start);
    const parent = stack.at(-1);
    const end = parent ? Math.min(s.end, parent.end) : s.end;
    if (!parent) {
      busy += end - s.start;
      tasks.push((end - s.start) / 1000);
    }
    stack.push({ name: s.name, end, children: 0, length: end - s.start });
  }
  close(Number.POSITIVE_INFINITY);

  const toMs = (us: number) => us / 1000;
  return {
    windowMs: toMs(t1 - t0),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, toMs(v)])) as Record<
      Kind,
      number
    >,
    idleMs: toMs(t1 - t0 - busy),
    longestTasksMs: tasks.sort((a, b) => b - a).slice(0, 5),
    topEvents: [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, us]) => [name, toMs(us)] as const),
  };
}

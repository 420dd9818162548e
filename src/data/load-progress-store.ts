/**
 * The progress of the dataset loads under way, for the loading view to show. It lives outside
 * react-query (whose query state has no place for progress) as a tiny external store that
 * useSyncExternalStore reads; the latest load started is the one shown.
 */
import type { LoadProgress } from './load-progress';

interface ActiveLoad {
  readonly id: number;
  progress: LoadProgress | null;
}

const loads: ActiveLoad[] = [];
const listeners = new Set<() => void>();
let nextId = 1;
let snapshot: LoadProgress | null = null;

function publish() {
  const next = loads.at(-1)?.progress ?? null;
  if (next === snapshot) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Registers a load; report its progress with `update` and call `end` when it settles. */
export function startLoadProgress(): {
  update: (progress: LoadProgress) => void;
  end: () => void;
} {
  const load: ActiveLoad = { id: nextId++, progress: null };
  loads.push(load);
  return {
    update: (progress) => {
      if (!loads.includes(load)) return;
      load.progress = progress;
      publish();
    },
    end: () => {
      const i = loads.indexOf(load);
      if (i >= 0) loads.splice(i, 1);
      publish();
    },
  };
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The progress of the latest load still under way, or null. */
export function currentLoadProgress(): LoadProgress | null {
  return snapshot;
}

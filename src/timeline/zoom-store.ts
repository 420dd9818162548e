/**
 * The live zoom transform, outside React state: the zoom behaviour writes it on every frame and
 * only the few small layers that must follow each frame (axis, overview window) subscribe.
 */
import type { ZoomTransform } from '../domain/mark-geometry';

export interface ZoomStore {
  get(): ZoomTransform;
  set(t: ZoomTransform): void;
  subscribe(listener: () => void): () => void;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0 };

export function createZoomStore(initial: ZoomTransform = IDENTITY): ZoomStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(t) {
      if (t.k === current.k && t.x === current.x) return;
      current = t;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

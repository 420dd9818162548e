import type * as InteractionsModule from './interactions';

export type Interactions = typeof InteractionsModule;

let pending: Promise<Interactions> | null = null;

/** Loads the zoom and brush behaviours once, on first use. */
export function loadInteractions(): Promise<Interactions> {
  pending ??= import('./interactions');
  return pending;
}

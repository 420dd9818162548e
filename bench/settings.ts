/** What every part of the benchmark agrees on: where things are, the page size, the limits. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** The generated datasets' random seed. */
export const SEED = 1;
/** Each page's allowance to draw, and separately to finish the gestures. */
export const CAP_MS = 60_000;
/** A page is settled when it has not redrawn for this long. */
export const QUIET_MS = 1_500;
export const GESTURE_MS = 2_000;
export const FRAME_BUDGET_MS = 1000 / 60;

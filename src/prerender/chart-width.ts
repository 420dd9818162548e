/**
 * The widths the chart is prerendered at. The server cannot know the reader's screen, so the page
 * carries the first view twice, laid out for a wide screen and for a phone, and CSS shows the one
 * that fits (prerender.css); the browser hydrates the one it shows and drops the other. Each
 * width is the chart's content width at the viewport named beside it (the app's padding taken
 * off), so at those sizes the client measures exactly what the server assumed and nothing moves
 * when the page comes alive (tests/browser/prerender.test.ts checks the marks' positions).
 */
import { createContext } from 'react';

export interface PrerenderVariant {
  /** Names the variant's container (`data-prerender` on it) and its CSS. */
  readonly name: 'wide' | 'narrow';
  /** The viewport this width is measured at (documentation and tests). */
  readonly viewport: number;
  /** The chart's width in CSS pixels at that viewport. */
  readonly chartWidth: number;
}

/** Below this viewport width the narrow variant shows (prerender.css uses the same number). */
export const NARROW_BELOW = 700;

export const PRERENDER_VARIANTS: readonly PrerenderVariant[] = [
  { name: 'wide', viewport: 1280, chartWidth: 1232 },
  { name: 'narrow', viewport: 375, chartWidth: 359 },
];

/** The width the chart lays itself out at before it has measured its box (null: a default). */
export const InitialChartWidth = createContext<number | null>(null);

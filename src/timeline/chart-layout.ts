/** Pixel constants of the chart, shared by the chart, its marks and its tests. */
export { truncate } from '../domain/mark-label';
export const AXIS_HEIGHT = 30;
export const LANE_HEADER = 22;
export const ROW_HEIGHT = 40;
export const LANE_GAP = 6;
export const MARK_RADIUS = 6;
/** Label boxes are measured text plus this much air. */
export const LABEL_PADDING = 6;

export function laneTops(rowsPerLane: readonly number[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = AXIS_HEIGHT;
  for (const rows of rowsPerLane) {
    tops.push(y);
    y += LANE_HEADER + rows * ROW_HEIGHT + LANE_GAP;
  }
  return { tops, height: y };
}

/** The y of the mark line of a row within a lane. */
export function rowY(tops: readonly number[], lane: number, row: number): number {
  return (tops[lane] ?? 0) + LANE_HEADER + Math.max(0, row) * ROW_HEIGHT + MARK_RADIUS + 2;
}

/**
 * A coordinate as written into the SVG: to a hundredth of a pixel, which nobody can see, instead
 * of a double's 15 digits, which every prerendered page would otherwise carry (and gzip cannot
 * shrink). Server and browser round alike, so hydration finds the same attribute.
 */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An unzoomed position the CSS scales by the zoom (--x, --w): to 1/10 000 px, so that even at the
 * deepest zoom (about 2 000 times) it is off by a tenth of a pixel at most, while the prerendered
 * page's style sheet carries 8 digits a number instead of 17.
 */
export function basePx(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

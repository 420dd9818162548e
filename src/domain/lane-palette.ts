/**
 * Lane colours for up to 8 sides plus "joint" (9 lanes, in lane order: the first side, joint,
 * then the other sides), one set per theme. Chosen so that every colour is at least 3:1 against
 * its theme's lane background and every pair stays apart (CIEDE2000 ≥ 15) in normal vision and
 * simulated protanopia, deuteranopia and tritanopia: tests/unit/domain/lane-palette.test.ts
 * checks both. The first three stay close to the red, purple and blue the chart has always used.
 * timeline.css carries the same values as --lane-color-N (a test keeps the two in step), for the
 * marks; the density canvas (DensityCanvas.tsx) paints with this palette itself.
 */
export const MAX_LANES = 9;

export type Theme = 'light' | 'dark';

/** The lane background of each theme (--lane-bg in app.css) that the colours are checked on. */
export const LANE_BACKGROUND: Readonly<Record<Theme, string>> = {
  light: '#f7f9fb',
  dark: '#131920',
};

export const LANE_PALETTE: Readonly<Record<Theme, readonly string[]>> = {
  light: [
    '#ce2516',
    '#6a35d9',
    '#31526a',
    '#7b6460',
    '#a98034',
    '#896feb',
    '#570d16',
    '#459792',
    '#280183',
  ],
  dark: [
    '#e08b8b',
    '#cdbaf3',
    '#0f92f7',
    '#4ae20c',
    '#847a3f',
    '#cae5df',
    '#fbe5a9',
    '#716f82',
    '#ce1f3c',
  ],
};

/** A colour as its red, green and blue channels, 0 to 255. */
export type Channels = readonly [number, number, number];

function channels(hex: string): Channels {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** LANE_PALETTE as channels, for drawing on a canvas (the density layer). */
export const LANE_CHANNELS: Readonly<Record<Theme, readonly Channels[]>> = {
  light: LANE_PALETTE.light.map(channels),
  dark: LANE_PALETTE.dark.map(channels),
};

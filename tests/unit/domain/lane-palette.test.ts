import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import type { Color } from 'culori';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../src/domain/lane-palette';
import {
  LANE_BACKGROUND,
  LANE_CHANNELS,
  LANE_PALETTE,
  MAX_LANES,
} from '../../../src/domain/lane-palette';

const THEMES: Theme[] = ['light', 'dark'];
// Machado, Oliveira & Fernandes (2009) at full severity: the strongest form of each deficiency.
const VISION: Record<string, (c: Color) => Color> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();
const color = (hex: string): Color => {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
};

describe.each(THEMES)('the %s lane palette', (theme) => {
  const palette = LANE_PALETTE[theme];

  it('has a colour for 8 sides plus joint', () => {
    expect(palette).toHaveLength(MAX_LANES);
    expect(new Set(palette).size).toBe(MAX_LANES);
  });

  it('gives the density layer the same colours, as channels', () => {
    const rgb = palette.map((hex) => {
      const c = color(hex);
      if (c.mode !== 'rgb') throw new Error(`not an sRGB colour: ${hex}`);
      return [c.r, c.g, c.b].map((v) => Math.round(v * 255));
    });
    expect(LANE_CHANNELS[theme]).toEqual(rgb);
  });

  it('puts every mark at least 3:1 against the lane background', () => {
    for (const c of palette)
      expect(wcagContrast(c, LANE_BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(VISION))('keeps every pair of lanes apart in %s vision', (vision) => {
    const simulate = VISION[vision] as (c: Color) => Color;
    const seen = palette.map((c) => simulate(color(c)));
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        closest = Math.min(closest, deltaE(seen[i] as Color, seen[j] as Color));
      }
    }
    // ΔE00 of about 10 reads as clearly different colours side by side.
    expect(closest).toBeGreaterThanOrEqual(15);
  });
});

describe('the stylesheets', () => {
  const css = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
  const block = (text: string, selector: string) => {
    const start = text.indexOf(`${selector} {`);
    expect(start, `${selector} in the stylesheet`).toBeGreaterThanOrEqual(0);
    return text.slice(start, text.indexOf('}', start));
  };

  it('give the lanes the palette the domain checks', () => {
    const timeline = css('src/timeline/timeline.css');
    const declared = (selector: string) =>
      [...block(timeline, selector).matchAll(/--lane-color-(\d): (#[0-9a-f]{6});/g)].map(
        (m) => m[2],
      );
    expect(declared('.cdt-app')).toEqual(LANE_PALETTE.light);
    expect(declared(".cdt-app[data-theme='dark']")).toEqual(LANE_PALETTE.dark);
  });

  it('use the lane backgrounds the palette was checked against', () => {
    const app = css('src/app/app.css');
    expect(block(app, '.cdt-app')).toContain(`--lane-bg: ${LANE_BACKGROUND.light};`);
    expect(block(app, ".cdt-app[data-theme='dark']")).toContain(
      `--lane-bg: ${LANE_BACKGROUND.dark};`,
    );
  });
});

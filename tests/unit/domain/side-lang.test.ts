import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validate-dataset';
import { validDataset } from './fixtures';
import { bundledTimeline, fiveSideTimeline } from './bundled-timelines';

describe("a side's language", () => {
  it('is read from the dataset', () => {
    const sides = bundledTimeline().sideById;
    expect(sides.get('cn')?.lang).toBe('zh');
    expect(sides.get('kp')?.lang).toBe('ko');
    expect(fiveSideTimeline().sideById.get('ru')?.lang).toBe('ru');
  });

  it('is optional', () => {
    expect(validateDataset(validDataset()).ok).toBe(true);
  });

  it('must be a BCP 47 tag, and the problem names the field', () => {
    const d = validDataset();
    const bad = { ...d, sides: [{ ...d.sides[0], lang: 'not a language!' }, ...d.sides.slice(1)] };
    const r = validateDataset(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        path: 'sides[0].lang',
        message: expect.stringContaining('is not a BCP 47 language tag'),
      }),
    );
  });
});

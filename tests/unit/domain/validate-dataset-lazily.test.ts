import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/domain/validate-dataset';
import { readDatasetTextLazily } from '../../../src/domain/read-dataset-text-lazily';
import { validateDatasetLazily } from '../../../src/domain/validate-dataset-lazily';
import { validDataset } from './fixtures';
import bundledJson from '../../../public/data/china-dprk.json';
import summitJson from '../../../public/examples/summit-diplomacy-2018-2019.json';

const NOW = Date.UTC(2026, 10, 26);

describe('validateDatasetLazily (the first load, without zod for a valid dataset)', () => {
  it('draws the bundled datasets exactly as the full validator does', async () => {
    for (const json of [bundledJson, summitJson]) {
      const lazy = await validateDatasetLazily(json, NOW);
      const full = validateDataset(json, NOW);
      expect(lazy.ok && full.ok).toBe(true);
      if (lazy.ok && full.ok) {
        expect(lazy.timeline.events.map((e) => [e.id, e.dateLabel])).toEqual(
          full.timeline.events.map((e) => [e.id, e.dateLabel]),
        );
      }
    }
  });

  it('gives the full validator’s problems, word for word, for a broken dataset', async () => {
    const broken = validDataset();
    broken.events = broken.events.map((e, i) => (i === 1 ? { ...e, date: '2024-13-01' } : e));
    const lazy = await validateDatasetLazily(broken, NOW);
    expect(lazy.ok).toBe(false);
    expect(lazy).toEqual(validateDataset(broken, NOW));
    if (!lazy.ok) expect(lazy.problems[0]?.path).toBe('events[1].date');
  });

  it('reports a broken reference through the full validator', async () => {
    const broken = validDataset();
    broken.events = broken.events.map((e, i) => (i === 0 ? { ...e, sources: ['nowhere'] } : e));
    const lazy = await validateDatasetLazily(broken, NOW);
    expect(lazy).toEqual(validateDataset(broken, NOW));
    expect(lazy.ok).toBe(false);
  });

  it('refuses text before the schema, with its line and column', async () => {
    const result = await readDatasetTextLazily('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON.*line 1/);
  });
});

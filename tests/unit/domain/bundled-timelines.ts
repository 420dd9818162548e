/** The datasets the app ships, as timelines for domain tests, at a fixed "now". */
import bundled from '../../../public/data/china-dprk.json';
import summits from '../../../public/examples/summit-diplomacy-2018-2019.json';
import type { Timeline } from '../../../src/domain/timeline-model';
import { validateDataset } from '../../../src/domain/validate-dataset';

export const NOW = Date.UTC(2025, 11, 1);

function timelineOf(json: unknown): Timeline {
  const r = validateDataset(json, NOW);
  if (!r.ok) throw new Error(`a shipped dataset does not validate: ${JSON.stringify(r)}`);
  return r.timeline;
}

export const bundledTimeline = () => timelineOf(bundled);
export const fiveSideTimeline = () => timelineOf(summits);

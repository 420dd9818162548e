import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterEvents } from '../../../src/domain/event-filter';
import { validateDataset } from '../../../src/domain/validate-dataset';
import bundled from '../../../public/data/china-dprk.json';

const r = validateDataset(bundled);
if (!r.ok) throw new Error('bundled dataset invalid');
const timeline = r.timeline;
const ids = (f: Partial<typeof NO_FILTER>) =>
  filterEvents(timeline, { ...NO_FILTER, ...f }).map((e) => e.id);

describe('filterEvents on the bundled dataset', () => {
  it('lets everything through with no filter', () => {
    expect(ids({})).toHaveLength(timeline.events.length);
  });

  it('filters by a year range, inclusive, by the period a date could be', () => {
    expect(ids({ from: 2022, to: 2022 })).toEqual([
      'dprk-olympics-letter-2022',
      'kim-olympics-message-2022',
      'kim-verbal-message-2022',
      'xi-reply-new-situation-2022',
    ]);
    expect(ids({ from: 1940, to: 1961 })).toEqual([
      'diplomatic-ties-1949',
      'friendship-treaty-1961',
    ]);
    expect(ids({ from: 2025 })).toHaveLength(4);
  });

  it('filters by leader: taking part or quoted', () => {
    expect(ids({ leaders: ['kim-il-sung'] })).toEqual(['friendship-treaty-1961']);
    expect(ids({ leaders: ['xi-jinping'] })).not.toContain('diplomatic-ties-1949');
    expect(ids({ leaders: ['kim-il-sung', 'zhou-enlai'] })).toEqual(['friendship-treaty-1961']);
  });

  it('searches titles, summaries and quotes, case-insensitively, all words', () => {
    expect(ids({ q: 'WINTER olympics' })).toEqual([
      'dprk-olympics-letter-2022',
      'kim-olympics-message-2022',
      'kim-verbal-message-2022',
    ]);
    expect(ids({ q: 'lips teeth' })).toEqual([]);
    expect(ids({ q: 'militant friendship' })).toEqual(['treaty-60th-messages-2021']);
  });

  it('combines filters', () => {
    expect(ids({ leaders: ['kim-jong-un'], from: 2025, q: 'telegram' })).toEqual([
      'kim-telegram-prc-76th-2025',
      'xi-reply-prc-76th-2025',
    ]);
  });
});

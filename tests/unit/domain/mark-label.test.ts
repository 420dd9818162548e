import { describe, expect, it } from 'vitest';
import { chartName, markName, truncate, visibleLabelTitle } from '../../../src/domain/mark-label';
import { bundledTimeline, fiveSideTimeline } from './bundled-timelines';

/**
 * How axe-core's label-content-name-mismatch compares a control's visible text with its name:
 * lower case, punctuation dropped, white space collapsed, then "is one inside the other".
 */
const curate = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&£¢¥§€()*+,\-./:;<=>?@[\]^_`{|}~±]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('markName', () => {
  it.each([
    ['the bundled dataset', bundledTimeline],
    ['the five-side example', fiveSideTimeline],
  ])('starts with the label a mark shows, for every event of %s', (_, build) => {
    for (const e of build().events) {
      const visible = `${e.dateLabel} ${visibleLabelTitle(e)}`;
      expect(curate(markName(e)).startsWith(curate(visible)), markName(e)).toBe(true);
    }
  });

  it('adds the full title and a different reported date after the label', () => {
    const e = bundledTimeline().eventById.get('ties-75th-messages-2024');
    expect(e && markName(e)).toBe(
      "6 Oct 2024: Ties' 75th: messages — Messages on the 75th anniversary of diplomatic ties",
    );
    const reply = bundledTimeline().events.find((x) => x.reportedLabel === '26 Feb 2022');
    expect(reply && markName(reply)).toMatch(/^20–26 Feb 2022: .* \(reported 26 Feb 2022\)$/);
  });
});

describe('truncate', () => {
  it('cuts long titles to the label length with an ellipsis, and leaves short ones', () => {
    expect(truncate('Short')).toBe('Short');
    expect(truncate('x'.repeat(40))).toHaveLength(30);
    expect(truncate('x'.repeat(40)).endsWith('…')).toBe(true);
  });
});

describe('chartName', () => {
  it('counts one event in the singular and any other number in the plural', () => {
    expect(chartName(1)).toBe('Timeline chart, 1 event');
    expect(chartName(0)).toBe('Timeline chart, 0 events');
    expect(chartName(12)).toBe('Timeline chart, 12 events');
  });
});

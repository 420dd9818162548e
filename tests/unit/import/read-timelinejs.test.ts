// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/domain/import/import-dataset';
import { eventTitled, importFixture, valid } from './fixtures';

describe('TimelineJS JSON', () => {
  const result = importFixture('korea-china.timelinejs.json');

  it('is recognised from its content, whatever the file is called', () => {
    expect(result.format).toBe('timelinejs');
    const text = JSON.stringify({ events: [{ start_date: { year: 1949 } }] });
    expect(importDataset(text, { fileName: 'timeline.csv' }).format).toBe('timelinejs');
  });

  it('takes the title slide, every event and every era', () => {
    const d = valid(result);
    expect(d.title).toBe('Korea and China: two thousand years');
    expect(d.description).toBe('A short test timeline written for this project.');
    expect(d.events.map((e) => e.title)).toEqual([
      'The Lelang commandery',
      'Silla and Tang take Pyongyang',
      'Chinese volunteers cross the Yalu',
      'Treaty of Friendship & Cooperation',
    ]);
    expect(d.eras?.map((e) => [e.title, e.date])).toEqual([
      ['Four Commanderies', '-0107/0313'],
      ['Korean War', '1950-06-25/1953-07-27'],
    ]);
  });

  it('makes groups into sides, and the ungrouped into one more', () => {
    const d = valid(result);
    expect(d.sides).toEqual([
      { id: 'china', name: 'China' },
      { id: 'korea', name: 'Korea' },
      { id: 'other', name: 'Other' },
    ]);
    expect(eventTitled(d, 'Silla and Tang take Pyongyang').side).toBe('korea');
  });

  it('uses unique_id as the id, made valid, else a stable id from headline and date', () => {
    const d = valid(result);
    expect(d.events.map((e) => e.id)).toEqual([
      'lelang',
      'silla-and-tang-take-pyongyang-0668-09',
      'chinese-volunteers-cross-the-yalu-1950-10-19',
      'treaty-of-1961',
    ]);
    // Stable: the same file gives the same ids again.
    expect(valid(importFixture('korea-china.timelinejs.json')).events.map((e) => e.id)).toEqual(
      d.events.map((e) => e.id),
    );
  });

  it('reads BCE years (TimelineJS -108 is 108 BC, EDTF -0107), string parts and end dates', () => {
    const d = valid(result);
    expect(eventTitled(d, 'The Lelang commandery').date).toBe('-0107/0313');
    expect(eventTitled(d, 'Chinese volunteers cross the Yalu').date).toBe('1950-10-19');
  });

  it('keeps display_date, from the event or its start_date, as the label to show', () => {
    const d = valid(result);
    expect(eventTitled(d, 'The Lelang commandery').displayDate).toBe('108 BCE – 313 CE');
    expect(eventTitled(d, 'Chinese volunteers cross the Yalu').displayDate).toBe(
      'Night of 19 October 1950',
    );
  });

  it('keeps http(s) media as a link with its credit and caption as text, and drops the rest', () => {
    const d = valid(result);
    expect(eventTitled(d, 'The Lelang commandery').media).toEqual({
      url: 'https://example.org/lelang.jpg',
      credit: 'Example archive',
      caption: 'A seal of the commandery',
    });
    expect(eventTitled(d, 'Silla and Tang take Pyongyang').media).toBeUndefined();
  });

  it('keeps the text as paragraphs and links, without its markup or script', () => {
    const e = eventTitled(valid(result), 'The Lelang commandery');
    expect(e.summary).toBe('Han China rules the north of the peninsula.\n\nSee a map and this.');
    expect(e.links).toEqual([{ url: 'https://example.org/lelang', text: 'a map' }]);
  });

  it('places problems by JSON path, and gives no dataset', () => {
    const text = JSON.stringify({
      events: [
        { start_date: { year: 1949 }, text: { headline: 'Fine' } },
        { start_date: { year: '19x5' }, text: { headline: 'Bad year' } },
        { start_date: { year: 1950, month: 2, day: 30 }, text: { headline: 'Bad day' } },
        { start_date: { year: 1951 }, end_date: { year: 1950 }, text: { headline: 'Backwards' } },
        { start_date: { year: 1952 } },
        { text: { headline: 'No date' } },
      ],
    });
    const r = importDataset(text);
    expect(r.dataset).toBeNull();
    expect(r.problems).toEqual([
      { path: 'events[1].start_date.year', message: '"19x5" is not a year' },
      { path: 'events[2].start_date.day', message: '30 is not a day of that month (1 to 28)' },
      {
        path: 'events[3].start_date',
        message: '"1951/1950" is not a valid interval: it ends before it starts',
      },
      { path: 'events[4].text.headline', message: 'this field is missing' },
      { path: 'events[5].start_date', message: 'an event needs a start_date with a year' },
    ]);
  });

  it('says what is wrong with JSON that is neither format', () => {
    const r = importDataset('{"events": [{"start_date": {"year": 1}}], "events": []}');
    expect(r.problems[0]?.message).toMatch(/a key appears twice/);
    expect(importDataset('{"start_date": 1}').problems[0]?.message).toMatch(
      /neither this app's dataset .* nor a TimelineJS timeline/,
    );
    expect(importDataset('{"title": "x"}').problems[0]?.message).toMatch(/format/);
  });
});

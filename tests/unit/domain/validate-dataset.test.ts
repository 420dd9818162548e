import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../src/domain/problem';
import { MAX_PROBLEMS, validateDataset } from '../../../src/domain/validate-dataset';
import { validDataset } from './fixtures';
import bundledJson from '../../../public/data/china-dprk.json';

function problemsOf(input: unknown): string[] {
  const r = validateDataset(input);
  if (r.ok) return [];
  return r.problems.map(problemToString);
}

describe('the bundled dataset', () => {
  const bundled: unknown = bundledJson;

  it('is valid', () => {
    expect(problemsOf(bundled)).toEqual([]);
  });

  it('holds the milestones the product promises, in time order', () => {
    const r = validateDataset(bundled);
    if (!r.ok) throw new Error('invalid');
    const labels = r.timeline.events.map((e) => `${e.dateLabel}: ${e.id}`);
    expect(labels[0]).toBe('6 Oct 1949: diplomatic-ties-1949');
    expect(labels[1]).toBe('11 Jul 1961: friendship-treaty-1961');
    expect(labels).toContain('6 Oct 2024: ties-75th-messages-2024');
    expect(labels.at(-1)).toBe('9 Oct 2025: xi-reply-prc-76th-2025');
    const anniversary = r.timeline.eventById.get('ties-75th-messages-2024');
    expect(anniversary?.data.sources).toHaveLength(2);
  });
});

describe('validateDataset', () => {
  it('accepts a valid dataset and links replies both ways', () => {
    const r = validateDataset(validDataset());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.timeline.events.map((e) => e.id)).toEqual(['ties', 'telegram', 'reply']);
    expect(r.timeline.eventById.get('telegram')?.replies).toEqual(['reply']);
    expect(r.timeline.eventById.get('reply')?.reportedLabel).toBe('12 Oct 2025');
    expect(r.timeline.lanes.map((l) => l.id)).toEqual(['cn', 'joint', 'kp']);
    expect(r.timeline.years).toEqual([1949, 2025]);
  });

  it('names the path and the problem for an impossible date', () => {
    const d = validDataset();
    (d.events[1] as { date: string }).date = '2024-13-01';
    expect(problemsOf(d)).toEqual([
      'events[1].date: "2024-13-01" is not a valid date: there is no month 13',
    ]);
  });

  it('reports a missing field, a wrong type and an unknown field with their paths', () => {
    const d = validDataset() as unknown as Record<string, unknown> & {
      events: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    delete d.events[0]?.title;
    if (d.sources[0]) d.sources[0].outlet = 42;
    if (d.events[2]) d.events[2].colour = 'red';
    expect(problemsOf(d)).toEqual(
      expect.arrayContaining([
        'events[0].title: this field is missing',
        'sources[0].outlet: expected string, got number 42',
        'events[2]: unknown field "colour"',
      ]),
    );
  });

  it('rejects an unknown event kind, listing the allowed ones', () => {
    const d = validDataset() as unknown as { events: { kind: string }[] };
    if (d.events[0]) d.events[0].kind = 'battle';
    expect(problemsOf(d)[0]).toMatch(
      /^events\[0\]\.kind: "battle" is not an event kind: use one of /,
    );
  });

  it('rejects another format or version', () => {
    expect(problemsOf({ ...validDataset(), version: 2 })).toEqual([
      'version: this app reads version 1 of the format',
    ]);
    expect(problemsOf({ ...validDataset(), format: 'other' })[0]).toMatch(/^format: the format/);
  });

  it('reports every problem, not just the first', () => {
    const d = validDataset() as unknown as { events: { date: string; title: string }[] };
    d.events.forEach((e) => {
      e.date = 'soon';
      e.title = '';
    });
    expect(problemsOf(d)).toHaveLength(6);
  });

  it('caps a flood of problems and counts the rest', () => {
    const d = validDataset();
    const event = d.events[0];
    if (!event) throw new Error('fixture');
    d.events = Array.from({ length: 80 }, (_, i) => ({ ...event, id: `e${i}`, date: 'never' }));
    const problems = problemsOf(d);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toBe('(dataset): and 30 more problems not shown');
  });

  it.each([null, 42, 'text', [], { format: 'china-dprk-timeline/dataset' }])(
    'returns problems, never throws, for %j',
    (input) => {
      const r = validateDataset(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { problemToString } from '../../../src/domain/problem';
import { validateDataset } from '../../../src/domain/validate-dataset';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { validDataset } from './fixtures';

function problemsAfter(change: (d: Dataset) => void): string[] {
  const d = validDataset();
  change(d);
  const r = validateDataset(d);
  return r.ok ? [] : r.problems.map(problemToString);
}

const ev = (d: Dataset, i: number) => {
  const e = d.events[i];
  if (!e) throw new Error(`fixture has no event ${i}`);
  return e;
};

describe('references between records', () => {
  it('finds duplicate ids and says where the first one is', () => {
    expect(problemsAfter((d) => (ev(d, 2).id = 'ties'))).toContain(
      'events[2].id: duplicate event id "ties" (first used at events[0])',
    );
  });

  it('finds a source that does not exist', () => {
    expect(problemsAfter((d) => (ev(d, 0).sources = ['nowhere']))).toEqual([
      'events[0].sources[0]: "nowhere" does not match any source id in sources',
    ]);
  });

  it('finds an unknown person, side and speaker', () => {
    expect(
      problemsAfter((d) => {
        ev(d, 1).people = ['mao'];
        ev(d, 1).side = 'us';
        const quote = ev(d, 2).quotes[0];
        if (quote) quote.speaker = 'nobody';
      }),
    ).toEqual([
      'events[1].side: "us" does not match any side id in sides (or "joint")',
      'events[1].people[0]: "mao" does not match any person id in people',
      'events[2].quotes[0].speaker: "nobody" does not match any person id in people',
    ]);
  });

  it('requires a quote to come from one of its event’s sources', () => {
    expect(
      problemsAfter((d) => {
        const quote = ev(d, 2).quotes[0];
        if (quote) quote.source = 's1';
      }),
    ).toEqual(['events[2].quotes[0].source: "s1" is not among this event\'s sources']);
  });

  it('finds a reply to a missing event, to itself, or dated before what it answers', () => {
    expect(problemsAfter((d) => (ev(d, 2).inReplyTo = ['ghost']))).toEqual([
      'events[2].inReplyTo[0]: "ghost" does not match any event id in events',
    ]);
    expect(problemsAfter((d) => (ev(d, 2).inReplyTo = ['reply']))).toEqual([
      'events[2].inReplyTo[0]: an event cannot reply to itself',
    ]);
    expect(problemsAfter((d) => (ev(d, 2).date = '2025-09-01'))).toEqual([
      'events[2].inReplyTo[0]: this reply ("2025-09-01") is dated before "telegram" ("2025-10-01~")',
    ]);
  });

  it('refuses a reported date before the event', () => {
    expect(problemsAfter((d) => (ev(d, 2).reported = '2025-10-08'))).toEqual([
      'events[2].reported: "2025-10-08" is before the event itself ("2025-10-09")',
    ]);
  });

  it('accepts a report on the same day as the event', () => {
    expect(problemsAfter((d) => (ev(d, 2).reported = '2025-10-09'))).toEqual([]);
  });

  it('reserves the "joint" side id', () => {
    expect(problemsAfter((d) => d.sides.push({ id: 'joint', name: 'Both' }))).toContain(
      'sides[2].id: "joint" is reserved for what the sides do together',
    );
  });

  it('finds a person on an unknown side and an era citing an unknown source', () => {
    expect(
      problemsAfter((d) => {
        const person = d.people[0];
        if (person) person.side = 'ru';
        d.eras = [{ id: 'era', title: 'An era', date: '2020/2023', sources: ['s9'] }];
      }),
    ).toEqual([
      'people[0].side: "ru" does not match any side id in sides',
      'eras[0].sources[0]: "s9" does not match any source id in sources',
    ]);
  });
});

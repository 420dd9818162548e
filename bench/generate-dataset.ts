/**
 * A synthetic dataset of any size, for measuring the app on more than the bundled dozen events.
 * It is deterministic: the same count and seed always give the same dataset, on any machine. It
 * aims to look like real data to the code that reads it: two sides and "joint", ~20 people, ~50
 * sources, events from 1949 to 2025 crowding towards recent years, dates at every precision
 * (approximate, uncertain, a few days' intervals), quotes, replies to earlier messages and late
 * reports. Every dataset it makes passes validateDataset.
 *
 *   tsx bench/generate-dataset.ts <count> <out.json> [seed]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Dataset,
  DatasetEvent,
  EventKind,
  Person,
  Source,
} from '../src/domain/dataset-schema';
import { DATASET_FORMAT, DATASET_VERSION, JOINT_SIDE } from '../src/domain/dataset-schema';
import { dateSpan, parseEdtf } from '../src/domain/edtf';

type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG; plenty for test data, not for secrets. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2025;
const DAY = 86_400_000;

const OUTLETS = [
  'Yonhap',
  'Reuters',
  'The Hill',
  'South China Morning Post',
  'NK News',
  'Xinhua',
  'The Korea Herald',
  'Associated Press',
] as const;
const AGENCIES = ['AFP', 'Yonhap', 'Reuters', 'AP', 'Xinhua', 'KCNA', null] as const;
const CN_NAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'];
const CN_GIVEN = ['Wei', 'Fang', 'Jun', 'Lei', 'Min', 'Tao', 'Hui', 'Qiang', 'Yan', 'Bo'];
const KP_NAMES = ['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Han', 'O', 'Kang', 'Yun', 'Jang'];
const KP_GIVEN = ['Chol', 'Song', 'Il', 'Nam', 'Hyok', 'Sun', 'Myong', 'Yong', 'Hui', 'Gwang'];
const ROLES = [
  'Head of state',
  'Premier',
  'Foreign minister',
  'Vice foreign minister',
  'Ambassador',
  'Party secretary',
  'Defence minister',
  'Envoy',
];
const WORDS = [
  'friendship',
  'cooperation',
  'socialist',
  'cause',
  'strategic',
  'communication',
  'brotherly',
  'peoples',
  'region',
  'peace',
  'stability',
  'new',
  'era',
  'relations',
  'further',
  'develop',
  'support',
  'firmly',
  'together',
  'shared',
  'future',
  'the',
  'of',
  'and',
  'our',
  'two',
];
/** Relative weights: messages and meetings are common, treaties rare. */
const KIND_WEIGHTS: readonly (readonly [EventKind, number])[] = [
  ['diplomatic-milestone', 1],
  ['treaty', 0.4],
  ['visit', 2],
  ['talks', 2],
  ['message', 3],
  ['exchange-of-messages', 1],
  ['statement', 2],
];
const KIND_VERB: Record<EventKind, string> = {
  'diplomatic-milestone': 'Milestone in relations',
  treaty: 'Treaty signed',
  visit: 'State visit',
  talks: 'Talks held',
  message: 'Message sent',
  'exchange-of-messages': 'Messages exchanged',
  statement: 'Statement issued',
  event: 'Event recorded', // the kind of imported events; not drawn here (no weight above)
};
const isMessage = (kind: EventKind) => kind === 'message' || kind === 'exchange-of-messages';

class Draw {
  constructor(private readonly next: Random) {}
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    const item = list[this.int(0, list.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Up to `n` distinct items, in list order. */
  some<T>(list: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(n, list.length);
    while (chosen.size < want) chosen.add(this.int(0, list.length - 1));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i] as T);
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    const last = entries.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  words(min: number, max: number): string {
    return Array.from({ length: this.int(min, max) }, () => this.pick(WORDS)).join(' ');
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD" for a UTC day number (days since 1970-01-01). */
function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Years crowd towards the present: about half the events fall in the last 20 years. */
function eventYear(draw: Draw): number {
  const u = draw.int(0, 1_000_000) / 1_000_000;
  return Math.max(FIRST_YEAR, LAST_YEAR - Math.floor((LAST_YEAR - FIRST_YEAR + 1) * u * u));
}

/** An EDTF date at a random precision, and the last UTC day it can denote. */
function eventDate(draw: Draw): { date: string; lastDay: number } {
  const year = eventYear(draw);
  const month = draw.int(1, 12);
  const day = draw.int(1, daysIn(year, month));
  const r = draw.int(0, 999) / 1000;
  if (r < 0.05) {
    // An interval of a few days: a visit, a round of talks.
    const first = dayOf(year, month, day);
    const last = first + draw.int(1, 4);
    return { date: `${isoDay(first)}/${isoDay(last)}`, lastDay: last };
  }
  const qualifier = r < 0.15 ? '~' : r < 0.18 ? '?' : '';
  const precision = draw.weighted<'year' | 'month' | 'day'>([
    ['year', 1],
    ['month', 2],
    ['day', 7],
  ]);
  if (precision === 'year') {
    return { date: `${year}${qualifier}`, lastDay: dayOf(year, 12, 31) };
  }
  if (precision === 'month') {
    return {
      date: `${year}-${pad(month)}${qualifier}`,
      lastDay: dayOf(year, month, daysIn(year, month)),
    };
  }
  return {
    date: `${year}-${pad(month)}-${pad(day)}${qualifier}`,
    lastDay: dayOf(year, month, day),
  };
}

function startOf(date: string): number {
  const r = parseEdtf(date);
  if (!r.ok) throw new Error(`generated an invalid date: ${r.error}`);
  return dateSpan(r.value).start;
}

function makePeople(draw: Draw): Person[] {
  const people: Person[] = [];
  for (const side of ['cn', 'kp'] as const) {
    const family = side === 'cn' ? CN_NAMES : KP_NAMES;
    const given = side === 'cn' ? CN_GIVEN : KP_GIVEN;
    for (let i = 0; i < 10; i++) {
      const person: Person = {
        id: `${side}-person-${pad(i + 1)}`,
        name: `${family[i] ?? 'Kim'} ${draw.pick(given)}`,
        role: draw.pick(ROLES),
        side,
      };
      if (draw.chance(0.5)) person.nativeName = side === 'cn' ? '王伟' : '김철';
      people.push(person);
    }
  }
  return people;
}

function makeSources(draw: Draw): Source[] {
  return Array.from({ length: 50 }, (_, i) => {
    const year = draw.int(1995, LAST_YEAR);
    const month = draw.int(1, 12);
    const source: Source = {
      id: `source-${pad(i + 1)}`,
      outlet: draw.pick(OUTLETS),
      headline: `${draw.words(4, 12)} (${year})`,
      published: draw.chance(0.3)
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(draw.int(1, daysIn(year, month)))}`,
      agency: draw.pick(AGENCIES),
    };
    if (draw.chance(0.7)) source.url = `https://news.example.org/articles/${source.id}`;
    if (draw.chance(0.5)) source.seed = `${pad(i + 1, 3)}_synthetic.txt`;
    if (draw.chance(0.05)) source.fromRecord = ['The page is undated; its date is inferred.'];
    return source;
  });
}

export function generateDataset(count: number, seed = 1): Dataset {
  const draw = new Draw(mulberry32(seed));
  const people = makePeople(draw);
  const sources = makeSources(draw);
  const sourceIds = sources.map((s) => s.id);

  const drafts = Array.from({ length: count }, (_, n) => {
    const kind = draw.weighted(KIND_WEIGHTS);
    const side =
      kind === 'treaty' || kind === 'exchange-of-messages' || draw.chance(0.15)
        ? JOINT_SIDE
        : draw.pick(['cn', 'kp']);
    const { date, lastDay } = eventDate(draw);
    const eventSources = draw.some(sourceIds, draw.int(1, 3));
    const sidePeople = people.filter((p) => side === JOINT_SIDE || p.side === side);
    const eventPeople = draw.some(sidePeople, draw.int(0, 3)).map((p) => p.id);
    const quoteCount = draw.int(0, 3);
    if (quoteCount > 0 && eventPeople.length === 0) eventPeople.push(draw.pick(sidePeople).id);
    const event: DatasetEvent = {
      id: '',
      title: `${KIND_VERB[kind]}: ${draw.words(3, 10)}`,
      summary: `${draw.words(15, 60)}.`,
      date,
      kind,
      side,
      people: eventPeople,
      sources: eventSources,
      quotes: Array.from({ length: quoteCount }, () => ({
        speaker: draw.pick(eventPeople),
        text: draw.words(5, 40),
        agency: draw.pick(AGENCIES),
        source: draw.pick(eventSources),
      })),
    };
    if (draw.chance(0.3)) event.shortTitle = `${KIND_VERB[kind]} ${n + 1}`.slice(0, 40);
    if (draw.chance(0.05)) {
      const reported = lastDay + draw.int(0, 60);
      event.reported = isoDay(reported);
    }
    if (draw.chance(0.03)) event.fromRecord = ['The exact day is from the public record.'];
    return { event, start: startOf(date) };
  });

  // Time order (stable on ties), so a reply can only answer a message at or before its start:
  // it then always ends after the answered message starts, which is all the rule requires.
  drafts.sort((a, b) => a.start - b.start);
  const width = String(count).length;
  const earlierMessages: string[] = [];
  const events = drafts.map(({ event }, i) => {
    event.id = `event-${pad(i + 1, width)}`;
    if (isMessage(event.kind)) {
      if (earlierMessages.length > 0 && draw.chance(0.2)) {
        // Answer one of the last few messages, as real replies do.
        event.inReplyTo = [draw.pick(earlierMessages.slice(-5))];
      }
      earlierMessages.push(event.id);
    }
    return event;
  });

  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: `Synthetic China–North Korea timeline (${count} events, seed ${seed})`,
    description: 'Generated by bench/generate-dataset.ts for measurement; none of it is true.',
    sides: [
      { id: 'cn', name: "People's Republic of China", shortName: 'China' },
      { id: 'kp', name: "Democratic People's Republic of Korea", shortName: 'North Korea' },
    ],
    sources,
    people,
    events,
    eras: [
      { id: 'founding', title: 'Founding years', date: '1949/1961', sources: [] },
      { id: 'cold-war', title: 'Cold War alliance', date: '1961/1991', sources: [] },
      { id: 'after-cold-war', title: 'After the Cold War', date: '1992/2017', sources: [] },
      {
        id: 'summits',
        title: 'The summit years',
        date: '2018/..',
        sources: draw.some(sourceIds, 2),
      },
    ],
  };
}

function main(args: readonly string[]): number {
  const [countText, out, seedText = '1'] = args;
  const count = Number(countText);
  const seed = Number(seedText);
  if (
    !Number.isSafeInteger(count) ||
    count < 0 ||
    out === undefined ||
    !Number.isSafeInteger(seed)
  ) {
    console.error('usage: tsx bench/generate-dataset.ts <count> <out.json> [seed]');
    return 2;
  }
  writeFileSync(out, `${JSON.stringify(generateDataset(count, seed), null, 2)}\n`);
  console.log(`wrote ${count} events (seed ${seed}) to ${out}`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = main(process.argv.slice(2));
}

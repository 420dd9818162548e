/**
 * The dataset worker checks references and builds the model from outlines of a large file's
 * events (event-outline.ts), not the events themselves: it must find the same problems, with the
 * same paths and words, and send the page the same model, to the last label.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset';
import bundled from '../../../public/data/china-dprk.json';
import summits from '../../../public/examples/summit-diplomacy-2018-2019.json';
import { timelineHead } from '../../../src/data/timeline-transfer';
import { checkReferences } from '../../../src/domain/dataset-references';
import type { Dataset, DatasetEvent } from '../../../src/domain/dataset-schema';
import type { DatasetOutline } from '../../../src/domain/event-outline';
import { outlineEvent } from '../../../src/domain/event-outline';
import { buildTimeline } from '../../../src/domain/timeline-model';
import { NOW } from './bundled-timelines';
import { validDataset } from './fixtures';

const outlined = (d: Dataset): DatasetOutline => ({ ...d, events: d.events.map(outlineEvent) });

/** The head the worker would send for the dataset (typed arrays compared by their contents). */
function modelOf(d: DatasetOutline) {
  return timelineHead(buildTimeline(d as Dataset, NOW));
}

/** The fixture with every optional field of an event set on one of them. */
function fullFixture(): Dataset {
  const d = validDataset();
  const reply = d.events[2];
  if (!reply) throw new Error('the fixture has changed');
  Object.assign(reply, {
    shortTitle: 'Reply',
    summary: 'What was said',
    displayDate: 'Spring 2021',
    fromRecord: ['A note'],
    media: { url: 'https://example.org/p.jpg', credit: 'A credit', caption: 'A caption' },
    links: [{ url: 'https://example.org/b', text: 'More' }],
  });
  return d;
}

const datasets: [string, () => Dataset][] = [
  ['the bundled China–North Korea dataset', () => structuredClone(bundled) as Dataset],
  ['the summit example', () => structuredClone(summits) as Dataset],
  ['the test fixture, every optional field set', fullFixture],
  ['a generated dataset of 2 000 events', () => generateDataset(2_000, 7) as Dataset],
];

describe('outlineEvent', () => {
  it.each(datasets)('gives the model of %s exactly as its events do', (_, make) => {
    const d = make();
    expect(modelOf(outlined(d))).toEqual(modelOf(d));
  });

  it('leaves out the words: summaries, quotations, links and media', () => {
    const event = fullFixture().events[2] as DatasetEvent;
    const outline = outlineEvent({ ...event, quotes: [{ ...quoteOf(), text: 'Words' }] });
    expect(JSON.stringify(outline)).not.toMatch(/What was said|Words|example\.org|A note/);
    expect(outline.quotes).toEqual([{ speaker: quoteOf().speaker, source: quoteOf().source }]);
  });

  /** A reference broken in one place: each kind checkReferences reports. */
  const breakage = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom(
      'side',
      'person',
      'source',
      'no-source',
      'quote-speaker',
      'quote-source',
      'duplicate-id',
      'reply-to-self',
      'reply-to-none',
      'reply-before',
      'reported-before',
    ),
  });

  it('finds the same reference problems in outlines as in the events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.nat(),
        fc.array(breakage, { minLength: 1, maxLength: 3 }),
        (count, seed, breaks) => {
          const d = generateDataset(count, seed) as Dataset;
          for (const { at, kind } of breaks) breakReference(d, at, kind);
          const problems = checkReferences(d);
          expect(problems.length).toBeGreaterThan(0);
          expect(checkReferences(outlined(d))).toEqual(problems);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function quoteOf() {
  const quote = validDataset().events.flatMap((e) => e.quotes)[0];
  if (!quote) throw new Error('the fixture has no quotation');
  return quote;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function breakReference(d: Dataset, at: number, kind: string): void {
  const events = d.events as Mutable<DatasetEvent>[];
  const i = at % events.length;
  const e = events[i] as Mutable<DatasetEvent>;
  const other = events[(i + 1) % events.length] as DatasetEvent;
  switch (kind) {
    case 'side':
      e.side = 'nowhere';
      break;
    case 'person':
      e.people = [...e.people, 'nobody'];
      break;
    case 'source':
      e.sources = [...e.sources, 'no-such-source'];
      break;
    case 'no-source':
      e.sources = [];
      break;
    case 'quote-speaker':
      e.quotes = [...e.quotes, { speaker: 'nobody', text: 'Words', agency: null, source: 'x' }];
      break;
    case 'quote-source':
      e.quotes = [
        ...e.quotes,
        { speaker: e.people[0] ?? 'x', text: 'Words', agency: null, source: 'elsewhere' },
      ];
      break;
    case 'duplicate-id':
      e.id = other.id;
      break;
    case 'reply-to-self':
      e.inReplyTo = [e.id];
      break;
    case 'reply-to-none':
      e.inReplyTo = ['no-such-event'];
      break;
    case 'reply-before':
      e.date = '1900-01-01';
      e.inReplyTo = [other.id];
      break;
    case 'reported-before':
      e.reported = '1900-01-01';
      break;
  }
}

/**
 * The dataset format, version 1. This zod schema is the single source of the TypeScript types
 * (below) and of the JSON Schema published at public/schema/dataset.v1.schema.json
 * (scripts/generate-json-schema.ts). Checks that span several records (unique ids, references,
 * date order) live in dataset-references.ts.
 *
 * It uses zod/mini, zod's tree-shakable API: the same validation at about a quarter of the bytes
 * of the classic API. The page's first load does without it (validate-dataset-lazily.ts): zod runs
 * there only when a dataset has a problem to report.
 */
import * as z from 'zod/mini';
import { parseEdtf } from './edtf';
import { isLanguageTag } from './language-tag';

import { DATASET_FORMAT, DATASET_VERSION, EVENT_KINDS } from './dataset-constants';

export { DATASET_FORMAT, DATASET_VERSION, EVENT_KINDS, JOINT_SIDE } from './dataset-constants';

// One point: a year of four digits (negative before 1 BC) with month and day, or a long "Y" year.
const EDTF_POINT = '(-?\\d{4}(-\\d{2}(-\\d{2})?)?|Y-?[1-9]\\d{4,5})[~?%]?';
const EDTF_PATTERN = `^(\\.\\.|${EDTF_POINT})?(/(\\.\\.|${EDTF_POINT})?)?$`;

const quoted = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // a BigInt or a cycle, from a JavaScript caller
  }
};

const missingOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${message.split(' must ')[0]} is missing` : message;

const text = (what: string, max: number) =>
  z
    .string({ error: missingOr(`${what} must be text`) })
    .check(
      z.trim(),
      z.minLength(1, { error: `${what} is empty` }),
      z.maxLength(max, { error: `${what} is longer than ${max} characters` }),
    );

const id = () =>
  z.string({ error: missingOr('an id must be text') }).check(
    z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
      error: (issue) =>
        `${quoted(issue.input)} is not a valid id: use 1–64 lowercase letters, digits and hyphens`,
    }),
  );

const described = <T extends z.ZodMiniType>(schema: T, description: string, extra = {}): T => {
  z.globalRegistry.add(schema, { description, ...extra });
  return schema;
};

const edtf = (description: string) =>
  described(
    z
      .string({
        error: missingOr('a date must be an EDTF string such as "1961", "2021-07" or "2024-10-06"'),
      })
      .check(
        z.superRefine((value, ctx) => {
          const r = parseEdtf(value);
          if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error, input: value });
        }),
      ),
    description,
    { pattern: EDTF_PATTERN },
  );

const DATE_HELP =
  'An EDTF (ISO 8601-2) level 0/1 date: "1961", "2021-07", "2024-10-06", "2021-07~" (approximate), "2021?" (uncertain), or an interval "2019-06-20/2019-06-21" with ".." for an open end.';

const HttpUrl = z.string({ error: 'a URL must be text' }).check(
  z.refine(
    (value) => {
      try {
        const u = new URL(value);
        return u.protocol === 'https:' || u.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { error: (issue) => `${quoted(issue.input)} is not an http(s) URL` },
  ),
);

/** Facts filled in from the public record rather than the cited articles, each said in words. */
const fromRecord = () =>
  z.optional(
    described(
      z.array(text('a from-record note', 500)).check(z.maxLength(20)),
      'Facts given here that the cited articles only imply, filled in from the public record; each note says which and why.',
    ),
  );

const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

export const SideSchema = z.strictObject({
  id: id(),
  name: text('a side name', 80),
  shortName: z.optional(text('a short side name', 24)),
  lang: z.optional(
    described(
      z.string({ error: 'a language tag must be text' }).check(
        z.refine(isLanguageTag, {
          error: (issue) =>
            `${quoted(issue.input)} is not a BCP 47 language tag: use one such as "zh", "ko" or "ru"`,
        }),
      ),
      'The BCP 47 language of this side\'s native names (people\'s nativeName), e.g. "zh" or "ko".',
    ),
  ),
});

export const SourceSchema = z.strictObject({
  id: id(),
  outlet: text('an outlet', 120),
  headline: text('a headline', 300),
  published: edtf('Publication date, at the precision known.'),
  agency: described(
    z.nullable(text('an agency', 60)),
    'The wire agency whose copy the article is, by its byline or credit line (AFP, Yonhap, Reuters…), or null. An agency the article cites only for words it quotes belongs in quotesVia.',
  ),
  quotesVia: z.optional(
    described(
      list(text('an agency', 60), 20),
      'The agencies the article credits for words it quotes ("according to KCNA"), shown as "quotes via"; not a claim that the article is their copy.',
    ),
  ),
  url: z.optional(HttpUrl),
  seed: z.optional(
    described(
      text('a seed file name', 200),
      'The archived copy of the article this source was read from.',
    ),
  ),
  fromRecord: fromRecord(),
});

export const PersonSchema = z.strictObject({
  id: id(),
  name: text('a name', 120),
  nativeName: z.optional(text('a native name', 120)),
  role: text('a role', 200),
  side: described(id(), 'The id of the side this person acts for.'),
});

export const QuoteSchema = z.strictObject({
  speaker: described(id(), 'The id of the person quoted.'),
  text: described(text('a quote', 600), 'Verbatim words, as printed in the cited source.'),
  agency: described(
    z.nullable(text('an agency', 60)),
    'The agency that carried the words (KCNA, Xinhua, Reuters…), or null.',
  ),
  source: described(id(), 'The id of the source the words are quoted from.'),
});

export const EventSchema = z.strictObject({
  id: id(),
  title: text('a title', 200),
  shortTitle: z.optional(
    described(
      text('a short title', 40),
      'A label short enough for the chart; defaults to the title.',
    ),
  ),
  // Optional because an imported event may have only a headline (TimelineJS's text is optional).
  summary: z.optional(text('a summary', 2000)),
  date: edtf(DATE_HELP),
  reported: z.optional(
    edtf('When it was first reported, where that differs from when it happened.'),
  ),
  kind: z.enum(EVENT_KINDS, {
    error: (issue) =>
      issue.input === undefined
        ? 'an event kind is missing'
        : `${quoted(issue.input)} is not an event kind: use one of ${EVENT_KINDS.join(', ')}`,
  }),
  side: described(
    id(),
    'The id of the side that acted, or "joint" for what both sides did together.',
  ),
  people: list(id(), 50),
  // At least one when the dataset lists sources at all (dataset-references.ts): an imported
  // timeline may cite none, and says so rather than invent any.
  sources: list(id(), 50),
  quotes: list(QuoteSchema, 50),
  inReplyTo: z.optional(
    described(list(id(), 20), 'Ids of the events (messages) this one answers.'),
  ),
  fromRecord: fromRecord(),
  displayDate: z.optional(
    described(
      text('a display date', 100),
      'The date as the timeline\'s author wrote it ("Spring 221 BC"), shown instead of the label made from `date`.',
    ),
  ),
  media: z.optional(
    described(
      z.strictObject({
        url: HttpUrl,
        credit: z.optional(text('a media credit', 300)),
        caption: z.optional(text('a media caption', 1000)),
      }),
      'A picture, video or page about the event, shown as a link (never embedded).',
    ),
  ),
  links: z.optional(
    described(
      list(z.strictObject({ url: HttpUrl, text: z.optional(text('a link text', 300)) }), 50),
      "Links the event's text made, kept as data and shown as links.",
    ),
  ),
});

export const EraSchema = z.strictObject({
  id: id(),
  title: text('a title', 200),
  date: edtf('An interval, e.g. "2020-01/2023-08".'),
  summary: z.optional(text('a summary', 2000)),
  sources: list(id(), 50),
  fromRecord: fromRecord(),
});

export const DatasetSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal(DATASET_FORMAT, {
      error: `the format must be "${DATASET_FORMAT}"`,
    }),
    version: z.literal(DATASET_VERSION, {
      error: `this app reads version ${DATASET_VERSION} of the format`,
    }),
    title: text('a title', 200),
    description: z.optional(text('a description', 2000)),
    sides: z
      .array(SideSchema)
      .check(
        z.minLength(1, { error: 'a dataset needs at least one side' }),
        z.maxLength(8, { error: 'a dataset has at most 8 sides' }),
      ),
    sources: list(SourceSchema, 10_000),
    people: list(PersonSchema, 10_000),
    events: list(EventSchema, 200_000),
    eras: z.optional(list(EraSchema, 1_000)),
  })
  .register(z.globalRegistry, {
    title: 'China–DPRK timeline dataset',
    description:
      'A timeline of events between two or more sides, each event dated at its true precision and tied to the sources that report it.',
  });

export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetEvent = z.infer<typeof EventSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Era = z.infer<typeof EraSchema>;
export type Side = z.infer<typeof SideSchema>;
export type EventMedia = NonNullable<DatasetEvent['media']>;
export type EventLink = NonNullable<DatasetEvent['links']>[number];
export type EventKind = (typeof EVENT_KINDS)[number];

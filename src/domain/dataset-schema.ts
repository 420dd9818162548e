/**
 * The dataset format, version 1. This zod schema is the single source of the TypeScript types
 * (below) and of the JSON Schema published at public/schema/dataset.v1.schema.json
 * (scripts/generate-json-schema.ts). Checks that span several records (unique ids, references,
 * date order) live in dataset-references.ts.
 */
import { z } from 'zod';
import { parseEdtf } from './edtf';

export const DATASET_FORMAT = 'china-dprk-timeline/dataset';
export const DATASET_VERSION = 1;

const EDTF_PATTERN =
  '^(\\.\\.|\\d{4}(-\\d{2}(-\\d{2})?)?[~?%]?)?(/(\\.\\.|\\d{4}(-\\d{2}(-\\d{2})?)?[~?%]?)?)?$';

const text = (what: string, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`),
    })
    .trim()
    .min(1, { error: `${what} is empty` })
    .max(max, { error: `${what} is longer than ${max} characters` });

const id = z
  .string({
    error: (issue) => (issue.input === undefined ? 'an id is missing' : 'an id must be text'),
  })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a valid id: use 1–64 lowercase letters, digits and hyphens`,
  });

export const EdtfString = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'a date is missing'
        : 'a date must be an EDTF string such as "1961", "2021-07" or "2024-10-06"',
  })
  .superRefine((value, ctx) => {
    const r = parseEdtf(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error, input: value });
  })
  .meta({
    description:
      'An EDTF (ISO 8601-2) level 0/1 date: "1961", "2021-07", "2024-10-06", "2021-07~" (approximate), "2021?" (uncertain), or an interval "2019-06-20/2019-06-21" with ".." for an open end.',
    pattern: EDTF_PATTERN,
  });

const HttpUrl = z.string({ error: 'a URL must be text' }).refine(
  (value) => {
    try {
      const u = new URL(value);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL` },
);

/** Facts filled in from the public record rather than the cited articles, each said in words. */
const FromRecord = z.array(text('a from-record note', 500)).max(20).optional().meta({
  description:
    'Facts given here that the cited articles only imply, filled in from the public record; each note says which and why.',
});

export const SideSchema = z
  .object({
    id,
    name: text('a side name', 80),
    shortName: text('a short side name', 24).optional(),
  })
  .strict();

export const SourceSchema = z
  .object({
    id,
    outlet: text('an outlet', 120),
    headline: text('a headline', 300),
    published: EdtfString.meta({ description: 'Publication date, at the precision known.' }),
    agency: text('an agency', 60).nullable().meta({
      description: 'The wire agency the article credits (AFP, Yonhap, Reuters…), or null.',
    }),
    url: HttpUrl.optional(),
    seed: text('a seed file name', 200)
      .optional()
      .meta({ description: 'The archived copy of the article this source was read from.' }),
    fromRecord: FromRecord,
  })
  .strict();

export const PersonSchema = z
  .object({
    id,
    name: text('a name', 120),
    nativeName: text('a native name', 120).optional(),
    role: text('a role', 200),
    side: id.meta({ description: 'The id of the side this person acts for.' }),
  })
  .strict();

export const QuoteSchema = z
  .object({
    speaker: id.meta({ description: 'The id of the person quoted.' }),
    text: text('a quote', 600).meta({
      description: 'Verbatim words, as printed in the cited source.',
    }),
    agency: text('an agency', 60).nullable().meta({
      description: 'The agency that carried the words (KCNA, Xinhua, Reuters…), or null.',
    }),
    source: id.meta({ description: 'The id of the source the words are quoted from.' }),
  })
  .strict();

export const EVENT_KINDS = [
  'diplomatic-milestone',
  'treaty',
  'visit',
  'talks',
  'message',
  'exchange-of-messages',
  'statement',
] as const;

export const EventSchema = z
  .object({
    id,
    title: text('a title', 200),
    shortTitle: text('a short title', 40)
      .optional()
      .meta({ description: 'A label short enough for the chart; defaults to the title.' }),
    summary: text('a summary', 2000),
    date: EdtfString,
    reported: EdtfString.optional().meta({
      description: 'When it was first reported, where that differs from when it happened.',
    }),
    kind: z.enum(EVENT_KINDS, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not an event kind: use one of ${EVENT_KINDS.join(', ')}`,
    }),
    side: id.meta({
      description: 'The id of the side that acted, or "joint" for what both sides did together.',
    }),
    people: z.array(id).max(50),
    sources: z.array(id).min(1, { error: 'an event needs at least one source' }).max(50),
    quotes: z.array(QuoteSchema).max(50),
    inReplyTo: z
      .array(id)
      .max(20)
      .optional()
      .meta({ description: 'Ids of the events (messages) this one answers.' }),
    fromRecord: FromRecord,
  })
  .strict();

export const EraSchema = z
  .object({
    id,
    title: text('a title', 200),
    date: EdtfString.meta({ description: 'An interval, e.g. "2020-01/2023-08".' }),
    summary: text('a summary', 2000).optional(),
    sources: z.array(id).max(50),
    fromRecord: FromRecord,
  })
  .strict();

export const DatasetSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(DATASET_FORMAT, {
      error: `the format must be "${DATASET_FORMAT}"`,
    }),
    version: z.literal(DATASET_VERSION, {
      error: `this app reads version ${DATASET_VERSION} of the format`,
    }),
    title: text('a title', 200),
    description: text('a description', 2000).optional(),
    sides: z
      .array(SideSchema)
      .min(1, { error: 'a dataset needs at least one side' })
      .max(8, { error: 'a dataset has at most 8 sides' }),
    sources: z.array(SourceSchema).max(10_000),
    people: z.array(PersonSchema).max(10_000),
    events: z.array(EventSchema).max(200_000),
    eras: z.array(EraSchema).max(1_000).optional(),
  })
  .strict()
  .meta({
    title: 'China–DPRK timeline dataset',
    description:
      'A timeline of events between two or more sides, each event dated at its true precision and tied to the sources that report it.',
  });

export const JOINT_SIDE = 'joint';

export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetEvent = z.infer<typeof EventSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Era = z.infer<typeof EraSchema>;
export type Side = z.infer<typeof SideSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];

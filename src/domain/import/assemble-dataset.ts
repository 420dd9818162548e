/**
 * A reader's draft → our dataset, validated by the one validator. Groups become sides (lanes),
 * records without ids get stable ones, and every problem the validator finds is sent back to where
 * it came from in the file. A file with any problem yields problems and no dataset.
 */
import type { Dataset } from '../dataset-schema';
import { DATASET_FORMAT, DATASET_VERSION, JOINT_SIDE } from '../dataset-constants';
import type { Problem } from '../problem';
import { MAX_PROBLEMS, validateDataset } from '../validate-dataset';
import { IdMaker, isId, slugify } from './ids';
import type { Draft, Locate } from './import-draft';

export interface Assembled {
  readonly dataset: Dataset | null;
  readonly problems: readonly Problem[];
}

/** Same JSON whatever the order of keys: to tell two records with one id apart. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface Owned {
  readonly locate: Locate;
  readonly field: string;
}

/** Records given by several rows, kept once by id; a row that gives a different one is a problem. */
class Records {
  readonly list: unknown[] = [];
  readonly owners: Owned[] = [];
  private readonly byId = new Map<string, { json: string; at: string }>();

  constructor(private readonly what: string) {}

  add(record: unknown, owner: Owned, problems: Problem[]): void {
    const id = record !== null && typeof record === 'object' && 'id' in record ? record.id : null;
    if (typeof id !== 'string') {
      this.list.push(record);
      this.owners.push(owner);
      return;
    }
    const json = canonical(record);
    const at = owner.locate(owner.field, '');
    const seen = this.byId.get(id);
    if (!seen) {
      this.byId.set(id, { json, at });
      this.list.push(record);
      this.owners.push(owner);
    } else if (seen.json !== json) {
      problems.push({
        path: at,
        message: `the ${this.what} "${id}" differs from the one given at ${seen.at}`,
      });
    }
  }
}

const PLACE = /^(events|eras|people|sources|sides)\[(\d+)\](?:\.([A-Za-z]+))?(.*)$/;

export function assembleDataset(draft: Draft, fallbackTitle: string): Assembled {
  const problems: Problem[] = [...draft.problems];

  // Sides: the id a row names, else one per group name, else one lane for the ungrouped.
  const sides: unknown[] = [];
  const sideIds = new IdMaker();
  sideIds.reserve(JOINT_SIDE);
  const known = new Set<unknown>([JOINT_SIDE]);
  const sideByGroup = new Map<string, string>();
  const sideLocations: Owned[] = [];
  for (const s of draft.sides ?? []) {
    const id = s !== null && typeof s === 'object' && 'id' in s ? s.id : null;
    if (typeof id === 'string') sideIds.reserve(id);
    known.add(id);
    sides.push(s);
    sideLocations.push({ locate: draft.locateTitle, field: 'sides' });
  }
  const anyGroup = draft.events.some((e) => e.group !== undefined || e.side !== undefined);
  const sideFor = (e: Draft['events'][number]): string => {
    if (e.side !== undefined) {
      if (!known.has(e.side)) {
        known.add(e.side);
        sideIds.reserve(e.side);
        sides.push({ id: e.side, name: e.group ?? e.side });
        sideLocations.push({ locate: e.locate, field: 'side' });
      }
      return e.side;
    }
    const name = e.group ?? (anyGroup ? 'Other' : 'Events');
    const given = sideByGroup.get(name);
    if (given !== undefined) return given;
    const id = sideIds.unique(slugify(name), 'group');
    sideByGroup.set(name, id);
    sides.push({ id, name });
    sideLocations.push({ locate: e.locate, field: 'side' });
    return id;
  };

  const eventIds = new IdMaker();
  for (const e of draft.events) if (e.id !== undefined) eventIds.reserve(e.id);
  const people = new Records('person');
  const sources = new Records('source');

  const events = draft.events.map((e) => {
    const id =
      e.id ??
      (e.idHint !== undefined && isId(e.idHint)
        ? eventIds.unique(e.idHint, 'event')
        : e.idHint !== undefined && slugify(e.idHint) !== ''
          ? eventIds.unique(slugify(e.idHint), 'event')
          : eventIds.fromHeadline(e.title, e.date, 'event'));
    for (const p of e.people ?? []) people.add(p, { locate: e.locate, field: 'people' }, problems);
    for (const s of e.sources ?? [])
      sources.add(s, { locate: e.locate, field: 'sources' }, problems);
    return {
      id,
      title: e.title,
      ...(e.summary !== undefined && { summary: e.summary }),
      date: e.date,
      kind: 'event',
      side: sideFor(e),
      people: [],
      sources: [],
      quotes: [],
      ...e.ours,
      ...(e.displayDate !== undefined && { displayDate: e.displayDate }),
      ...(e.media !== undefined && { media: e.media }),
      ...(e.links !== undefined && { links: e.links }),
    };
  });

  const eraIds = new IdMaker();
  const eras = draft.eras.map((era) => ({
    id: eraIds.fromHeadline(era.title, era.date, 'era'),
    title: era.title,
    date: era.date,
    ...(era.summary !== undefined && { summary: era.summary }),
    sources: [],
  }));

  const candidate = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: draft.title ?? fallbackTitle,
    ...(draft.description !== undefined && { description: draft.description }),
    // A file with no events at all still gets its one lane, so the problem said is "no events".
    sides: sides.length > 0 ? sides : [{ id: 'events', name: 'Events' }],
    sources: sources.list,
    people: people.list,
    events,
    ...(eras.length > 0 && { eras }),
  };

  const owners: Record<string, readonly Owned[]> = {
    events: draft.events.map((e) => ({ locate: e.locate, field: '' })),
    eras: draft.eras.map((e) => ({ locate: e.locate, field: '' })),
    people: people.owners,
    sources: sources.owners,
    sides: sideLocations,
  };
  const place = (path: string): string => {
    const m = PLACE.exec(path);
    if (!m) return path === 'title' || path === 'description' ? draft.locateTitle(path, '') : path;
    const [, list = '', index = '', field = '', rest = ''] = m;
    const owner = owners[list]?.[Number(index)];
    if (!owner) return path;
    // A record given inside a cell (people, sources) is placed at the cell, then its own field.
    if (owner.field !== '') return owner.locate(owner.field, `${field}${rest}`);
    return owner.locate(field, rest);
  };

  if (draft.events.length === 0 && problems.length === 0) {
    problems.push({ path: '(dataset)', message: 'the file has no events' });
  }

  const result = validateDataset(candidate);
  if (!result.ok) {
    for (const p of result.problems) {
      if (p.path === 'sides' && p.message.startsWith('has more than')) {
        problems.push({
          path: '(dataset)',
          message: `the file has ${sides.length} groups; a timeline draws at most 8 (one lane each)`,
        });
        continue;
      }
      const path = place(p.path);
      const empty = p.message === 'this field is missing' && path.startsWith('row ');
      problems.push({ path, message: empty ? 'the cell is empty' : p.message });
    }
  }
  // Problems in the order of the file's rows or events, whichever step found them.
  const rowOf = (p: Problem) =>
    Number(/^(?:row |events\[)(\d+)/.exec(p.path)?.[1] ?? Number.MAX_SAFE_INTEGER);
  problems.sort((a, b) => rowOf(a) - rowOf(b));
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) {
      shown.push({
        path: '(dataset)',
        message: `and ${problems.length - MAX_PROBLEMS} more problems not shown`,
      });
    }
    return { dataset: null, problems: shown };
  }
  return { dataset: result.ok ? result.timeline.dataset : null, problems: [] };
}

/** Checks that span records: unique ids, references that resolve, and dates in a sensible order. */
import { JOINT_SIDE } from './dataset-constants';
import { dateSpan, parseEdtf } from './edtf';
import type { Problem } from './problem';
import { formatPath } from './problem';
import type { DatasetOutline } from './event-outline';

function spanOf(text: string) {
  const r = parseEdtf(text);
  return r.ok ? dateSpan(r.value) : null;
}

/** Every problem of the dataset's references; it reads no more of each event than its outline. */
export function checkReferences(d: DatasetOutline): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], message: string) =>
    problems.push({ path: formatPath(path), message });

  const indexIds = <T extends { id: string }>(list: readonly T[], key: string, what: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        report(
          [key, i, 'id'],
          `duplicate ${what} id "${item.id}" (first used at ${key}[${first}])`,
        );
      } else seen.set(item.id, i);
    });
    return seen;
  };

  const sides = indexIds(d.sides, 'sides', 'side');
  const sources = indexIds(d.sources, 'sources', 'source');
  const people = indexIds(d.people, 'people', 'person');
  const events = indexIds(d.events, 'events', 'event');
  if (d.eras) indexIds(d.eras, 'eras', 'era');

  d.sides.forEach((s, i) => {
    if (s.id === JOINT_SIDE) {
      report(['sides', i, 'id'], `"${JOINT_SIDE}" is reserved for what the sides do together`);
    }
  });

  // Called only once a reference is known not to resolve: the path is made only for a problem,
  // not for each of the ~10 references of each of 100 000 events.
  const missing = (ref: string, path: PropertyKey[], what: string, list: string) =>
    report(path, `"${ref}" does not match any ${what} id in ${list}`);
  d.people.forEach((p, i) => {
    if (!sides.has(p.side)) missing(p.side, ['people', i, 'side'], 'side', 'sides');
  });

  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i];
    if (e === undefined) continue;
    if (e.side !== JOINT_SIDE && !sides.has(e.side)) {
      report(
        ['events', i, 'side'],
        `"${e.side}" does not match any side id in sides (or "${JOINT_SIDE}")`,
      );
    }
    // A dataset that cites sources cites one for every event; one that cites none (an imported
    // timeline) is allowed, and shown as citing none.
    if (e.sources.length === 0 && d.sources.length > 0) {
      report(['events', i, 'sources'], 'an event needs at least one source');
    }
    // Loops, not forEach: no function made for each list of each of 100 000 events.
    for (let j = 0; j < e.people.length; j++) {
      const p = e.people[j] ?? '';
      if (!people.has(p)) missing(p, ['events', i, 'people', j], 'person', 'people');
    }
    for (let j = 0; j < e.sources.length; j++) {
      const s = e.sources[j] ?? '';
      if (!sources.has(s)) missing(s, ['events', i, 'sources', j], 'source', 'sources');
    }
    for (let j = 0; j < e.quotes.length; j++) {
      const { speaker, source } = e.quotes[j] ?? { speaker: '', source: '' };
      if (!people.has(speaker)) {
        missing(speaker, ['events', i, 'quotes', j, 'speaker'], 'person', 'people');
      }
      if (!sources.has(source)) {
        missing(source, ['events', i, 'quotes', j, 'source'], 'source', 'sources');
      } else if (!e.sources.includes(source)) {
        report(
          ['events', i, 'quotes', j, 'source'],
          `"${source}" is not among this event's sources`,
        );
      }
    }

    // The date's span, only for the checks that compare it (a reported date, replies): most
    // events have neither.
    const compares = e.reported !== undefined || (e.inReplyTo?.length ?? 0) > 0;
    const span = compares ? spanOf(e.date) : null;
    if (e.reported !== undefined && span) {
      const reported = spanOf(e.reported);
      if (reported && reported.end <= span.start) {
        report(
          ['events', i, 'reported'],
          `"${e.reported}" is before the event itself ("${e.date}")`,
        );
      }
    }

    e.inReplyTo?.forEach((ref, j) => {
      const path = ['events', i, 'inReplyTo', j];
      if (ref === e.id) return report(path, 'an event cannot reply to itself');
      const target = events.get(ref);
      if (target === undefined) return missing(ref, path, 'event', 'events');
      const answered = d.events[target];
      const answeredSpan = answered ? spanOf(answered.date) : null;
      if (span && answeredSpan && span.end <= answeredSpan.start) {
        report(path, `this reply ("${e.date}") is dated before "${ref}" ("${answered?.date}")`);
      }
    });
  }

  d.eras?.forEach((era, i) =>
    era.sources.forEach((s, j) => {
      if (!sources.has(s)) missing(s, ['eras', i, 'sources', j], 'source', 'sources');
    }),
  );

  return problems;
}

/** Checks that span records: unique ids, references that resolve, and dates in a sensible order. */
import type { Dataset } from './dataset-schema';
import { JOINT_SIDE } from './dataset-constants';
import { dateSpan, parseEdtf } from './edtf';
import type { Problem } from './problem';
import { formatPath } from './problem';

function spanOf(text: string) {
  const r = parseEdtf(text);
  return r.ok ? dateSpan(r.value) : null;
}

export function checkReferences(d: Dataset): Problem[] {
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

  const must = (
    map: Map<string, number>,
    ref: string,
    path: PropertyKey[],
    what: string,
    list: string,
  ) => {
    if (!map.has(ref)) report(path, `"${ref}" does not match any ${what} id in ${list}`);
  };

  d.people.forEach((p, i) => must(sides, p.side, ['people', i, 'side'], 'side', 'sides'));

  d.events.forEach((e, i) => {
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
    e.people.forEach((p, j) => must(people, p, ['events', i, 'people', j], 'person', 'people'));
    e.sources.forEach((s, j) => must(sources, s, ['events', i, 'sources', j], 'source', 'sources'));
    e.quotes.forEach((q, j) => {
      must(people, q.speaker, ['events', i, 'quotes', j, 'speaker'], 'person', 'people');
      if (!sources.has(q.source)) {
        must(sources, q.source, ['events', i, 'quotes', j, 'source'], 'source', 'sources');
      } else if (!e.sources.includes(q.source)) {
        report(
          ['events', i, 'quotes', j, 'source'],
          `"${q.source}" is not among this event's sources`,
        );
      }
    });

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

    (e.inReplyTo ?? []).forEach((ref, j) => {
      const path = ['events', i, 'inReplyTo', j];
      if (ref === e.id) return report(path, 'an event cannot reply to itself');
      const target = events.get(ref);
      if (target === undefined) return must(events, ref, path, 'event', 'events');
      const answered = d.events[target];
      const answeredSpan = answered ? spanOf(answered.date) : null;
      if (span && answeredSpan && span.end <= answeredSpan.start) {
        report(path, `this reply ("${e.date}") is dated before "${ref}" ("${answered?.date}")`);
      }
    });
  });

  d.eras?.forEach((era, i) =>
    era.sources.forEach((s, j) => must(sources, s, ['eras', i, 'sources', j], 'source', 'sources')),
  );

  return problems;
}

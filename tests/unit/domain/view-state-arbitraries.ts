/** fast-check makers of view states, for the domain's and the embeds' property tests. */
import fc from 'fast-check';
import type { ViewState } from '../../../src/domain/view-state';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const year = fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null });

/** States that are already normal: what normalizing must leave alone. */
export const viewStates: fc.Arbitrary<ViewState> = fc
  .record({
    leaders: fc.uniqueArray(id, { maxLength: 4 }),
    from: year,
    to: year,
    q: fc.string({ maxLength: 200 }).filter((q) => q.trim() !== '' || q === ''),
    event: fc.option(id, { nil: null }),
    view: fc.constantFrom('chart' as const, 'list' as const),
  })
  .map((s) =>
    s.from !== null && s.to !== null && s.from > s.to ? { ...s, from: s.to, to: s.from } : s,
  );

/** What a reader or a host might write for each key: sensible, odd and hostile strings. */
export const rawValues = fc.oneof(
  fc.string({ maxLength: 30 }),
  id,
  fc.integer({ min: -10, max: 12000 }).map(String),
  fc.constantFrom('list', 'chart', ' 2019 ', 'kim-jong-un,xi-jinping', '<img src=x>', ''),
);

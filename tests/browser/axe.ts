/** axe-core in a real page, with its findings spelled out so a failure says what to fix. */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Every rule axe has, the experimental ones too (label-content-name-mismatch, focus-order-
 * semantics, hidden-content, p-as-heading…), which axe leaves off unless asked.
 */
const EVERY_RULE = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type AxeViolation = AxeResults['violations'][number];

/** One line per failing node: rule id, impact, CSS target, and axe's summary of the fix. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `[${v.id}] (${v.impact ?? 'n/a'}) ${JSON.stringify(n.target)}: ${
            n.failureSummary?.replace(/\s+/g, ' ').trim() ?? v.help
          }`,
      ),
    )
    .join('\n');
}

/** The violations on the page as it is now, by every one of axe's rules, experimental included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).options({ rules: EVERY_RULE }).analyze();
  return results.violations;
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './test.ts';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One rule left out on the elements matching `selector` only, and why. */
export interface AxeException {
  rule: string;
  /** CSS selector the failing element must match for the exception to apply. */
  selector: string;
  why: string;
}

/** One line per failing node: rule, impact and summary, the element, and what axe says to fix. */
function describe(violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) =>
        [
          `${v.id} (${v.impact ?? 'no impact'}): ${v.help}`,
          `  at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`,
          `  ${(n.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
        ].join('\n'),
      ),
    )
    .join('\n');
}

/** `violation` without the nodes an exception covers; undefined when none is left. */
async function withoutExceptions(
  page: Page,
  violation: Result,
  exceptions: readonly AxeException[],
): Promise<Result | undefined> {
  const selectors = exceptions.filter((e) => e.rule === violation.id).map((e) => e.selector);
  if (selectors.length === 0) return violation;
  const nodes: Result['nodes'] = [];
  for (const node of violation.nodes) {
    // A target of more than one selector lies in a frame: none is expected, none is excepted.
    const [target, ...inFrame] = node.target;
    const excepted =
      inFrame.length === 0 &&
      (await page
        .locator(String(target))
        .evaluate((el, sels) => sels.some((s) => el.matches(s)), selectors));
    if (!excepted) nodes.push(node);
  }
  return nodes.length > 0 ? { ...violation, nodes } : undefined;
}

/**
 * Runs axe-core on the page as it is and fails, naming each rule, element and fix, when any
 * violation of serious or critical impact is found outside `exceptions`.
 */
export async function expectNoSeriousViolations(
  page: Page,
  exceptions: readonly AxeException[] = [],
): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious: Result[] = [];
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const left = await withoutExceptions(page, v, exceptions);
    if (left) serious.push(left);
  }
  expect(
    serious.map((v) => v.id),
    `axe violations:\n${describe(serious)}`,
  ).toEqual([]);
}

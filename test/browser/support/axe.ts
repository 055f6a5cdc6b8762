/** Accessibility checks with axe-core against WCAG 2.2 levels A and AA. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rule sets (axe has no wcag22a tag: 2.2 added no A rule it checks). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * The violations axe finds on the page as it now is, one line each (rule id, impact, the first
 * elements affected), so a failing assertion says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`,
  );
}

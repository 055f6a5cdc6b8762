/**
 * Using the calculator as a person does: found by its labels (never by CSS classes), a rule
 * searched for and chosen, each trigger field filled, the result read from its region.
 */
import type { Locator, Page } from 'playwright-core';
import { getRule } from '../../../src/law/index.js';
import type { CalculatorTrigger } from './calculator-cases.js';

/** The trigger fields of a rule as the calculator labels them, each with its value from `trigger`. */
export function labelledValues(ruleId: string, trigger: CalculatorTrigger): { label: string; value: string }[] {
  const shape = getRule(ruleId).triggerShape;
  if (typeof trigger === 'string') return [{ label: shape.fields[0]!.label, value: trigger }];
  return shape.fields.filter((f) => trigger[f.name] !== undefined).map((f) => ({ label: f.label, value: trigger[f.name]! }));
}

/** The calculator's result region (the design system's notification banner titled "Result"). */
export const resultRegion = (page: Page): Locator => page.getByRole('region', { name: 'Result' });

/** Searches for the rule by its id, chooses it from the "Rule" list, and fills its trigger. */
export async function calculate(page: Page, ruleId: string, trigger: CalculatorTrigger): Promise<void> {
  await page.getByLabel('Search the rules').fill(ruleId);
  await page.getByLabel('Rule', { exact: true }).selectOption(ruleId);
  for (const { label, value } of labelledValues(ruleId, trigger)) {
    const control = page.getByLabel(label, { exact: true });
    if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

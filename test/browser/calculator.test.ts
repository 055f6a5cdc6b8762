/**
 * The deadline calculator in Chromium (issue 17 §4): the hand-worked dates of a dozen rules across
 * the trigger shapes, each also checked against the library's `deadline()`; the address reopens the
 * same result; keyboard-only use; axe (WCAG 2.2 A/AA) empty and with a result; no console error
 * and no network request.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadline } from '../../src/engine/deadline.js';
import { formatLong } from '../../src/day/arithmetic.js';
import { getRule } from '../../src/law/index.js';
import { createTermCalendar } from '../../src/schema/create-term-calendar.js';
import { axeViolations } from './support/axe.js';
import { CALCULATOR_CASES } from './support/calculator-cases.js';
import { calculate, labelledValues, resultRegion } from './support/calculator.js';
import { launchChromium } from './support/chromium.js';
import { drawsIndicator, focusStyle, tabUntil, unfocusedStyleOfFocused } from './support/keyboard.js';
import { PAGE_URL, repoPath } from './support/paths.js';
import { openPage, type PageSession } from './support/session.js';

let browser: Browser;
let session: PageSession;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openPage(browser, PAGE_URL);
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});

/** Nothing was sent anywhere and nothing went wrong in the page: asserted after each part. */
function expectQuietPage(s: PageSession = session): void {
  expect(s.blockedRequests).toEqual([]);
  expect(s.errors).toEqual([]);
}

describe('the calculator in Chromium', () => {
  it('the hand-worked table agrees with deadline() and with its own long dates', () => {
    for (const c of CALCULATOR_CASES) {
      const d = deadline(c.ruleId, c.trigger, c.options);
      expect(d.due, `${c.ruleId} (${c.provision})`).toBe(c.due);
      expect(formatLong(c.due)).toBe(c.dueLong);
    }
  });

  it('empty: every control labelled, axe finds no WCAG 2.2 A/AA violation', async () => {
    const { page } = session;
    await expect.poll(() => page.getByLabel('Search the rules').count()).toBe(1);
    expect(await page.getByLabel('Rule', { exact: true }).count()).toBe(1);
    await session.screenshot('calculator-empty');
    expect(await axeViolations(page)).toEqual([]);
    expectQuietPage();
  });

  it.each(CALCULATOR_CASES.map((c) => [`${c.ruleId}: ${c.shape}, ${c.provision}`, c] as const))('%s', async (_name, c) => {
    const { page } = session;
    await page.goto(PAGE_URL);
    await calculate(page, c.ruleId, c.trigger);
    await expect.poll(() => resultRegion(page).innerText()).toContain(`Due: ${c.dueLong}`);
    expect(await resultRegion(page).innerText()).toContain(`Due: ${formatLong(deadline(c.ruleId, c.trigger, c.options).due!)}`);
    expectQuietPage();
  });

  it('with a result: the citation, wording and steps shown; screenshot; axe clean', async () => {
    const { page } = session;
    const c = CALCULATOR_CASES.find((x) => x.ruleId === 'mediation-certificate')!;
    await page.goto(PAGE_URL);
    await calculate(page, c.ruleId, c.trigger);
    await expect.poll(() => resultRegion(page).innerText()).toContain(`Due: ${c.dueLong}`);
    const d = deadline(c.ruleId, c.trigger);
    const body = await page.locator('body').innerText();
    expect(body).toContain(d.citation.provision);
    for (const step of d.trace) expect(body).toContain(step.step);
    await session.screenshot('calculator-result');
    expect(await axeViolations(page)).toEqual([]);
    expectQuietPage();
  });

  it('the address holds the state: opened in a new tab it shows the same result, inputs filled', async () => {
    const { page } = session;
    const c = CALCULATOR_CASES.find((x) => x.ruleId === 'appeal')!;
    await page.goto(PAGE_URL);
    await calculate(page, c.ruleId, c.trigger);
    await expect.poll(() => resultRegion(page).innerText()).toContain(`Due: ${c.dueLong}`);
    const shared = page.url();
    expect(shared).toContain('#');
    const reopened = await openPage(browser, shared);
    try {
      await expect.poll(() => resultRegion(reopened.page).innerText()).toContain(`Due: ${c.dueLong}`);
      expect(await reopened.page.getByLabel('Rule', { exact: true }).inputValue()).toBe(c.ruleId);
      for (const { label, value } of labelledValues(c.ruleId, c.trigger)) {
        expect(await reopened.page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
      }
      expectQuietPage(reopened);
    } finally {
      await reopened.close();
    }
  });
});

describe('the calculator with the keyboard alone', () => {
  it('Tab to the rule search, type, choose a rule, type the date, reach the result; the focus is always visible', async () => {
    const { page } = session;
    await page.goto(PAGE_URL);
    const search = page.getByLabel('Search the rules');
    await tabUntil(page, search);
    const searchFocused = await focusStyle(page);
    expect(drawsIndicator(searchFocused)).toBe(true);
    expect(await unfocusedStyleOfFocused(page)).not.toEqual(searchFocused);
    // reg 15(8), 15 working days beginning with Mon 15 Dec 2025: Wed 7 Jan 2026 (the table's working).
    await page.keyboard.type('health-transfer-request');
    const rule = page.getByLabel('Rule', { exact: true });
    await tabUntil(page, rule, 1);
    await page.keyboard.press('ArrowDown');
    expect(await rule.inputValue()).toBe('health-transfer-request');
    const date = page.getByLabel(getRule('health-transfer-request').triggerShape.fields[0]!.label, { exact: true });
    await tabUntil(page, date, 3);
    // The date input takes day, month and year in British order.
    await page.keyboard.type('15122025');
    expect(await date.inputValue()).toBe('2025-12-15');
    await expect.poll(() => resultRegion(page).innerText()).toContain('Due: Wednesday 7 January 2026');
    // On to the result: its citation link is reached by Tab and shows the focus.
    const citation = page.getByRole('link', { name: /legislation\.gov\.uk/ });
    await tabUntil(page, citation, 20);
    const linkFocused = await focusStyle(page);
    expect(drawsIndicator(linkFocused)).toBe(true);
    expect(await unfocusedStyleOfFocused(page)).not.toEqual(linkFocused);
    await session.screenshot('calculator-keyboard');
    expectQuietPage();
  });

  // Dorset para 6.17 (SI 2007/1870 reg 4(3)(a) in its words): education from the sixth school day
  // after a permanent exclusion. Excluded Friday 10 January 2025; with examples/terms-example.json
  // school days 1-6 are 13, 14, 15, 16, 17 and 20 January: due Monday 20 January 2025.
  it('a rule counting school days: no date without a term calendar; with examples/terms-example.json opened, due 20 January 2025; a file that is not a term calendar is named in the error summary', async () => {
    const { page } = session;
    await page.goto(PAGE_URL);
    await calculate(page, 'dorset-exclusion-provision', '2025-01-10');
    await expect.poll(() => resultRegion(page).innerText()).toContain('No due date');
    expect(await page.locator('#calc-terms-status').innerText()).toContain('No term calendar is open');
    await page.getByLabel('School term dates').setInputFiles(repoPath('examples/terms-example.json'));
    await expect.poll(() => resultRegion(page).innerText()).toContain('Due: Monday 20 January 2025');
    expect(deadline('dorset-exclusion-provision', '2025-01-10', { profile: 'dorset', terms: createTermCalendar(JSON.parse(readFileSync(repoPath('examples/terms-example.json'), 'utf8'))) }).due).toBe('2025-01-20');
    expect(await page.locator('#calc-terms-status').innerText()).toContain('Term calendar open');
    await session.screenshot('calculator-terms');
    expect(await axeViolations(page)).toEqual([]);
    // A file that is not JSON is refused by name, linked to its input, and the calendar opened before is dropped.
    await page.getByLabel('School term dates').setInputFiles({ name: 'terms.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('The term calendar terms.json is not JSON');
    expect(await page.getByRole('alert').getByRole('link').first().getAttribute('href')).toBe('#calc-terms');
    await expect.poll(() => resultRegion(page).innerText()).toContain('No due date');
    expect(await axeViolations(page)).toEqual([]);
    expectQuietPage();
  });
});


/**
 * Reading an audit's figures off a page (the offline page's audit, or an HTML report) by its
 * tables' captions, and holding them against the command line's JSON for the same file: every
 * number on the page must be the JSON's.
 */
import { spawnSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CLI_FILE } from './paths.js';

/** The JSON the built command line writes for `audit <args> --format json` (exit 0 or 1: set-aside rows are not a failure). */
export function cliAuditJson(args: readonly string[]): Record<string, any> {
  const r = spawnSync(process.execPath, [CLI_FILE, 'audit', ...args, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`audit exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, any>;
}

/** The body rows of the table whose caption starts with `caption`, each as its cells' text. */
export async function tableRows(scope: Page | Locator, caption: string | RegExp): Promise<string[][]> {
  const table = scope.getByRole('table', { name: caption }).first();
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
}

/** A percentage as the report prints it: one decimal and a percent sign, or a dash for none. */
export const percentText = (p: number | null): string => (p === null ? '—' : `${p.toFixed(1)}%`);

/** The row whose first cell begins with `key` (a rule id, a case id). */
function rowOf(rows: string[][], key: string, also?: (row: string[]) => boolean): string[] {
  const found = rows.filter((r) => (r[0] ?? '').startsWith(key) && (also?.(r) ?? true));
  expect(found, `one row for ${key}`).toHaveLength(1);
  return found[0]!;
}

/**
 * The per-rule table, the 20-week measure and the late and overdue list on the page equal the
 * JSON's figures, number for number (and the page lists no rule or late deadline the JSON has not).
 */
export async function expectFiguresOfJson(scope: Page | Locator, json: Record<string, any>): Promise<void> {
  const rules = await tableRows(scope, /^Deadlines by rule/);
  expect(rules).toHaveLength(json.rules.length);
  for (const r of json.rules) {
    const row = rowOf(rules, r.ruleId, (cells) => cells[0]!.slice(r.ruleId.length, r.ruleId.length + 1) !== '-');
    expect(row.slice(1), r.ruleId).toEqual([
      r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, r.notApplicable, r.notTriggered,
    ].map(String).concat(percentText(r.percentOnTime)));
  }
  const measure = await tableRows(scope, /^The 20-week measure/);
  const { including, excludingExceptions } = json.twentyWeeks;
  expect(measure).toEqual([
    ['including exceptions', String(including.withinTwentyWeeks), String(including.plansIssued), percentText(including.percent)],
    ['excluding exceptions', String(excludingExceptions.withinTwentyWeeks), String(excludingExceptions.plansIssued), percentText(excludingExceptions.percent)],
  ]);
  const late = await tableRows(scope, /^Late and overdue deadlines/);
  expect(late.map((r) => r.join('|')).sort()).toEqual(
    json.lateCases.map((l: any) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, String(l.daysLate)].join('|')).sort(),
  );
}

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

/** A table as its header cells and its body rows, each cell's text with its white space collapsed. */
export interface TableText {
  readonly headers: string[];
  readonly rows: string[][];
}

/** The table whose caption (its accessible name) matches `caption`. */
export async function tableText(scope: Page | Locator, caption: RegExp): Promise<TableText> {
  const table = scope.getByRole('table', { name: caption }).first();
  await table.waitFor();
  return table.evaluate((t) => {
    const text = (c: Element) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    return {
      headers: [...t.querySelectorAll('thead th')].map(text),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map(text)),
    };
  });
}

/** A percentage without its spacing: "75.0%" (the report) and "75.0 %" (the page) both read 75.0%. */
const percentText = (p: number | null): string => (p === null ? '—' : `${p.toFixed(1)}%`);
const samePercent = (cell: string): string => cell.replace(/\s+/g, '');

/** The JSON field each per-rule column holds, by its heading (case and spaces aside). */
const RULE_COLUMNS: Readonly<Record<string, string>> = {
  applicable: 'applicable', met: 'met', late: 'late', overdue: 'overdue', due: 'due', lifted: 'lifted', relaxed: 'relaxed',
  notapplicable: 'notApplicable', nottriggered: 'notTriggered', ontime: 'percentOnTime',
};

/** The rule's row: its first cell names the rule id as a word ("final-plan …" or "… (final-plan)"). */
function ruleRow(rows: string[][], ruleId: string): string[] {
  const named = new RegExp(`(^|\\()${ruleId.replace(/[-]/g, '\\-')}(\\)| |$)`);
  const found = rows.filter((r) => named.test(r[0] ?? ''));
  expect(found, `one row for ${ruleId}`).toHaveLength(1);
  return found[0]!;
}

/**
 * The per-rule table, the 20-week measure and the late and overdue list shown equal the JSON's
 * figures, number for number, and the page lists no rule or late deadline the JSON has not. The
 * columns are found by their headings, so the page's and the report's layouts are both read.
 */
export async function expectFiguresOfJson(scope: Page | Locator, json: Record<string, any>): Promise<void> {
  const rules = await tableText(scope, /^(Deadlines by rule|Each rule)/);
  expect(rules.rows).toHaveLength(json.rules.length);
  const columns = rules.headers.map((h) => RULE_COLUMNS[h.toLowerCase().replace(/\s+/g, '')]);
  expect(columns.filter((c) => c !== undefined).length, `headings ${rules.headers.join(', ')}`).toBeGreaterThanOrEqual(8);
  for (const r of json.rules) {
    const row = ruleRow(rules.rows, r.ruleId);
    columns.forEach((field, i) => {
      if (field === undefined) return;
      const want = field === 'percentOnTime' ? percentText(r.percentOnTime) : String(r[field]);
      expect(samePercent(row[i] ?? ''), `${r.ruleId} ${field}`).toBe(want);
    });
  }
  const { including, excludingExceptions } = json.twentyWeeks;
  const measure = scope.getByRole('table', { name: /^The 20-week measure/ });
  if ((await measure.count()) > 0) {
    const m = await tableText(scope, /^The 20-week measure/);
    expect(m.rows.map((r) => r.map(samePercent))).toEqual([
      ['includingexceptions', String(including.withinTwentyWeeks), String(including.plansIssued), percentText(including.percent)],
      ['excludingexceptions', String(excludingExceptions.withinTwentyWeeks), String(excludingExceptions.plansIssued), percentText(excludingExceptions.percent)],
    ]);
  } else {
    const text = await (('locator' in scope && typeof (scope as Page).goto === 'function') ? (scope as Page).locator('body') : (scope as Locator)).innerText();
    for (const m of [including, excludingExceptions]) expect(text).toContain(`${m.withinTwentyWeeks} of ${m.plansIssued} (${m.percent === null ? '—' : `${m.percent.toFixed(1)} %`})`);
  }
  const late = await tableText(scope, /^Late and overdue deadlines/);
  expect(late.rows.map((r) => r.join('|')).sort()).toEqual(
    json.lateCases.map((l: any) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, String(l.daysLate)].join('|')).sort(),
  );
}

/**
 * The command line's HTML audit report (`audit … --format html`, issue 17 §2) opened in Chromium
 * from its file: every figure is the JSON output's for the same file and date, it loads nothing
 * (no request at all), shows no console error, and axe finds no WCAG 2.2 A/AA violation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAuditJson } from './support/audit-figures.js';
import { launchChromium } from './support/chromium.js';
import { CLI_FILE, repoPath } from './support/paths.js';
import { expectReportFileOfJson } from './support/report-file.js';

const CASELOAD = repoPath('examples/caseload.csv');

const AS_OF = '2025-12-01';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'send-timescales-report-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the command line's HTML report in Chromium", () => {
  it('examples/caseload.csv as of 1 December 2025: the JSON figures, no request, no error, axe clean', async () => {
    const r = spawnSync(process.execPath, [CLI_FILE, 'audit', CASELOAD, '--as-of', AS_OF, '--format', 'html'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const file = join(dir, 'report.html');
    writeFileSync(file, r.stdout);
    const json = cliAuditJson([CASELOAD, '--as-of', AS_OF]);
    // The hand-worked figures of the example caseload (reg 13(2)): 1 of 3 plans within 20 weeks.
    expect(json.twentyWeeks.including).toEqual({ plansIssued: 3, withinTwentyWeeks: 1, percent: 33.3 });
    await expectReportFileOfJson(browser, file, json, 'report-cli');
  });
});

/**
 * The caseload audit on the page in Chromium (issue 17 §1.3 and §4): examples/caseload.csv and a
 * synthetic SEN2 return opened on the page show exactly the numbers of the command line's JSON for
 * the same file (the command run in the test); no console error, no network request; axe clean,
 * empty and with a result. The HTML report saved from the page opens from its file with the same figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedReturnPersons } from '../support/sen2-model.js';
import { sen2Xml } from '../support/sen2-synthetic.js';
import { cliAuditJson, expectFiguresOfJson } from './support/audit-figures.js';
import { axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { CLI_FILE, PAGE_URL, repoPath } from './support/paths.js';
import { openPage, type PageSession } from './support/session.js';
import { expectReportFileOfJson } from './support/report-file.js';

const CASELOAD = repoPath('examples/caseload.csv');
const AS_OF = '2025-12-01';


let browser: Browser;
let session: PageSession;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openPage(browser, PAGE_URL);
  dir = mkdtempSync(join(tmpdir(), 'send-timescales-page-audit-'));
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Chooses the file(s), sets the as-of date if given, presses the button and waits for the finish. */
async function auditOnPage(page: Page, files: string | string[], asOf?: string): Promise<void> {
  await page.goto(PAGE_URL);
  await page.getByLabel('Caseload or SEN2 return').setInputFiles(files);
  if (asOf !== undefined) await page.getByLabel('Audit as of (optional)').fill(asOf);
  await page.getByRole('button', { name: 'Audit the file' }).click();
  await expect.poll(() => page.getByText(/^Audit finished in /).count(), { timeout: 30_000 }).toBe(1);
}

describe('the caseload audit on the page in Chromium', () => {
  it('empty: axe finds no WCAG 2.2 A/AA violation; nothing sent, no error', async () => {
    const { page } = session;
    await expect.poll(() => page.getByLabel('Caseload or SEN2 return').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it("examples/caseload.csv as of 1 December 2025: the numbers of the command line's JSON", async () => {
    const { page } = session;
    await auditOnPage(page, CASELOAD, AS_OF);
    const json = cliAuditJson([CASELOAD, '--as-of', AS_OF]);
    // Hand-worked (reg 13(2)): C001's plan on day 141 is late by 1, so 1 of 3 plans within 20 weeks.
    expect(json.twentyWeeks.including).toEqual({ plansIssued: 3, withinTwentyWeeks: 1, percent: 33.3 });
    await expectFiguresOfJson(page.locator('main'), json);
    await session.screenshot('audit-caseload');
    expect(await axeViolations(page)).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it("the HTML report saved from the page, opened from its file: the command line's JSON figures, no request, no error, axe clean", async () => {
    const { page } = session;
    await auditOnPage(page, CASELOAD, AS_OF);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the HTML report' }).click()]);
    expect(download.suggestedFilename()).toBe('caseload-audit.html');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    // The page's report and the command line's are one renderer's: the same figures, a document of its own.
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/i);
    await expectReportFileOfJson(browser, file, cliAuditJson([CASELOAD, '--as-of', AS_OF]), 'audit-report-saved-from-page');
  });

  it("the hand-worked SEN2 return (XML, census 15 January 2026): the numbers of the command line's JSON", async () => {
    const { page } = session;
    // test/support/sen2-model.ts works the 7 persons by hand: 6 audited and 1 set aside (a plan
    // before its request); statutory measure 1 of 4 plans within 20 weeks (25 %).
    const file = join(dir, 'return.xml');
    writeFileSync(file, sen2Xml({ header: { collection: 'SEN2', year: '2026', referenceDate: '2026-01-15', lea: '999' }, persons: workedReturnPersons(), unknownElements: [] }));
    await auditOnPage(page, file);
    const json = cliAuditJson([file]);
    expect(json.input).toEqual({ cases: 7, audited: 6, setAside: 1, badRows: 3, rowsWithoutCase: 0, unit: 'persons' });
    await expectFiguresOfJson(page.locator('main'), json);
    const text = await page.locator('main').innerText();
    // The counts reconcile on the page as in the JSON: 7 in = 6 audited + 1 set aside.
    expect(text).toMatch(/Persons in the return\s+7/);
    expect(text).toMatch(/Persons audited\s+6/);
    expect(text).toMatch(/Persons set aside\s+1/);
    // A return's two files of its own, saved from the page, are the command line's --output-dir files byte for byte.
    const out = join(dir, 'cli-sen2');
    spawnSync(process.execPath, [CLI_FILE, 'audit', file, '--output-dir', out], { encoding: 'utf8' });
    for (const name of ['measures.csv', 'findings.csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}` }).click()]);
      const saved = join(dir, `page-${name}`);
      await download.saveAs(saved);
      expect(readFileSync(saved, 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
    }
    await session.screenshot('audit-sen2');
    expect(await axeViolations(page)).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

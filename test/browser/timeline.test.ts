/**
 * The case timeline in Chromium (issue 17 §1.2 and §4): examples/case.json opened on the page, its
 * deadlines with their statuses, and the `.ics` download read back by an independent parser
 * (ical.js): the case's open deadlines, hand-worked, and the same events the library's own
 * calendar export writes. No console error, no network request; axe clean.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeline } from '../../src/engine/timeline.js';
import { timelineToIcs } from '../../src/report/ics.js';
import { parseIcs } from '../report/ics-parsed.js';
import { axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { PAGE_URL, repoPath } from './support/paths.js';
import { openPage, type PageSession } from './support/session.js';

const CASE_FILE = repoPath('examples/case.json');
const AS_OF = '2026-06-30';

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

describe('the case timeline in Chromium', () => {
  it('empty: axe finds no WCAG 2.2 A/AA violation; nothing sent, no error', async () => {
    const { page } = session;
    await expect.poll(() => page.getByLabel('Open a case file').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('examples/case.json as of 30 June 2026: its statuses on the page, and the .ics download parses to its two open deadlines', async () => {
    const { page } = session;
    await page.getByLabel('Work out the statuses as of').fill(AS_OF);
    await page.getByLabel('Open a case file').setInputFiles(CASE_FILE);
    const download = page.getByRole('button', { name: 'Download .ics' });
    await download.waitFor();
    const body = await page.locator('main').innerText();
    // Every deadline of the library's timeline is listed with its due date.
    const expected = timeline(JSON.parse(readFileSync(CASE_FILE, 'utf8')), { asOf: AS_OF });
    for (const entry of expected.entries) if (entry.due !== null) expect(body).toContain(entry.due);
    await session.screenshot('timeline-result');

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await file.path())!, 'utf8');
    const events = parseIcs(text).events;
    expect(events.map((e) => [e.uid, e.startType, e.start, e.end])).toEqual([
      // s44(1): reviewed Thursday 15 January 2026; 12 months beginning with that day end on Thursday 14 January 2027.
      ['case-C003/annual-review/2027-01-14@send-timescales', 'date', '2027-01-14', '2027-01-15'],
      // reg 18(1)(a): born 8 July 2013, into post-16 on 1 September 2029; "before 31 March" 2029 is Friday 30 March.
      ['case-C003/phase-transfer-post16/2029-03-30@send-timescales', 'date', '2029-03-30', '2029-03-31'],
    ]);
    // The same events, word for word, as the library's calendar export of the same timeline.
    expect(events).toEqual(parseIcs(timelineToIcs(expected)).events);
    // No personal data beyond the case id: the date of birth is not in the file.
    expect(text).not.toContain('2013-07-08');
    expect(text).not.toContain('20130708');

    expect(await axeViolations(page)).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

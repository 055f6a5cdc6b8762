/**
 * Issue 16's "Done when", through the API: one set of six invented cases, written in the four forms a
 * council's data comes in (test/fixtures/same-cases/, made by scripts/generate-same-cases.mjs), read
 * by each form's reader and audited, gives one and the same `Audit`.
 *
 * The forms differ in what they can carry, so the cases hold only facts all four carry (the choice is
 * the generator's, and is written there): no Week20 exception (a tracker has no column for it), no
 * mediation or tribunal (the return has yes/no flags without dates), at most one review cycle (the
 * return carries only the latest), no plan transferred in and none ceased. What differs by kind is
 * only what one kind has and the other has not: a return's audit also carries the persons, the
 * Department's measures and the notes per person (`Sen2Audit`); a caseload, its rows and warnings.
 *
 * Hand-worked, census (ReferenceDate) 15 January 2026, the 20-week window the calendar year 2025:
 *   A…001  request Mon 6 Jan 2025; decision due +6 weeks = 17 Feb, made 24 Feb: late by 7 days;
 *          plan 26 May = request + 140 days: within 20 weeks (reg 13(2)).
 *   A…002  request 3 Mar 2025; decision not to assess 7 Apr (+35 days): on time.
 *   A…003  request 3 Feb 2025; notice of no plan due +16 weeks = 26 May, sent 30 Jun: late by 35 days.
 *   A…004  request 2 Sep 2024; plan due +140 days = 20 Jan 2025, issued 10 Mar: late by 49 days (189 days, 27 weeks).
 *   A…005  plan 18 Mar 2024 (outside 2025); review meeting 3 Mar 2025, decision 24 Mar (+21 days): within 4 weeks.
 *   A…006  request 24 Nov 2025, undecided; decision due +42 days = 5 Jan 2026: overdue by 10 days on 15 Jan.
 *   20 weeks in 2025: A…001 within, A…004 not: 1 of 2 (50 %); average (140 + 189) / 2 / 7 = 23.5 weeks.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { audit } from '../../src/engine/audit.js';
import { readCsvCaseload } from '../../src/readers/caseload/csv.js';
import { readXlsxCaseload } from '../../src/readers/caseload/xlsx.js';
import { auditSen2 } from '../../src/readers/sen2/audit.js';
import { readSen2Csv } from '../../src/readers/sen2/csv-reader.js';
import { readSen2Xml } from '../../src/readers/sen2/xml-reader.js';
import type { ColumnMap } from '../../src/schema/column-map.js';

const dir = fileURLToPath(new URL('../fixtures/same-cases/', import.meta.url));
const at = (...parts: string[]) => join(dir, ...parts);
const exportFiles = (folder: string) => readdirSync(folder).sort().map((name) => ({ name, content: readFileSync(join(folder, name)) }));
const map = JSON.parse(readFileSync(at('tracker-map.json'), 'utf8')) as ColumnMap;
/** The caseload audit's options that match a return's: judged on the census date, the 20-week window the year before it. */
const asReturn = { asOf: '2026-01-15', from: '2025-01-01', to: '2025-12-31' };

async function fourAudits() {
  const xml = await readSen2Xml(readFileSync(at('return.xml')), { file: 'return.xml' });
  const csvExport = readSen2Csv(exportFiles(at('export')));
  const tracker = await readCsvCaseload([readFileSync(at('tracker.csv'), 'utf8')], { columns: map, dateFormat: 'dd/MM/yyyy' });
  const workbook = readXlsxCaseload(readFileSync(at('tracker.xlsx')), { columns: map });
  return {
    xml: auditSen2(xml.persons, xml.header),
    csvExport: auditSen2(csvExport.persons, csvExport.header),
    tracker: { read: tracker, audit: audit(tracker.cases, asReturn) },
    workbook: { read: workbook, audit: audit(workbook.cases, asReturn) },
  };
}

describe('the same cases in four forms give the same audit (API)', () => {
  it('the SEN2 XML, its CSV export, the wide tracker with its column map and the .xlsx tracker: one Audit', async () => {
    const a = await fourAudits();
    expect(a.csvExport.audit).toEqual(a.xml.audit);
    expect(a.tracker.audit).toEqual(a.xml.audit);
    expect(a.workbook.audit).toEqual(a.xml.audit);
    // The same case records, not only the same figures.
    expect(a.workbook.read.cases).toEqual(a.tracker.read.cases);
    // Every case read in every form: in = audited + set aside, nothing set aside.
    for (const r of [a.xml, a.csvExport]) expect(r.persons).toEqual({ total: 6, audited: 6, setAside: 0 });
    for (const r of [a.tracker.read, a.workbook.read]) {
      expect(r.cases.length).toBe(6);
      expect(r.setAside).toEqual([]);
      expect(r.rowErrors).toEqual([]);
      expect(r.warnings ?? []).toEqual([]);
    }
    // What only a return has: the persons' notes and the measures, the same from the XML and the export.
    expect(a.csvExport.measures).toEqual(a.xml.measures);
    expect(a.csvExport.audited).toEqual(a.xml.audited);
  });

  it('the hand-worked figures (see the header of this file)', async () => {
    const { xml } = await fourAudits();
    expect(xml.audit.asOf).toBe('2026-01-15');
    expect(xml.audit.lateCases).toEqual([
      { caseId: 'A900000000001', ruleId: 'assessment-decision', due: '2025-02-17', done: '2025-02-24', status: 'late', daysLate: 7 },
      { caseId: 'A900000000003', ruleId: 'no-plan-notice', due: '2025-05-26', done: '2025-06-30', status: 'late', daysLate: 35 },
      { caseId: 'A900000000004', ruleId: 'final-plan', due: '2025-01-20', done: '2025-03-10', status: 'late', daysLate: 49 },
      { caseId: 'A900000000006', ruleId: 'assessment-decision', due: '2026-01-05', status: 'overdue', daysLate: 10 },
    ]);
    expect(xml.audit.twentyWeeks.including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
    expect(xml.measures.plans.averageWeeks).toBe(23.5);
    expect(xml.measures.plans.including.bands).toEqual({ withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 0 });
    expect(xml.audit.rules.find((r) => r.ruleId === 'review-decision')).toMatchObject({ applicable: 1, met: 1 });
    // The undecided request is the only person with a note: no decision event, the decision still due.
    expect(xml.audited.map((p) => p.personId)).toEqual(['A900000000006']);
  });

  it('the committed files are what scripts/generate-same-cases.mjs writes (the workbook compared part by part)', () => {
    const out = mkdtempSync(join(tmpdir(), 'send-timescales-same-cases-'));
    const script = fileURLToPath(new URL('../../scripts/generate-same-cases.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const name of ['return.xml', 'tracker.csv', 'tracker-map.json']) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(at(name), 'utf8'));
    expect(exportFiles(join(out, 'export')).map((f) => [f.name, f.content.toString()])).toEqual(exportFiles(at('export')).map((f) => [f.name, f.content.toString()]));
    const parts = (path: string) => Object.fromEntries(Object.entries(unzipSync(readFileSync(path))).map(([n, b]) => [n, strFromU8(b)]));
    expect(parts(join(out, 'tracker.xlsx'))).toEqual(parts(at('tracker.xlsx')));
  });
});

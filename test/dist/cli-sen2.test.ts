/**
 * The built command line on SEN2 returns (issue 16 §1): the XML return and the collection service's
 * CSV export (as a folder and as files) written to a temporary folder from one synthetic return,
 * audited in every format with hand-worked figures; the JSON equal to the API's auditSen2; a
 * malformed return stopped with its line and column and nothing on standard output; and one
 * person's timeline picked out with --case. Synthetic data only.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditSen2 } from '../../src/readers/sen2/audit.js';
import { readSen2Xml } from '../../src/readers/sen2/xml-reader.js';
import type { Sen2Person, Sen2Return } from '../../src/readers/sen2/model.js';
import { workedReturnPersons } from '../support/sen2-model.js';
import { sen2CsvFiles, sen2Xml } from '../support/sen2-synthetic.js';
import { cli } from './support-cli.js';

// The worked return of test/support/sen2-model.ts (`workedReturnPersons`, hand-worked there): census 15
// January 2026, so the measures cover 2025. Statutory: including 1 of 4 (25 %), excluding
// exceptions 1 of 3 (33.3 %); average (140+141+182+365)/4/7 = 29.6 weeks. Persons: 7 in = 6 audited + 1 set aside.
const persons: Sen2Person[] = workedReturnPersons();
const sen2: Sen2Return = { header: { collection: 'SEN2', year: '2026', referenceDate: '2026-01-15', lea: '999' }, persons, unknownElements: [] };
const clean: Sen2Return = { ...sen2, persons: persons.filter((p) => p.position !== 5) };

const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-sen2-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// Saved as .txt: the kind is told by the content, not the name.
const xml = file('return.txt', sen2Xml(sen2));
const cleanXml = file('clean.xml', sen2Xml(clean));
const exportDir = join(dir, 'export');
mkdirSync(exportDir);
const exportFiles = sen2CsvFiles(sen2).map((f) => {
  const path = join(exportDir, f.name);
  writeFileSync(path, f.content);
  return path;
});
file('export/README.txt', 'Notes that are not part of the export.\n');

const json = (args: string[], input?: string) => {
  const r = cli([...args, '--format', 'json'], input);
  return { ...r, report: JSON.parse(r.out) as Record<string, any> };
};
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('send-timescales audit on an SEN2 return (built bin)', () => {
  it('the XML: persons 7 in = 6 audited + 1 set aside (exit 1), the hand-worked measures, the statutory reading cited', () => {
    const r = json(['audit', xml]);
    expect(r.code).toBe(1);
    expect(r.report.input).toEqual({ cases: 7, audited: 6, setAside: 1, badRows: 3, rowsWithoutCase: 0, unit: 'persons' });
    expect(r.report.sen2.persons).toEqual({ total: 7, audited: 6, setAside: 1 });
    expect(r.report.sen2.header.lea).toBe('999');
    expect(r.report.sen2.census).toBe('2026-01-15');
    expect(r.report.asOf).toBe('2026-01-15');
    const m = r.report.sen2.measures;
    expect(m.reading.id).toBe('statutory');
    expect(m.reading.citation.provision).toMatch(/reg 13\(2\)/);
    expect(m.plans.including).toEqual({ plans: 4, withinTwentyWeeks: 1, percent: 25, bands: { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 2, overFiftyTwoWeeks: 1 } });
    expect(m.plans.excludingExceptions).toMatchObject({ plans: 3, withinTwentyWeeks: 1, percent: 33.3 });
    expect(m.plans.averageWeeks).toBe(29.6);
    expect(m.reviews).toMatchObject({ meetings: 1, decidedWithinFourWeeks: 1, percent: 100 });
    // The set-aside person's findings, each with its element path, on stderr and in the JSON.
    expect(r.err).toContain('Person 5 (A000000000005)');
    expect(r.err).toContain('Person[5]/Requests[1]/Assessment[1]/NamedPlan/StartDate "2025-03-01" [INVALID_CASE plan-before-request]');
    expect(r.err).toContain('Person 5 (A000000000005) was set aside');
    expect(r.report.setAside).toEqual(['A000000000005']);
    expect(r.report.rowErrors.map((e: { field: string }) => e.field)).toContain('Person[5]/Requests[1]/Assessment[1]/NamedPlan/StartDate');
  });

  it('the JSON equals the API\'s auditSen2 for the same return: the audit\'s keys, and the return\'s parts under sen2', async () => {
    const { report } = json(['audit', xml]);
    // The same file read by the API (each finding then carries the line its person starts on, as the command's do).
    const read = await readSen2Xml(readFileSync(xml), { file: xml });
    const api = auditSen2(read.persons, read.header);
    for (const key of ['census', 'persons', 'setAside', 'audited', 'measures', 'untimedPlans'] as const) expect(report.sen2[key]).toEqual(plain(api[key]));
    for (const key of ['asOf', 'reviewedOn', 'cases', 'rules', 'twentyWeeks', 'lateCases', 'rejected', 'caseWarnings'] as const) expect(report[key]).toEqual(plain(api.audit[key]));
  });

  it('--reading request-day-one: one day stricter (0 of 4 within), and the report names and cites LG Inform\'s convention', () => {
    const r = json(['audit', xml, '--reading', 'request-day-one']);
    expect(r.report.sen2.measures.reading.id).toBe('request-day-one');
    expect(r.report.sen2.measures.plans.including.withinTwentyWeeks).toBe(0);
    expect(r.report.sen2.measures).toEqual(plain(auditSen2(persons, sen2.header, { reading: 'request-day-one' }).measures));
    const table = cli(['audit', xml, '--reading', 'request-day-one']);
    expect(table.out).toContain('Reading of "within": Reporting convention: the request day is Day 1 (request-day-one).');
    expect(table.out).toMatch(/Cited: LG Inform/);
  });

  it('the CSV export, as its folder or as its nine files, gives the same audit as the XML', () => {
    const x = json(['audit', xml]).report;
    const folder = json(['audit', exportDir]);
    const files = json(['audit', ...exportFiles]);
    for (const r of [folder, files]) {
      expect(r.code).toBe(1);
      expect(r.report.sen2.format).toBe('csv-export');
      expect(r.report.sen2.exportRows.read).toBe(r.report.sen2.exportRows.placed + r.report.sen2.exportRows.setAside);
      for (const key of ['persons', 'measures', 'untimedPlans'] as const) expect(r.report.sen2[key]).toEqual(x.sen2[key]);
      for (const key of ['rules', 'twentyWeeks', 'lateCases', 'input'] as const) expect(r.report[key]).toEqual(x[key]);
    }
  });

  it('a module\'s file missing from the export: exit 1, the message names the module, nothing on stdout', () => {
    const r = cli(['audit', ...exportFiles.filter((f) => !f.endsWith('_namedplan.csv'))]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/missing the file of the namedplan module/);
    const one = cli(['audit', exportFiles.find((f) => f.endsWith('_person.csv'))!]);
    expect(one.code).toBe(1);
    expect(one.err).toMatch(/person file of the SEN2 return's CSV export/);
  });

  it('a clean return: exit 0; standard input (-) is told by its content too', () => {
    expect(cli(['audit', cleanXml]).code).toBe(0);
    const r = json(['audit', '-'], sen2Xml(clean));
    expect(r.code).toBe(0);
    expect(r.report.sen2.persons).toEqual({ total: 6, audited: 6, setAside: 0 });
  });

  it('the table: the header line, persons in = audited + set aside, the measures with their reading; markdown and csv alike', () => {
    const t = cli(['audit', xml]);
    expect(t.out.replace(/\s+/g, ' ')).toContain(`SEN2 XML return ${xml} (local authority 999, collection year 2026): census date 2026-01-15.`);
    expect(t.out).toContain('7 persons in the return: 6 audited, 1 set aside for data-quality findings');
    expect(t.out).toContain('Reading of "within": Statutory reading: the day of the request excluded (statutory).');
    expect(t.out).toMatch(/within 20 weeks\s+1 of 4 \(25\.0 %\)/);
    const md = cli(['audit', xml, '--format', 'markdown']);
    expect(md.out).toContain('# SEN2 return: census date 2026-01-15');
    expect(md.out).toContain('## Persons set aside');
    expect(md.out).toContain('Reading of "within": Statutory reading');
    const csv = cli(['audit', xml, '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe('case_id,rule_id,due,done,status,days_late');
    expect(csv.err).toContain('Measures\' reading: statutory.');
  });

  it('--output-dir: the caseload audit\'s files, plus measures.csv and findings.csv; set-aside.csv lists the findings by element', () => {
    const out = join(dir, 'report');
    const r = cli(['audit', xml, '--output-dir', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['findings.csv', 'late.csv', 'measures.csv', 'overdue.csv', 'rules.csv', 'set-aside.csv', 'summary.csv']);
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(summary).toContain('persons_in_return,7');
    expect(summary).toContain('persons_set_aside,1');
    expect(summary).toContain('measure_reading,statutory');
    expect(readFileSync(join(out, 'measures.csv'), 'utf8')).toContain('including_within_20_weeks,1');
    const setAside = readFileSync(join(out, 'set-aside.csv'), 'utf8');
    expect(setAside).toContain('A000000000005');
    expect(setAside).toContain('Person[5]/Requests[1]/Assessment[1]/NamedPlan/StartDate');
  });

  it('malformed XML: exit 1, the line and column on stderr, nothing on stdout in any format', () => {
    // Line 4 closes <Persons> where <Person> is open.
    const bad = file('bad.xml', '<?xml version="1.0"?>\n<Message><Header><CollectionDetails><Collection>SEN2</Collection><ReferenceDate>2026-01-15</ReferenceDate></CollectionDetails></Header>\n<Persons><Person><UPN>A000000000001</UPN>\n</Persons></Message>\n');
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      const r = cli(['audit', bad, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/MALFORMED_FILE/);
      expect(r.err).toMatch(/line 4, column \d+/);
    }
  });

  it('options of a caseload are refused for a return, and --census of a return for a caseload (exit 2)', () => {
    expect(cli(['audit', xml, '--from', '2025-01-01']).code).toBe(2);
    expect(cli(['audit', xml, '--reading', 'day-one']).code).toBe(2);
  });

  it('--census overrides the ReferenceDate: census 15 January 2027 measures 2026, where no plan was issued', () => {
    const r = json(['audit', cleanXml, '--census', '2027-01-15']);
    expect(r.report.sen2.census).toBe('2027-01-15');
    expect(r.report.sen2.measures.plans.issued).toBe(0);
  });
});

describe('send-timescales timeline on an SEN2 return (built bin)', () => {
  it('--case by UPN: the person\'s case as of the census (plan 26 May 2025 = request 6 Jan + 140: met)', () => {
    const r = cli(['timeline', xml, '--case', 'A000000000001', '--json']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.caseId).toBe('A000000000001');
    expect(t.asOf).toBe('2026-01-15');
    const plan = t.entries.find((e: { ruleId: string }) => e.ruleId === 'final-plan');
    expect(plan).toMatchObject({ due: '2025-05-26', done: '2025-05-26', status: 'met' });
  });

  it('--case by position: person 6 (no UPN) is case 6', () => {
    const r = cli(['timeline', xml, '--case', '6', '--as-of', '2026-02-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Case 6, as of 2026-02-01');
  });

  it('a set-aside person: exit 1 with the findings; no --case on a return of several persons: exit 2', () => {
    const r = cli(['timeline', xml, '--case', 'A000000000005']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('plan-before-request');
    expect(cli(['timeline', xml]).code).toBe(2);
    expect(cli(['timeline', xml, '--case', 'Z999']).code).toBe(2);
  });
});

describe('send-timescales due on an SEN2 return (built bin)', () => {
  it('the worklist of the audited persons, as of the census; the set-aside person reported on stderr and in the JSON (exit 1)', () => {
    const r = json(['due', xml, '--within', '365']);
    expect(r.code).toBe(1);
    expect(r.report.asOf).toBe('2026-01-15');
    expect(r.err).toContain('Person 5 (A000000000005) was set aside');
    expect(r.report.setAside).toEqual(['A000000000005']);
    expect(r.report.sen2.persons).toEqual({ total: 7, audited: 6, setAside: 1 });
    expect(r.report.rowErrors.map((e: { field: string }) => e.field)).toContain('Person[5]/Requests[1]/Assessment[1]/NamedPlan/StartDate');
    const ids = new Set(r.report.items.map((i: { caseId: string }) => i.caseId));
    expect(ids.has('A000000000005')).toBe(false);
    // Person 1's plan of 26 May 2025: its first review is due within 12 months beginning with that day, 25 May 2026.
    expect(r.report.items).toContainEqual(expect.objectContaining({ caseId: 'A000000000001', ruleId: 'annual-review', due: '2026-05-25' }));
    // The same list as audit's cases give: the export (folder and files) lists the same.
    for (const args of [[exportDir], exportFiles]) expect(json(['due', ...args, '--within', '365']).report.items).toEqual(r.report.items);
  });

  it('--census moves the day the list is judged on; --as-of overrides it', () => {
    expect(json(['due', cleanXml, '--census', '2026-03-01']).report.asOf).toBe('2026-03-01');
    expect(json(['due', cleanXml, '--census', '2026-03-01', '--as-of', '2026-02-01']).report.asOf).toBe('2026-02-01');
  });

  it('a caseload\'s options are refused for a return, and --census for a caseload (exit 2)', () => {
    for (const option of [['--columns', 'map.json'], ['--sheet', 'Tracker'], ['--strict-columns']]) expect(cli(['due', xml, ...option]).code).toBe(2);
    const caseload = file('one.csv', 'case_id,event,date\nX1,request-received,2025-01-06\n');
    expect(cli(['due', caseload, '--census', '2026-01-15']).code).toBe(2);
  });
});

describe('the help of the commands that read a return', () => {
  it('audit --help and timeline --help list the SEN2 options under their own heading and say how a return is given', () => {
    const audit = cli(['audit', '--help']).out;
    const block = audit.split('An SEN2 return:\n')[1]!.split('\n\n')[0]!;
    expect(block.split('\n').filter((l) => l.startsWith('  --')).map((l) => l.trim().split(' ')[0])).toEqual(['--census', '--reading']);
    expect(audit.replace(/\s+/g, ' ')).toContain('all nine modules: sen2, person, requests, assessment, namedplan, plandetail, activeplans, placementdetail, senneed');
    const timeline = cli(['timeline', '--help']).out;
    expect(timeline).toContain('An SEN2 return:\n  --census DATE');
    expect(timeline.replace(/\s+/g, ' ')).toContain('UPN#2 for the second request');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { cli } from './support-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const HEADER = 'case_id,event,date,date_of_birth,aware,decision,code,until,body,order,year_group_offset,transfer_stages\n';

describe('send-timescales audit (built bin)', () => {
  it('the example caseload: a readable report, exit 0', () => {
    const r = cli(['audit', example('caseload.csv'), '--as-of', '2026-11-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Compliance as of 2026-11-01');
    expect(r.out).toContain('EHC plans issued within 20 weeks');
    expect(r.out).toMatch(/C001\s+final-plan\s+2025-05-26\s+2025-05-27\s+late\s+1/);
    expect(r.err).toBe('');
  });

  it('good and bad rows: each bad row reported by file line, field, value and reason; good cases still audited; exit 1', () => {
    const path = file('mixed.csv', HEADER + [
      'G1,request-received,2025-01-06,,,,,,,,,',
      'G1,final-plan-issued,2025-05-27,,,,,,,,,',
      'B1,request-received,2025-02-30,,,,,,,,,',
      'B1,final-plan-issued,2025-06-01,,,,,,,,,',
      'B2,plan-issued,2025-01-06,,,,,,,,,',
      'B3,request-received,03/04/2025,,,,,,,,,',
    ].join('\n') + '\n');
    const r = cli(['audit', path, '--as-of', '2026-01-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 4 (case B1): date "2025-02-30"');
    expect(r.err).toContain('Line 6 (case B2): event "plan-issued"');
    expect(r.err).toContain('Line 7 (case B3): date "03/04/2025"');
    expect(r.err).toContain('AMBIGUOUS') ;
    const out = JSON.parse(r.out);
    expect(out.cases).toEqual({ total: 1, valid: 1, rejected: 0 });
    expect(out.input).toEqual({ cases: 4, audited: 1, setAside: 3, badRows: 3, rowsWithoutCase: 0 });
    expect(out.setAside).toEqual(['B1', 'B2', 'B3']);
    expect(out.lateCases).toContainEqual({ caseId: 'G1', ruleId: 'final-plan', due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 });
    expect(out.lateCases.every((l: { caseId: string }) => l.caseId === 'G1')).toBe(true);
  });

  it('--date-format dd/MM/yyyy reads day-first dates and writes the output dates in the same layout', () => {
    const path = file('dmy.csv', 'case_id,event,date\nD1,request-received,06/01/2025\nD1,final-plan-issued,27/05/2025\n');
    const r = cli(['audit', path, '--as-of', '01/07/2025', '--date-format', 'dd/MM/yyyy', '--format', 'csv']);
    expect(r.code).toBe(0);
    // 6 Jan + 6 weeks = 17 Feb, no decision recorded: overdue by 134 days on 1 July; the plan 1 day late.
    expect(r.out.trim().split('\n')).toEqual([
      'case_id,rule_id,due,done,status,days_late',
      'D1,assessment-decision,17/02/2025,,overdue,134',
      'D1,final-plan,26/05/2025,27/05/2025,late,1',
    ]);
  });

  it('each output format: table, json, csv, markdown', () => {
    const args = ['audit', example('caseload.csv'), '--as-of', '2026-11-01'];
    expect(JSON.parse(cli([...args, '--format', 'json']).out).rules.length).toBeGreaterThan(5);
    expect(cli([...args, '--format', 'markdown']).out).toMatch(/^# SEND compliance as of 2026-11-01/);
    const csv = parse(cli([...args, '--format', 'csv']).out, { columns: true }) as Record<string, string>[];
    expect(csv.length).toBeGreaterThan(5);
    expect(Object.keys(csv[0]!)).toEqual(['case_id', 'rule_id', 'due', 'done', 'status', 'days_late']);
    expect(cli([...args, '--format', 'xml']).code).toBe(2);
  });

  it('cells that would start a formula are neutralised in CSV output', () => {
    const path = file('formula.csv', 'case_id,event,date\n"=HYPERLINK(""http://x"")",request-received,2025-01-06\n+SUM(1),request-received,2025-01-06\n');
    const r = cli(['audit', path, '--as-of', '2025-12-01', '--format', 'csv']);
    const lines = r.out.trim().split('\n').slice(1);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^"?'/);
  });

  it('an empty file and a header-only file give an empty audit (exit 0); a BOM is read', () => {
    for (const text of ['', HEADER]) {
      const r = cli(['audit', file(`e${text.length}.csv`, text), '--as-of', '2025-12-01', '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).cases).toEqual({ total: 0, valid: 0, rejected: 0 });
    }
    const bom = cli(['audit', file('bom.csv', '\uFEFFcase_id,event,date\nX1,request-received,2025-01-06\n'), '--as-of', '2025-12-01', '--format', 'json']);
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.out).cases.total).toBe(1);
  });

  it('an unknown column or a missing file is reported, not guessed', () => {
    // Since 0.6 an unknown column is ignored with a warning naming it (exit 0: every row was read);
    // --strict-columns refuses the file as before.
    const r = cli(['audit', file('cols.csv', 'case_id,event,date,colour\nX,request-received,2025-01-06,red\n'), '--as-of', '2025-12-01']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Line 1: unknown column(s) "colour" ignored');
    expect(cli(['audit', file('cols-strict.csv', 'case_id,event,date,colour\nX,request-received,2025-01-06,red\n'), '--strict-columns']).code).toBe(1);
    expect(cli(['audit', join(dir, 'missing.csv')]).code).toBe(2);
  });

  it('a JSON caseload', () => {
    const path = file('cases.json', JSON.stringify([{ id: 'J1', events: [{ type: 'request-received', date: '2025-01-06' }] }, { id: 'J2', events: [{ type: 'nope', date: '2025-01-06' }] }]));
    const r = cli(['audit', path, '--as-of', '2025-12-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Case J2: event "nope"');
    expect(JSON.parse(r.out).cases).toEqual({ total: 2, valid: 1, rejected: 1 });
  });
});

describe('send-timescales timeline (built bin)', () => {
  it('one case as a table and as JSON', () => {
    const r = cli(['timeline', example('case.json'), '--as-of', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Case C003, as of 2026-03-01');
    expect(r.out).toMatch(/2025-09-10\s+plan-transfer\s+met/);
    const json = JSON.parse(cli(['timeline', example('case.json'), '--as-of', '2026-03-01', '--json']).out);
    expect(json.entries.find((e: { ruleId: string }) => e.ruleId === 'plan-transfer-review').due).toBe('2026-01-19');
  });
  it('a bad case exits 1 with the field and value', () => {
    const r = cli(['timeline', file('bad.json', JSON.stringify({ id: 'Z', events: [{ type: 'moved-la', date: '2025-09-01' }] })), '--as-of', '2026-01-01']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('INVALID_CASE');
  });
});

describe('local profiles and term calendars on the command line', () => {
  it('audit --profile dorset reports local and statutory compliance side by side', () => {
    const r = cli(['audit', example('caseload.csv'), '--as-of', '2026-11-01', '--profile', 'dorset']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Local standards beside the statute');
    expect(r.out).toMatch(/dorset-first-review\s+annual-review/);
    const json = JSON.parse(cli(['audit', example('caseload.csv'), '--as-of', '2026-11-01', '--profile', 'dorset', '--format', 'json']).out);
    expect(json.rules.find((x: { ruleId: string }) => x.ruleId === 'dorset-annual-review').local.statutory).toBe('annual-review');
  });
  it('rules --profile dorset lists the local rules beside the statutory ones', () => {
    const r = cli(['rules', '--profile', 'dorset']);
    expect(r.out).toContain('final-plan');
    expect(r.out.replace(/\s+/g, ' ')).toMatch(/dorset-review-letter (?:(?!dorset-).)*; beside review-decision/);
  });
  it('deadline --profile dorset gives the local date and the statutory one; a local id without it is UNKNOWN_RULE', () => {
    const r = cli(['deadline', 'dorset-annual-review', '2025-01-10', '--profile', 'dorset']);
    expect(r.out).toMatch(/^2026-01-10/);
    expect(r.out).toContain('Statutory counterpart annual-review: 2026-01-09');
    expect(cli(['deadline', 'dorset-annual-review', '2025-01-10']).err).toContain('UNKNOWN_RULE');
    expect(cli(['deadline', 'final-plan', '2025-01-10', '--profile', 'narnia']).err).toContain('INVALID_OPTION');
  });
  it('--terms: the 6th school day after a permanent exclusion (Dorset 6.17)', () => {
    const r = cli(['deadline', 'dorset-exclusion-provision', '2025-03-03', '--profile', 'dorset', '--terms', example('terms-example.json'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).due).toBe('2025-03-11');
  });
  it('timeline --profile with a profile file of ones own', () => {
    const r = cli(['timeline', example('case.json'), '--as-of', '2026-03-01', '--profile', example('profile-example.json'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).entries.some((e: { ruleId: string }) => e.ruleId.startsWith('exampleshire-'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from './support-cli.js';
import { parseIcs } from '../report/ics-parsed.js';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const caseFile = fileURLToPath(new URL('../../examples/case.json', import.meta.url));
const caseload = fileURLToPath(new URL('../../examples/caseload.csv', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The built command run in a given time zone. */
function cliInZone(tz: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('send-timescales timeline --format ics (built)', () => {
  it('examples/case.json as of 2026-06-30: its two open deadlines, hand-worked', () => {
    const r = cli(['timeline', caseFile, '--as-of', '2026-06-30', '--format', 'ics']);
    expect(r.code).toBe(0);
    const parsed = parseIcs(r.out);
    expect(parsed.prodId).toBe(`-//send-timescales//send-timescales ${version}//EN`);
    expect(parsed.events.map((e) => [e.uid, e.startType, e.start, e.end])).toEqual([
      // s44(1): reviewed Thursday 15 January 2026; 12 months beginning with that day end on 14 January 2027.
      ['case-C003/annual-review/2027-01-14@send-timescales', 'date', '2027-01-14', '2027-01-15'],
      // reg 18(1)(a): born 8 July 2013, into post-16 on 1 September 2029; "before 31 March" 2029 is 30 March.
      ['case-C003/phase-transfer-post16/2029-03-30@send-timescales', 'date', '2029-03-30', '2029-03-31'],
    ]);
    expect(r.out).not.toContain('2013-07-08');
  });

  it('the same file in time zones 25 hours apart, and on a second run', () => {
    const args = ['timeline', caseFile, '--as-of', '2026-06-30', '--format', 'ics'];
    const east = cliInZone('Pacific/Kiritimati', args); // UTC+14
    const west = cliInZone('Pacific/Pago_Pago', args); // UTC-11
    const london = cliInZone('Europe/London', args);
    expect(east.code).toBe(0);
    expect(west.out).toBe(east.out);
    expect(london.out).toBe(east.out);
    expect(cliInZone('Pacific/Kiritimati', args).out).toBe(east.out);
  });

  it('a caseload without --case: every case\'s open deadlines, as the JSON timelines list them', () => {
    const r = cli(['timeline', caseload, '--as-of', '2025-06-30', '--format', 'ics']);
    expect(r.code).toBe(0);
    const events = parseIcs(r.out).events;
    const ids = ['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'C007'];
    const expected = ids.flatMap((id) => {
      const t = JSON.parse(cli(['timeline', caseload, '--case', id, '--as-of', '2025-06-30', '--json']).out) as { entries: { ruleId: string; due: string | null; status: string }[] };
      return t.entries.filter((e) => (e.status === 'due' || e.status === 'overdue') && e.due !== null).map((e) => [id, e.ruleId, e.due]);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(events.map((e) => [e.summary.slice(5, 9), e.uid.split('/')[1], e.start])).toEqual(expected);
    expect(r.err).toContain('7 case(s) read: 7 in the calendar, 0 set aside.');
  });

  it('with --case: that case alone', () => {
    const r = cli(['timeline', caseload, '--case', 'C004', '--as-of', '2025-06-30', '--format', 'ics']);
    expect(r.code).toBe(0);
    const events = parseIcs(r.out).events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.uid.startsWith('case-C004/'))).toBe(true);
  });

  it('--json and --format ics together are a usage error', () => {
    const r = cli(['timeline', caseFile, '--json', '--format', 'ics']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ask for two formats');
  });

  it('--help says what the calendar holds', () => {
    const r = cli(['timeline', '--help']);
    expect(r.out).toContain('--format table|json|ics');
    expect(r.out).toContain('docs/calendar-export.md');
  });
});

describe('send-timescales deadline --format ics (built)', () => {
  it('final-plan from 6 January 2025, case C004: one event on Monday 26 May 2025', () => {
    // Reg 13(2): 20 weeks after the request: 6 January 2025 + 140 days = 26 May 2025.
    const r = cli(['deadline', 'final-plan', '2025-01-06', '--format', 'ics', '--case', 'C004']);
    expect(r.code).toBe(0);
    const [e, ...rest] = parseIcs(r.out).events;
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ uid: 'case-C004/final-plan/2025-05-26@send-timescales', startType: 'date', start: '2025-05-26', end: '2025-05-27', summary: 'Case C004: Finalised EHC plan sent (the 20-week limit)' });
    expect(e!.description).toContain('Citation: The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530), reg 13(2).');
    expect(e!.description).toContain('Due: Monday 26 May 2025 (2025-05-26)');
  });

  it('the same event in any time zone', () => {
    const args = ['deadline', 'final-plan', '2025-08-11', '--format', 'ics']; // due 2025-12-29
    expect(cliInZone('Pacific/Pago_Pago', args).out).toBe(cliInZone('Pacific/Kiritimati', args).out);
  });

  it('a deadline with no date writes no calendar, says why and exits 1', () => {
    const r = cli(['deadline', 'final-plan', '2025-01-06', '--exception', 'personal-circumstances', '--format', 'ics']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('No calendar event: final-plan has no due date');
  });

  it('--case without --format ics is a usage error', () => {
    expect(cli(['deadline', 'final-plan', '2025-01-06', '--case', 'C1']).code).toBe(2);
  });

  it('--help says what the calendar holds', () => {
    expect(cli(['deadline', '--help']).out).toContain('--format text|json|ics');
  });
});

import { describe, expect, it } from 'vitest';
import { cli } from './support-cli.js';

describe('send-timescales (built bin)', () => {
  it('--help lists the commands and exits 0; no command is a usage error (2)', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('add-working-days');
    expect(cli([]).code).toBe(2);
  });
  it('--version prints the package version', () => {
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('add-working-days: Thu 17 Apr 2025 + 1 = Tue 22 Apr (Easter skipped)', () => {
    const r = cli(['add-working-days', '2025-04-17', '1', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ date: '2025-04-17', n: 1, counting: 'after', result: '2025-04-22' });
    expect(cli(['add-working-days', '2025-04-17', '1']).out).toContain('Tuesday 22 April 2025');
  });
  it('add-working-days with beginning-with counting, a negative n and --date-format', () => {
    // The output date follows --date-format.
    expect(cli(['add-working-days', '06/01/2025', '15', '--counting', 'beginning-with', '--date-format', 'dd/MM/yyyy']).out).toMatch(/^24\/01\/2025/);
    expect(cli(['add-working-days', '2025-04-22', '-1']).out).toMatch(/^2025-04-17/);
  });
  it('working-days-between', () => {
    expect(cli(['working-days-between', '2025-01-01', '2025-12-31']).out.trim()).toBe('253');
    expect(JSON.parse(cli(['working-days-between', '2025-04-17', '2025-04-22', '--json']).out).workingDays).toBe(1);
  });
  it('holidays: text, --json and CSV for a range of years (projected years flagged)', () => {
    const text = cli(['holidays', '2026']);
    expect(text.out).toContain('2026-12-28  Monday 28 December 2026');
    const json = JSON.parse(cli(['holidays', '2025', '--json']).out);
    expect(json).toHaveLength(8);
    const csv = cli(['holidays', '2028..2029', '--format', 'csv']).out.trim().split('\n');
    expect(csv[0]).toBe('date,name,projected');
    expect(csv).toHaveLength(17);
    expect(csv.at(-1)).toContain(',true');
  });
  it('bad data exits 1 with the code, field and value on stderr', () => {
    const r = cli(['add-working-days', '03/04/2025', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('AMBIGUOUS_DATE');
    expect(r.err).toContain('03/04/2025');
    expect(r.out).toBe('');
  });
  it('usage mistakes exit 2', () => {
    expect(cli(['add-working-days', '2025-01-01']).code).toBe(2);
    expect(cli(['add-working-days', '2025-01-01', 'x']).code).toBe(2);
    expect(cli(['holidays', '2025', '--format', 'xml']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['holidays', '2025', '--bogus']).code).toBe(2);
  });
});

describe('deadline and rules commands', () => {
  it('deadline final-plan 2025-01-06 → 2025-05-26 (reg 13(2), no roll-forward off the bank holiday)', () => {
    const r = cli(['deadline', 'final-plan', '2025-01-06']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2025-05-26/);
    expect(r.out).toContain('reg 13(2)');
  });
  it('deadline --explain shows each step; --json is the Deadline object', () => {
    const explained = cli(['deadline', 'final-plan', '2025-01-06', '--explain']).out;
    expect(explained).toContain('How the date was worked out');
    expect(explained).toContain('Spring bank holiday');
    const json = JSON.parse(cli(['deadline', 'appeal', 'decisionSent=2025-06-30', '--json']).out);
    expect(json.due).toBe('2025-09-01');
    expect(json.trace.length).toBeGreaterThan(2);
  });
  it('deadline with compound named dates, options and --date-format', () => {
    expect(cli(['deadline', 'plan-transfer', 'move=24/03/2025', 'aware=17/03/2025', '--date-format', 'dd/MM/yyyy']).out).toMatch(/^04\/04\/2025/);
    expect(cli(['deadline', 'phase-transfer', '2026-09-01', '--fixed-date', 'on-or-before']).out).toMatch(/^2026-02-15/);
    expect(cli(['deadline', 'review-meeting-notice', '2025-03-03', '--notice', 'permissive']).out).toMatch(/^2025-02-17/);
    expect(cli(['deadline', 'final-plan', '2025-01-06', '--exception', 'personal-circumstances']).out).toContain('lifted');
  });
  it('deadline errors: unknown rule and not in force exit 1; a missing date exits 2', () => {
    const unknown = cli(['deadline', 'final-plans', '2025-01-06']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('UNKNOWN_RULE');
    expect(cli(['deadline', 'final-plan', '2014-08-01']).err).toContain('NOT_IN_FORCE');
    expect(cli(['deadline', 'final-plan']).code).toBe(2);
  });
  it('rules lists every rule; --json and --markdown', () => {
    expect(cli(['rules']).out).toContain('final-plan');
    expect(JSON.parse(cli(['rules', '--json']).out).length).toBeGreaterThan(60);
    expect(cli(['rules', '--markdown']).out).toMatch(/^# Rule reference/);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { cli } from './support-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-input-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const json = (text: string) => JSON.parse(text) as Record<string, any>;
/** Every line at most 100 characters, none ending in a space. */
const fits = (text: string) => text.split('\n').filter((l) => [...l].length > 100 || /\s$/.test(l));

describe('audit: the headline counts every case, the window is stated, output goes where asked', () => {
  // G1, G2 good; B1 (31 Feb), B2 (no such event), B3 (ambiguous date) set aside: 5 cases, 2 audited, 3 set aside.
  const caseload = file('headline.csv', [
    'case_id,event,date',
    'G1,request-received,2025-01-06',
    'G1,final-plan-issued,2025-05-27',
    'B1,request-received,2025-02-30',
    'B1,final-plan-issued,2025-06-01',
    'G2,request-received,2025-03-03',
    'B2,plan-issued,2025-01-06',
    'B3,request-received,03/04/2025',
  ].join('\n') + '\n');

  it('table, Markdown and JSON all say "5 cases in the file: 2 audited, 3 set aside" and state the window; cases in = audited + set aside', () => {
    const args = ['audit', caseload, '--as-of', '2026-01-01', '--from', '2025-01-01', '--to', '2025-12-31'];
    const table = cli(args);
    expect(table.code).toBe(1);
    expect(table.out).toContain('5 cases in the file: 2 audited, 3 set aside for bad rows');
    expect(table.out).toContain('Window: plans issued from 2025-01-01 to 2025-12-31 count toward the 20-week measure');
    expect(fits(table.out)).toEqual([]);
    const md = cli([...args, '--format', 'markdown']);
    expect(md.out).toContain('5 cases in the file: 2 audited, 3 set aside for bad rows.');
    expect(md.out).toContain('Window: plans issued from 2025-01-01 to 2025-12-31');
    const out = json(cli([...args, '--format', 'json']).out);
    expect(out.input).toEqual({ cases: 5, audited: 2, setAside: 3, badRows: 3, rowsWithoutCase: 0 });
    expect(out.input.cases).toBe(out.input.audited + out.input.setAside);
    expect(out.window).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    // CSV holds the late list alone; the headline and the window are stated beside it, on stderr.
    const csv = cli([...args, '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe('case_id,rule_id,due,done,status,days_late');
    expect(csv.err).toContain('5 cases in the file: 2 audited, 3 set aside for bad rows. Window: plans issued from 2025-01-01 to 2025-12-31');
  });

  it('a reversed window is a usage error (exit 2); the help says what the window filters', () => {
    const r = cli(['audit', caseload, '--from', '2025-12-31', '--to', '2025-01-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--from 2025-12-31 is after --to 2025-01-01');
    expect(r.out).toBe('');
    expect(cli(['audit', '--help']).out.replace(/\s+/g, ' ')).toContain('Only plans issued on or after this day count toward the 20-week measure');
  });

  it('--output-dir writes summary, per-rule, late, overdue and set-aside files, formula-safe', () => {
    const bad = file('formula-bad.csv', 'case_id,event,date\n=cmd(),request-received,2025-02-30\nG1,request-received,2025-01-06\nG1,final-plan-issued,2025-05-27\n');
    const out = join(dir, 'report', 'nested');
    const r = cli(['audit', bad, '--as-of', '2026-01-01', '--output-dir', out, '--from', '2025-01-01']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 cases in the file: 1 audited, 1 set aside for bad rows');
    const read = (name: string) => parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const summary = Object.fromEntries(read('summary.csv').map((row) => [row.measure, row.value]));
    expect(summary).toMatchObject({ as_of: '2026-01-01', window_from: '2025-01-01', window_to: '', cases_in_file: '2', cases_audited: '1', cases_set_aside: '1', plans_issued: '1', plans_within_20_weeks: '0' });
    expect(read('rules.csv').find((row) => row.rule_id === 'final-plan')).toMatchObject({ late: '1', met: '0' });
    // Request 6 Jan 2025: plan due 26 May (reg 13(2)), issued 27 May: 1 day late.
    expect(read('late.csv')).toEqual([{ case_id: 'G1', rule_id: 'final-plan', due: '2025-05-26', done: '2025-05-27', status: 'late', days_late: '1' }]);
    expect(read('overdue.csv').every((row) => row.status === 'overdue')).toBe(true);
    const setAside = read('set-aside.csv');
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ case_id: "'=cmd()", line: '2', field: 'date', code: 'INVALID_DATE' });
  });

  it('"-" reads a CSV or a JSON caseload from standard input', () => {
    const csv = cli(['audit', '-', '--as-of', '2025-12-01', '--format', 'json'], 'case_id,event,date\nS1,request-received,2025-01-06\n');
    expect(csv.code).toBe(0);
    expect(json(csv.out).input).toMatchObject({ cases: 1, audited: 1 });
    const fromJson = cli(['audit', '-', '--as-of', '2025-12-01', '--format', 'json'], JSON.stringify([{ id: 'S1', events: [] }, { id: 'S2', events: [] }]));
    expect(json(fromJson.out).input).toMatchObject({ cases: 2, audited: 2 });
    // Streamed like a file: blank lines before the header still count, so the bad row is on line 4.
    const rows = ['', '', 'case_id,event,date', 'S1,request-received,2025-02-30'];
    for (let i = 0; i < 100_000; i++) rows.push(`M${i},request-received,2025-01-06`);
    const streamed = cli(['audit', '-', '--as-of', '2025-12-01', '--format', 'json'], rows.join('\n') + '\n');
    expect(streamed.code).toBe(1);
    expect(streamed.err).toMatch(/^Line 4 \(case S1\): date "2025-02-30"/m);
    expect(json(streamed.out).input).toMatchObject({ cases: 100_001, audited: 100_000, setAside: 1 });
  });
});

describe('due: the worklist of open deadlines', () => {
  it('soonest first with working days left, in every format; --within checked', () => {
    // reg 5(1): requests on 6 and 13 Jan 2025 are decided by 17 and 24 Feb. On 3 Feb: 10 and 15 working days left.
    const path = file('due.csv', 'case_id,event,date\nL2,request-received,2025-01-13\nL1,request-received,2025-01-06\nOLD,request-received,2024-11-04\n');
    const table = cli(['due', path, '--within', '30', '--as-of', '2025-02-03']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/2025-02-17\s+10\s+L1\s+assessment-decision/);
    expect(table.out.indexOf('L1')).toBeLessThan(table.out.indexOf('L2'));
    expect(table.out).not.toContain('OLD'); // overdue since 16 Dec 2024: not on a list of what falls due
    expect(fits(table.out)).toEqual([]);
    const rows = parse(cli(['due', path, '--within', '30', '--as-of', '2025-02-03', '--format', 'csv']).out, { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.rule_id === 'assessment-decision').map((r) => [r.case_id, r.due, r.working_days_left])).toEqual([['L1', '2025-02-17', '10'], ['L2', '2025-02-24', '15']]);
    const out = json(cli(['due', path, '--within', '14', '--as-of', '2025-02-03', '--format', 'json']).out);
    expect(out.until).toBe('2025-02-17');
    expect(out.items.map((i: { caseId: string }) => i.caseId)).toEqual(['L1']);
    expect(cli(['due', path, '--within', 'soon']).code).toBe(2);
  });
});

describe('timeline reads a caseload CSV', () => {
  it('--case picks one case; without it a file of several cases is a usage error', () => {
    const r = cli(['timeline', example('caseload.csv'), '--case', 'C004', '--as-of', '2026-11-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Case C004, as of 2026-11-01');
    expect(r.out).toMatch(/under-5-review/);
    expect(fits(r.out)).toEqual([]);
    const none = cli(['timeline', example('caseload.csv'), '--as-of', '2026-11-01']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('holds 7 cases; choose one with --case');
  });
});

describe('help and layout', () => {
  const options: Record<string, string[]> = {
    audit: ['as-of', 'format', 'output-dir', 'from', 'to', 'reviewed-on', 'profile', 'terms', 'date-format', 'help'],
    due: ['within', 'as-of', 'format', 'reviewed-on', 'profile', 'terms', 'date-format', 'help'],
    timeline: ['case', 'as-of', 'reviewed-on', 'profile', 'terms', 'date-format', 'format', 'json', 'help'],
    deadline: ['explain', 'json', 'format', 'case', 'notice', 'fixed-date', 'exception', 'coronavirus', 'profile', 'terms', 'date-format', 'help'],
    rules: ['json', 'markdown', 'profile', 'help'],
    'add-working-days': ['counting', 'date-format', 'json', 'help'],
    'working-days-between': ['date-format', 'json', 'help'],
    holidays: ['format', 'json', 'help'],
  };
  it('each command\'s --help lists every option with a line of explanation, the CSV columns it reads and an example, within 100 columns', () => {
    for (const [name, expected] of Object.entries(options)) {
      const help = cli([name, '--help']);
      expect(help.code).toBe(0);
      const block = help.out.split('Options:\n')[1]!.split('\n\n')[0]!;
      // Each entry: '  --name [VALUE]' then its explanation, on the same line or the indented lines below.
      const entries = block.split(/\n(?= {2}--)/).map((e) => /^ {2}--([a-z-]+)(?: \S+)?\s+([\s\S]*)$/.exec(e)!);
      expect(entries.map((m) => m[1])).toEqual(expected);
      for (const m of entries) expect(m[2]!.split(/\s+/).length).toBeGreaterThanOrEqual(3);
      expect(help.out).toMatch(new RegExp(`Example:\\n  send-timescales ${name}`));
      if (['audit', 'due', 'timeline'].includes(name)) expect(help.out.replace(/\s+/g, ' ')).toContain('Columns read: case_id, event, date (required)');
      expect(fits(help.out)).toEqual([]);
    }
    expect(fits(cli(['--help']).out)).toEqual([]);
  });
  it('rules wraps its words within 100 columns and cuts none', () => {
    const out = cli(['rules']).out;
    expect(fits(out)).toEqual([]);
    // The longest period description in the table, kept whole (joined back from its wrapped lines).
    expect(out.replace(/\s+/g, ' ')).toContain('the later of 2 months after the decision notice was sent and 1 month from the issue of any mediation certificate');
  });
});

describe('dates and field names on the command line', () => {
  it('--as-of accepts ISO beside --date-format; the file is read in that layout; output dates follow it', () => {
    const path = file('dmy-due.csv', 'case_id,event,date\nD1,request-received,06/01/2025\n');
    const r = cli(['due', path, '--as-of', '2025-02-03', '--date-format', 'dd/MM/yyyy', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('D1,assessment-decision,Decision whether to secure an EHC needs assessment,17/02/2025,14,10');
  });
  it('errors name fields as the API does: trigger, trigger.move, asOf', () => {
    expect(cli(['deadline', 'final-plan', '2025-02-30']).err).toContain('(trigger)');
    expect(cli(['deadline', 'plan-transfer', 'move=2025-02-30', 'aware=2025-01-01']).err).toContain('(trigger.move)');
    expect(cli(['audit', example('caseload.csv'), '--as-of', '2025-02-30']).err).toContain('(asOf)');
  });
});

describe('bad input never loses good data (the built CLI)', () => {
  it('mixed CRLF and LF line endings: every case read', () => {
    const path = file('mixed-endings.csv', 'case_id,event,date\r\nA,request-received,2025-01-06\nB,request-received,2025-01-07\nC,request-received,2025-01-08\r\n');
    const r = cli(['audit', path, '--as-of', '2025-03-01', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.out).input).toEqual({ cases: 3, audited: 3, setAside: 0, badRows: 0, rowsWithoutCase: 0 });
  });

  it('stray and unclosed quotes, extra cells and blank lines: each bad row reported by its file line, every good row audited', () => {
    const path = file('quotes.csv', [
      'case_id,event,date,note', // 1
      'A,request-received,2025-01-06,Dr "Smith" called', // 2: a quote inside an unquoted cell is text
      '', // 3
      '', // 4
      'B,request-received,2025-01-07,"never closed', // 5
      'C,request-received,2025-01-08', // 6: read on its own after B's broken quote
      'D,request-received,2025-01-09,x,surplus', // 7: a cell beyond the header
      'E,request-received,2025-02-30', // 8: bad date, after blank lines
      'F,request-received,2025-01-10,"x"y"', // 9: a quote inside a quoted cell that neither closes nor doubles
      'G,request-received,2025-01-13,"two', // 10: a quoted cell over two lines
      'lines"', // 11
    ].join('\n') + '\n');
    const r = cli(['audit', path, '--as-of', '2025-03-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Line 5 \(case B\): row \[INVALID_CASE\]: A quoted cell opens on this line/m);
    expect(r.err).toMatch(/^Line 7 \(case D\): row "surplus"/m);
    expect(r.err).toMatch(/^Line 8 \(case E\): date "2025-02-30"/m);
    expect(r.err).toMatch(/^Line 9 \(case F\): row \[INVALID_CASE\]: A quote inside a quoted cell/m);
    const out = json(r.out);
    expect(out.input).toEqual({ cases: 7, audited: 3, setAside: 4, badRows: 4, rowsWithoutCase: 0 });
    expect(out.setAside).toEqual(['B', 'D', 'E', 'F']);
    expect(out.lateCases.map((l: { caseId: string }) => l.caseId).sort()).toEqual(['A', 'C', 'G']);
  });

  it('a duplicated column is refused; a line over the size limit is reported and skipped; a NUL byte is not text', () => {
    const dup = cli(['audit', file('dup.csv', 'case_id,event,date,date\nA,request-received,2025-01-06,2025-01-07\n')]);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('the column "date" is named twice');
    const long = file('long.csv', `case_id,event,date\nA,request-received,2025-01-06\nB,request-received,${'9'.repeat(1_100_000)}\nC,request-received,2025-01-07\n`);
    const r = cli(['audit', long, '--as-of', '2025-03-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 3: row [INVALID_CASE]: The line is longer than 1,048,576 characters');
    expect(r.err.length).toBeLessThan(2000);
    expect(json(r.out).input).toEqual({ cases: 2, audited: 2, setAside: 0, badRows: 1, rowsWithoutCase: 1 });
    const header = cli(['audit', file('long-header.csv', `case_id,event,date,${'x'.repeat(5000)}\n`)]);
    expect(header.code).toBe(0); // an ignored column is a warning, and the file has no rows to set aside
    expect(header.err).toContain('(5,000 characters)');
    expect(header.err.length).toBeLessThan(1000);
    const nul = cli(['audit', file('nul.csv', 'case_id,event,date\nA,request-\u0000received,2025-01-06\n')]);
    expect(nul.code).toBe(1);
    expect(nul.err).toContain('Line 2 holds a NUL character');
  });

  it('JSON: a record with an object id or a 4,101-deep array is reported; the good records are audited', () => {
    let deep: unknown = [];
    for (let i = 0; i < 4101; i++) deep = [deep];
    const path = file('odd.json', `[{"id":{"toString":1},"events":[]},{"id":"DEEP","events":[],"note":${JSON.stringify(deep)}},{"id":"OK","events":[{"type":"request-received","date":"2025-01-06"}]}]`);
    for (const command of ['audit', 'timeline']) {
      const r = cli([command, path, '--as-of', '2025-03-01', ...(command === 'timeline' ? ['--case', 'OK', '--json'] : ['--format', 'json'])]);
      expect(r.err).not.toContain('Unexpected failure');
      if (command === 'audit') {
        expect(r.code).toBe(1);
        expect(r.err).toMatch(/^Record 1: id \{"toString":1\} \[INVALID_CASE\]/m);
        expect(r.err).toMatch(/^Record 2 \(case DEEP\): note\[0\]/m);
        expect(json(r.out).input).toEqual({ cases: 3, audited: 1, setAside: 2, badRows: 2, rowsWithoutCase: 0 });
      } else {
        expect(r.code).toBe(0);
        expect(json(r.out).caseId).toBe('OK');
      }
    }
  });

  it('a symbolic link loop, an over-long name and a folder are usage errors (exit 2) with a plain message', () => {
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    const loop = cli(['audit', join(dir, 'loop-a')]);
    expect([loop.code, loop.err.trim()]).toEqual([2, `Could not read ${join(dir, 'loop-a')}: the path goes round a loop of symbolic links.`]);
    const long = cli(['timeline', join(dir, `${'n'.repeat(5000)}.csv`)]);
    expect(long.code).toBe(2);
    expect(long.err).toContain('the name is too long');
    expect(long.err).not.toContain(' at ');
    expect(long.err.length).toBeLessThan(400);
    expect(cli(['due', dir]).err).toContain('it is a folder, not a file');
  });

  it('control characters in a value are shown escaped on stderr, in the table and in Markdown, never sent raw', () => {
    const path = file('escape.csv', 'case_id,event,date\n"X\u001b[2J\nForged line",request-received,2025-01-06\n"Y|*a*<b>\u001b]0;t\u0007",request-recieved,2025-01-06\n');
    const table = cli(['audit', path, '--as-of', '2025-03-01']);
    const md = cli(['audit', path, '--as-of', '2025-03-01', '--format', 'markdown']);
    for (const text of [table.out, table.err, md.out]) {
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(text).not.toMatch(/^Forged line/m);
    }
    expect(table.out).toContain('X\\u001B[2J\\nForged line');
    expect(table.err).toContain('(case Y|*a*<b>\\u001B]0;t\\u0007)');
    expect(md.out).toContain('| X\\\\u001B\\[2J\\\\nForged line |');
  });
});

describe('JSON output is written in parts', () => {
  it('a caseload of 20,000 cases gives one valid JSON document whose lists hold every case', () => {
    const rows = ['case_id,event,date'];
    for (let i = 0; i < 20_000; i++) rows.push(`C${i},request-received,2025-01-06`);
    const r = cli(['audit', file('big.csv', rows.join('\n') + '\n'), '--as-of', '2025-03-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.out);
    // Every request of 6 Jan 2025 had its decision due 17 Feb (reg 5(1)): overdue on 1 Mar.
    expect(out.lateCases).toHaveLength(20_000);
    expect(out.input.cases).toBe(20_000);
  });
});

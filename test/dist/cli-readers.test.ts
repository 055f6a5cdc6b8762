/**
 * The built command line on the inputs of issue 16 §2: a wide export with a column map, an Excel
 * workbook (first sheet, a sheet by name, a missing sheet), and a file with unknown columns.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-readers-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const WIDE = ['audit', example('wide-caseload.csv'), '--columns', example('wide-map.json'), '--date-format', 'dd/MM/yyyy', '--as-of', '01/11/2025'];

describe('send-timescales on case-management exports and Excel trackers (built bin)', () => {
  it('audit of a wide export with its column map: 12 cases = 11 audited + 1 set aside, the bad cell named by its heading', () => {
    const r = cli([...WIDE, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Line 11 (case W010): EHCP Issued "31/04/2025" [INVALID_DATE]');
    const out = JSON.parse(r.out);
    expect(out.input).toEqual({ cases: 12, audited: 11, setAside: 1, badRows: 1, rowsWithoutCase: 0 });
    expect(out.twentyWeeks.including).toEqual({ plansIssued: 7, withinTwentyWeeks: 3, percent: 42.9 });
    expect(out.warnings).toBeUndefined();
  });

  it('the same tracker as an .xlsx workbook gives the same audit; the bad row is named by its sheet row', () => {
    const csv = JSON.parse(cli([...WIDE, '--format', 'json']).out);
    const r = cli(['audit', example('wide-caseload.xlsx'), '--columns', example('wide-map.json'), '--date-format', 'dd/MM/yyyy', '--as-of', '2025-11-01', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Row 11 (case W010): EHCP Issued "31/04/2025"');
    const xlsx = JSON.parse(r.out);
    expect(xlsx.input).toEqual(csv.input);
    expect(xlsx.lateCases).toEqual(csv.lateCases);
    expect(xlsx.rules).toEqual(csv.rules);
  });

  it('--sheet reads a sheet by name; a sheet the workbook does not have is an error listing its sheets', () => {
    const notes = cli(['audit', example('wide-caseload.xlsx'), '--sheet', 'Notes', '--as-of', '2025-11-01']);
    expect(notes.code).toBe(1);
    expect(notes.err).toContain('Row 1: the header has no "case_id" column');
    const missing = cli(['audit', example('wide-caseload.xlsx'), '--sheet', 'Closed cases', '--as-of', '2025-11-01']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('has no sheet "Closed cases"; its sheets are "EHC tracker", "Notes".');
    const timeline = cli(['timeline', example('wide-caseload.xlsx'), '--columns', example('wide-map.json'), '--case', 'W001', '--as-of', '2025-11-01', '--json']);
    expect(timeline.code).toBe(0);
    expect(JSON.parse(timeline.out).entries.find((e: { ruleId: string }) => e.ruleId === 'final-plan')).toMatchObject({ due: '2025-05-26', done: '2025-05-27', status: 'late' });
  });

  it('unknown columns: ignored with one warning naming them (stderr and JSON), every case read, exit 0 (a warning is not a bad row); --strict-columns refuses the file', () => {
    const path = file('extra.csv', 'Case ID,Event,Date,Caseworker,School\nX1,request-received,2025-01-06,A. Person,Elmfield\n');
    const r = cli(['due', path, '--as-of', '2025-02-03', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^Line 1: unknown column\(s\) "Caseworker", "School" ignored/)]);
    const out = JSON.parse(r.out);
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'UNKNOWN_COLUMNS', columns: ['Caseworker', 'School'] })]);
    expect(out.items.map((i: { caseId: string }) => i.caseId)).toContain('X1');
    const strict = cli(['due', path, '--as-of', '2025-02-03', '--strict-columns']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('Line 1: unknown column(s) "Caseworker", "School". The columns are case_id');
    expect(strict.out).toBe('');
  });

  it('a bad column map is refused with the path into it; a map that is not JSON is refused', () => {
    const bad = cli(['audit', example('wide-caseload.csv'), '--columns', file('bad-map.json', '{"events": {"EHCP Issued": "plan-issued"}}')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('INVALID_OPTION (columnMap.events["EHCP Issued"])');
    expect(cli(['audit', example('wide-caseload.csv'), '--columns', file('not-json.json', '{')]).err).toContain('is not valid JSON');
  });

  it('each reading command\'s --help lists --columns, --sheet and --strict-columns under "Reading the file:"', () => {
    for (const name of ['audit', 'due', 'timeline']) {
      const help = cli([name, '--help']).out;
      const block = help.split('Reading the file:\n')[1]!.split('\n\n')[0]!;
      expect(block.split('\n').filter((l) => l.startsWith('  --')).map((l) => l.trim().split(/\s+/)[0])).toEqual(['--columns', '--sheet', '--strict-columns']);
      expect(help.replace(/\s+/g, ' ')).toContain('Headings match whatever their case, spacing or punctuation');
    }
  });
});

/** The options a command's --help lists: each flag with its placeholder (a string option) or none (a switch). */
function helpOptions(help: string): { name: string; value: string | undefined }[] {
  // An option's line starts two spaces in; the lines of its explanation are indented further.
  return [...help.matchAll(/^ {2}--([a-z0-9-]+)(?: (\S+))?/gm)].map((m) => ({ name: m[1]!, value: m[2] }));
}

/** The options a command's own module reads from its parsed arguments (`values.x`, `values['x-y']`). */
function optionsRead(command: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../../src/cli/commands/${command}.ts`, import.meta.url)), 'utf8');
  return [...new Set([...source.matchAll(/values(?:\.([a-zA-Z]+)|\['([a-z-]+)'\])/g)].map((m) => m[1] ?? m[2]!))];
}

describe('every command\'s --help against its real options (built bin)', () => {
  const main = cli(['--help']).out;
  const commands = [...main.split('Commands:\n')[1]!.split('\n\n')[0]!.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]!);
  const helps = new Map(commands.map((command) => [command, cli([command, '--help']).out]));

  it('the main help lists the eight commands', () => {
    expect(commands).toEqual(expect.arrayContaining(['deadline', 'rules', 'timeline', 'audit', 'due', 'add-working-days', 'working-days-between', 'holidays']));
  });

  it('no option documented that the command does not take: every option of the help is accepted by its parser', () => {
    for (const command of commands) {
      const options = helpOptions(helps.get(command)!).filter((o) => o.name !== 'help');
      // All of them at once: the parser (strict) refuses an unknown one before anything else is judged.
      const r = cli([command, ...options.flatMap((o) => (o.value === undefined ? [`--${o.name}`] : [`--${o.name}`, 'x']))]);
      expect(r.err, command).not.toMatch(/Unknown option|does not take an argument|argument missing/);
      // And an option the help does not list is refused by the same parser.
      const unknown = cli([command, '--no-such-option']);
      expect([unknown.code, unknown.err.includes("Unknown option '--no-such-option'")], command).toEqual([2, true]);
    }
  });

  it('none missing: every option a command reads is in its help', () => {
    for (const command of commands) {
      const listed = helpOptions(helps.get(command)!).map((o) => o.name);
      for (const name of optionsRead(command)) expect(listed, `${command} reads --${name}`).toContain(name);
    }
  });

  it('the commands that read files name every input they take: a caseload CSV, a wide export with --columns, an .xlsx with --sheet, the SEN2 XML and its CSV export as a folder', () => {
    for (const command of ['audit', 'due', 'timeline']) {
      const help = helps.get(command)!.replace(/\s+/g, ' ');
      expect(help, command).toMatch(/Usage: send-timescales \S+ <[^>]*caseload\.csv[^>]*\.xlsx[^>]*return\.xml[^>]*SEN2 export/);
      for (const words of ['A caseload CSV has one row per event', 'A file of one row per case', '--columns MAP.json', 'An .xlsx workbook', '--sheet NAME',
        'An SEN2 return is told by its content', 'the XML return', 'CSV export, given as its folder or as its files']) {
        expect(help, `${command}: ${words}`).toContain(words);
      }
    }
  });
});

/**
 * Issue 16's "Done when", on the built command line: the six invented cases of
 * test/fixtures/same-cases/ (hand-worked in test/readers/same-cases.test.ts), as a SEN2 XML return,
 * its CSV export (the folder, and its nine files named one by one), a wide case-management export
 * with its column map and an Excel tracker, each give the same `audit --format json` and the same
 * `due` worklist.
 *
 * The four forms carry the same facts because the cases hold only what all of them can carry (the
 * choice is written in scripts/generate-same-cases.mjs): no 20-week exception, no mediation or
 * tribunal, at most one review cycle, no transfer in, no ceased plan.
 *
 * What differs by kind of input, and only that, is left out of the comparison:
 * - `sen2`: a return's own parts (the header, the persons, the Department's measures, the notes);
 * - `input.unit`: a return counts persons ('persons'), a caseload counts cases (no unit);
 * - `warnings`: "none" is written [] for a return and left out for a caseload.
 * A return is judged on its census date and its 20-week window is the calendar year before it; a
 * caseload is given the same with --as-of, --from and --to.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support-cli.js';

const dir = fileURLToPath(new URL('../fixtures/same-cases/', import.meta.url));
const at = (...parts: string[]) => join(dir, ...parts);
const exportDir = at('export');
const exportFiles = readdirSync(exportDir).sort().map((n) => join(exportDir, n));
const map = at('tracker-map.json');
/** A caseload judged as a return of census 15 January 2026 is: as of that day, the 20-week window 2025. */
const asReturn = ['--as-of', '2026-01-15', '--from', '2025-01-01', '--to', '2025-12-31'];

/** The inputs, each with the arguments that read it. */
const forms: Record<string, string[]> = {
  'the SEN2 XML return': [at('return.xml')],
  'its CSV export, as a folder': [exportDir],
  'its CSV export, as its nine files': exportFiles,
  'the wide export with its column map': [at('tracker.csv'), '--columns', map, '--date-format', 'dd/MM/yyyy'],
  'the Excel tracker with its column map': [at('tracker.xlsx'), '--columns', map],
};
const isReturn = (name: string) => !name.includes('tracker') && !name.includes('wide');

/** The audit's JSON with what only one kind of input has taken out (see the header of this file). */
function comparable(report: Record<string, any>): Record<string, unknown> {
  // `source.kind` names the input's kind (sen2 or csv/xlsx), so it differs by form by design.
  const { sen2: _sen2, warnings, input, source, ...rest } = report;
  const { unit: _unit, ...counts } = input;
  expect(warnings ?? []).toEqual([]);
  expect(typeof source?.kind).toBe('string');
  return { ...rest, input: counts };
}

function auditJson(name: string): { code: number | null; report: Record<string, any> } {
  const args = ['audit', ...forms[name]!, ...(isReturn(name) ? [] : asReturn), '--format', 'json'];
  const r = cli(args);
  expect(r.err, name).toBe('');
  return { code: r.code, report: JSON.parse(r.out) };
}

describe('the same cases in four forms give the same audit and worklist (built bin)', () => {
  it('audit --format json: the same report from each form, every case audited (exit 0)', () => {
    const reports = Object.keys(forms).map((name) => ({ name, ...auditJson(name) }));
    const first = comparable(reports[0]!.report);
    expect(first.input).toEqual({ cases: 6, audited: 6, setAside: 0, badRows: 0, rowsWithoutCase: 0 });
    expect(first.window).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect((first.twentyWeeks as any).including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
    for (const r of reports) {
      expect(r.code, r.name).toBe(0);
      expect(comparable(r.report), r.name).toEqual(first);
    }
    // The return's own parts: the same from the XML and the export, the measures hand-worked (23.5 weeks on average).
    const sen2 = reports.filter((r) => isReturn(r.name)).map((r) => r.report.sen2);
    for (const s of sen2) {
      expect(s.persons).toEqual({ total: 6, audited: 6, setAside: 0 });
      expect(s.measures).toEqual(sen2[0].measures);
    }
    expect(sen2[0].measures.plans.averageWeeks).toBe(23.5);
  });

  it('due: the same worklist from each form; a return is judged on its census date without --as-of', () => {
    // Open on 15 January 2026, due within 60 days (to 16 March): A…004's review before the phase transfer
    // (before 15 February: 14 February); the annual reviews, 12 months beginning with the last review or
    // the plan (s44(1)): A…005's meeting 3 March 2025 gives 2 March 2026, A…004's plan 10 March 2025 gives 9 March.
    const expected = [
      { caseId: 'A900000000004', ruleId: 'phase-transfer', due: '2026-02-14', daysLeft: 30 },
      { caseId: 'A900000000005', ruleId: 'annual-review', due: '2026-03-02', daysLeft: 46 },
      { caseId: 'A900000000004', ruleId: 'annual-review', due: '2026-03-09', daysLeft: 53 },
    ];
    let first: unknown;
    for (const [name, args] of Object.entries(forms)) {
      const r = cli(['due', ...args, ...(isReturn(name) ? [] : ['--as-of', '2026-01-15']), '--within', '60', '--format', 'json']);
      expect([r.code, r.err], name).toEqual([0, '']);
      const out = JSON.parse(r.out);
      expect(out.asOf, name).toBe('2026-01-15');
      expect(out.items.map(({ caseId, ruleId, due, daysLeft }: Record<string, unknown>) => ({ caseId, ruleId, due, daysLeft })), name).toEqual(expected);
      expect(out.setAside, name).toEqual([]);
      first ??= out.items;
      expect(out.items, name).toEqual(first);
    }
  });

  it('due on a return from standard input, and in every format: the table, CSV and Markdown list the same deadlines', () => {
    const stdin = cli(['due', '-', '--within', '60', '--format', 'csv'], readFileSync(at('return.xml'), 'utf8'));
    expect(stdin.code).toBe(0);
    expect(stdin.out.trim().split('\n').map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'case_id,rule_id', 'A900000000004,phase-transfer', 'A900000000005,annual-review', 'A900000000004,annual-review',
    ]);
    const table = cli(['due', exportDir, '--within', '60']);
    expect(table.out).toContain('Open deadlines due from 2026-01-15 to 2026-03-16 (3, soonest first)');
    const md = cli(['due', at('return.xml'), '--within', '60', '--format', 'markdown']);
    expect(md.out).toContain('# Open deadlines due from 2026-01-15 to 2026-03-16');
    expect(md.out).toContain('| 2026-02-14 |');
  });
});

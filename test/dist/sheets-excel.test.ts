/**
 * The built Excel add-in source: dist/excel/functions.js loaded as Excel's custom-functions
 * runtime loads it (a script with a `CustomFunctions` global), called as Excel calls it (every
 * argument a 2-D array; dates as 1900-system serials), and its generated metadata
 * dist/excel/functions.json.
 */
import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built library (typed by its sources: dist/ does not exist yet when the suite is type-checked). */
const lib = (await import(new URL('../../dist/index.js', import.meta.url).href)) as typeof import('../../src/index.js');

const dist = (p: string) => fileURLToPath(new URL(`../../dist/${p}`, import.meta.url));
const code = readFileSync(dist('excel/functions.js'), 'utf8');
const metadata = JSON.parse(readFileSync(dist('excel/functions.json'), 'utf8')) as {
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; type: string; dimensionality?: string; optional?: boolean }[]; result: { dimensionality?: string; type?: string } }[];
};
const gs = readFileSync(dist('sheets/send-timescales.gs.js'), 'utf8');

/** Every custom function of the .gs file, with its parameters, read from its declarations. */
const declared = [...gs.matchAll(/\*\/\s*function (SEND_\w+)\(([^)]*)\)/g)].map((m) => ({
  name: m[1]!,
  params: m[2]!.split(',').map((p) => p.trim()).filter(Boolean),
}));

function load() {
  const associated = new Map<string, unknown>();
  const context = vm.createContext({
    CustomFunctions: { associate: (id: string, fn: unknown) => associated.set(id, fn) },
    console: { log() {}, warn() {}, error() {} },
  });
  vm.runInContext(code, context, { filename: 'functions.js' });
  const call = (id: string, ...args: unknown[]) => (associated.get(id) as (...a: unknown[]) => unknown)(...args);
  return { associated, call };
}

const serial = (iso: string) => lib.toSerial(iso, 'excel1900');

describe('Excel add-in (dist/excel)', () => {
  it('functions.json lists every function with its parameters, as the .gs file declares them', () => {
    expect(declared.map((d) => d.name).sort()).toEqual([
      'SEND_ADD_WORKING_DAYS', 'SEND_BANK_HOLIDAYS', 'SEND_DEADLINE', 'SEND_EXPLAIN', 'SEND_IS_WORKING_DAY', 'SEND_RULE', 'SEND_WORKING_DAYS_BETWEEN',
    ]);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(declared.map((d) => d.name).sort());
    for (const d of declared) {
      const f = metadata.functions.find((x) => x.id === d.name)!;
      expect(f.name).toBe(d.name);
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.parameters.map((p) => p.name)).toEqual(d.params);
      for (const p of f.parameters) {
        expect(p.type).toBe('any');
        expect(p.dimensionality).toBe('matrix'); // so that a range can be passed
        expect(p.description.length).toBeGreaterThan(5);
      }
      expect(f.result.dimensionality).toBe('matrix'); // so that a range in spills a range out
    }
    expect(metadata.functions.find((f) => f.id === 'SEND_DEADLINE')!.parameters.map((p) => [p.name, p.optional ?? false]))
      .toEqual([['rule_id', false], ['date', false], ['trigger2', true]]);
  });

  it('registers every function with CustomFunctions.associate under its metadata id', () => {
    const { associated } = load();
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it('takes 1900-system serials, returns serials, and matches the library', () => {
    const { call } = load();
    for (const iso of ['2025-01-06', '2025-04-17', '2025-12-24', '2024-02-29', '2028-12-27']) {
      const due = lib.deadline('final-plan', iso).due!;
      expect(call('SEND_DEADLINE', [['final-plan']], [[serial(iso)]])).toEqual([[serial(due)]]);
      expect(call('SEND_ADD_WORKING_DAYS', [[serial(iso)]], [[15]], [['beginning-with']]))
        .toEqual([[serial(lib.addWorkingDays(iso, 15, { counting: 'beginning-with' }))]]);
      expect(call('SEND_ADD_WORKING_DAYS', [[serial(iso)]], [[15]], null)).toEqual([[serial(lib.addWorkingDays(iso, 15))]]);
      expect(call('SEND_IS_WORKING_DAY', [[serial(iso)]])).toEqual([[lib.isWorkingDay(iso)]]);
      expect(call('SEND_WORKING_DAYS_BETWEEN', [[serial(iso)]], [[serial('2029-01-01')]])).toEqual([[lib.workingDaysBetween(iso, '2029-01-01')]]);
    }
    expect(serial('2025-01-01')).toBe(45658);
    expect(call('SEND_DEADLINE', [['final-plan']], [[45663]])).toEqual([[serial('2025-05-26')]]);
    // Serial 60 is Excel's 29 February 1900, which never existed.
    expect(call('SEND_IS_WORKING_DAY', [[60]])).toEqual([[expect.stringMatching(/^#INVALID_DATE: date: Serial 60 is Excel's 29 February 1900/)]]);
  });

  it('ranges spill the same shape; blanks (null or "") stay blank; errors are one line per cell', () => {
    const { call } = load();
    const out = call('SEND_DEADLINE', [['final-plan']], [[serial('2025-01-06')], [null], [''], ['2025-02-30'], [serial('2025-04-17')]]);
    expect(out).toEqual([
      [serial('2025-05-26')], [''], [''],
      ['#INVALID_DATE: date "2025-02-30" is not a real date: February 2025 has 28 days, not 30.'],
      [serial(lib.deadline('final-plan', '2025-04-17').due!)],
    ]);
    const holidays = call('SEND_BANK_HOLIDAYS', [[2025]]) as unknown[][];
    expect(holidays).toEqual(lib.bankHolidays(2025).map((h) => [serial(h.date), h.name, h.projected]));
    expect(call('SEND_BANK_HOLIDAYS', [['']])).toEqual([['']]);
    expect(call('SEND_RULE', [['final-plan']])).toEqual([[expect.stringContaining('reg 13(2)')]]);
    expect(call('SEND_EXPLAIN', [['final-plan']], [[serial('2025-01-06')]], null)).toEqual([[lib.explain(lib.deadline('final-plan', '2025-01-06'))]]);
  });
});

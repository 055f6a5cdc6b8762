/**
 * The built Excel add-in source: dist/excel/functions.js loaded as Excel's custom-functions
 * runtime loads it (a script with a `CustomFunctions` global), called as Excel calls it (every
 * argument a 2-D array; dates as 1900-system serials), and its generated metadata
 * dist/excel/functions.json.
 */
import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
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
      'SEND_ADD_WORKING_DAYS', 'SEND_BANK_HOLIDAYS', 'SEND_DEADLINE', 'SEND_EXPLAIN', 'SEND_IS_WORKING_DAY', 'SEND_RULE', 'SEND_RULES', 'SEND_WORKING_DAYS_BETWEEN',
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
      .toEqual([['rule_id', false], ['date', false], ['trigger2', true], ['options', true]]);
    expect(metadata.functions.find((f) => f.id === 'SEND_RULES')!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([['options', true]]);
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

  it('takes the options as the last argument and gives SEND_RULES as a range with a header row', () => {
    const { call } = load();
    // Reg 18(1)(b), transfer 1 September 2026: "before 15 February" → 14 February; on-or-before → 15 February.
    expect(call('SEND_DEADLINE', [['Phase-Transfer']], [[serial('2026-09-01')]], null, null)).toEqual([[serial('2026-02-14')]]);
    expect(call('SEND_DEADLINE', [['Phase-Transfer']], [[serial('2026-09-01')]], null, [['fixed-date=on-or-before']])).toEqual([[serial('2026-02-15')]]);
    expect(call('SEND_DEADLINE', [['dorset-final-plan']], [[serial('2025-01-06')]], null, [['profile=dorset']]))
      .toEqual([[serial(lib.deadline('dorset-final-plan', '2025-01-06', { profile: 'dorset' }).due!)]]);
    expect(call('SEND_DEADLINE', [['final-plan']], [[serial('2025-01-06')]], null, [['dorset']]))
      .toEqual([['#INVALID_OPTION: "dorset" in the options is not a setting written name=value; write profile=dorset (e.g. "profile=dorset; fixed-date=on-or-before").']]);
    const table = call('SEND_RULES', null) as unknown[][];
    expect(table[0]).toEqual(['id', 'title', 'period', 'citation']);
    expect(table.length).toBe(lib.ruleIds().length + 1);
    expect((call('SEND_RULES', [['profile=dorset']]) as unknown[][]).length).toBe(lib.ruleIds().length + 1 + 27);
  });
});

describe('Excel add-in manifest (dist/excel/manifest.xml)', () => {
  const path = dist('excel/manifest.xml');
  const manifest = readFileSync(path, 'utf8');
  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

  it("is read by Microsoft's manifest reader (office-addin-manifest, offline) as an Excel task-pane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(path);
    expect(info.id).toMatch(GUID);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/); // Office's four-part version
    expect(info.version).toBe(`${lib.version.split(/[-+]/)[0]}.0`);
    expect(info.displayName).toBe('send-timescales');
    expect(info.defaultLocale).toBe('en-GB');
    expect((info.description ?? '').length).toBeLessThanOrEqual(250);
    // The reader refuses XML that is not well formed (so the check above can fail).
    const broken = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    writeFileSync(broken, manifest.replace('</Hosts>', ''));
    await expect(OfficeAddinManifest.readManifestFile(broken)).rejects.toThrow();
  });

  it('has the elements a custom-functions add-in needs, in the order the schema requires', () => {
    const order = ['<Id>', '<Version>', '<ProviderName>', '<DefaultLocale>', '<DisplayName ', '<Description ', '<IconUrl ', '<HighResolutionIconUrl ', '<AppDomains>', '<Hosts>', '<Requirements>', '<DefaultSettings>', '<Permissions>', '<VersionOverrides '];
    const at = order.map((tag) => manifest.indexOf(tag));
    expect(at.every((i) => i > 0), order.filter((_, i) => at[i]! < 0).join(', ')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(manifest).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>');
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">\s*<Script>\s*<SourceLocation resid="Functions.Script.Url"\/>\s*<\/Script>\s*<Page>\s*<SourceLocation resid="Functions.Page.Url"\/>\s*<\/Page>\s*<Metadata>\s*<SourceLocation resid="Functions.Metadata.Url"\/>\s*<\/Metadata>\s*<Namespace resid="Functions.Namespace"\/>/);
    // Every resid used is defined once among the resources.
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    const defined = [...manifest.matchAll(/<bt:(?:Url|String) id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined, id).toContain(id);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="ST"\/>/);
  });

  it('names only files that the build puts beside it, at placeholder https addresses the council replaces', () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1] ?? m[2]!);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    const files = new Set<string>();
    for (const url of urls) {
      expect(url, url).toMatch(/^https:\/\/replace-with-your-host\.example(\/|$)/);
      const file = url.replace(/^https:\/\/replace-with-your-host\.example\/?(send-timescales\/)?/, '');
      if (file) files.add(file);
    }
    expect([...files].sort()).toEqual(['functions.html', 'functions.js', 'functions.json', 'icon-32.png', 'icon-64.png']);
    for (const file of files) expect(existsSync(dist(`excel/${file}`)), file).toBe(true);
    for (const icon of ['icon-32.png', 'icon-64.png']) {
      const png = readFileSync(dist(`excel/${icon}`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(Number(icon.match(/\d+/)![0])); // IHDR width
    }
    // The page loads Office's runtime and the functions beside it; the comment says what to replace.
    expect(readFileSync(dist('excel/functions.html'), 'utf8')).toMatch(/custom-functions-runtime\.js[\s\S]*<script src="functions\.js">/);
    expect(manifest).toMatch(/BEFORE USE: replace every https:\/\/replace-with-your-host\.example\/send-timescales\//);
  });
});

/**
 * The package as a user gets it: `npm pack`, then the tarball installed into a fresh project in a
 * temporary folder, imported with ESM `import` and CommonJS `require`, and its bin run.
 *
 * The install is npm's own (`npm install --prefer-offline`): the runtime dependencies come from the
 * npm cache that `npm ci` filled, and what the cache lacks (the packages' metadata, which `npm ci`
 * does not fetch from a lockfile) from the package registry. Only where npm cannot install at all
 * (no registry), the tarball is unpacked into the project's node_modules by hand and the
 * repository's installed copies of the runtime dependencies are linked beside it; the test says
 * which way it went.
 *
 * The types are checked as a consumer's strict project sees them: three small projects (node16
 * ESM, node16 CommonJS, bundler resolution) with `strict` and `skipLibCheck: false`, compiled by
 * the repository's TypeScript against the installed tarball. Their `@ts-expect-error` lines prove
 * that wrong inputs are type errors (a directive with no error under it is itself an error). Each
 * project also imports every name the root exported in 0.5.0, and every name of each subpath
 * (`send-timescales/ages`, …) from that subpath.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { CONTRACT_TYPES, CONTRACT_VALUES, ROOT_0_5, ROOT_DEPRECATED, ROOT_MAIN, SUBPATHS, type Subpath } from '../support/public-surface.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>;
};
const subpaths = Object.keys(SUBPATHS) as Subpath[];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const execFileAsync = promisify(execFile);

let dir = '';
let project = '';
let tarball = '';
let installedBy = '';

function run(cmd: string, args: string[], cwd = project) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-timescales-pack-'));
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, packed[0]!.filename);
  project = join(dir, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const installed = run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
  if (installed.code === 0) {
    installedBy = 'npm install --prefer-offline';
  } else {
    // No registry: unpack the tarball as npm would, and link the repository's runtime dependencies.
    const modules = join(project, 'node_modules');
    const target = join(modules, manifest.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    for (const dep of Object.keys(manifest.dependencies)) symlinkSync(join(repo, 'node_modules', dep), join(modules, dep), 'dir');
    installedBy = `unpacked tarball + linked dependencies (npm install failed: ${installed.err.split('\n').find((l) => l.includes('error code')) ?? `exit ${installed.code}`})`;
  }
  console.info(`package test: ${installedBy}`);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * One consumer file for the three projects: the main API with the types a council system would
 * write, and wrong inputs that must not compile. Neither luxon nor @types/luxon is installed as
 * the consumer's own: the published types must not need them.
 */
const consumerSource = `import {
  audit, caseSchema, deadline, dfeMeasures, parseDate, SendTimescalesError, timeline, toIsoDate,
  type Audit, type CaseRecord, type DfeMeasures, type DateInput, type DateTimeLike, type Deadline, type RuleId, type Timeline,
} from 'send-timescales';

const id: RuleId = 'final-plan';
const plan: Deadline = deadline(id, '2025-01-06');
const due: string | null = plan.due;
const fromFile: string = 'dorset-first-review';
const local: Deadline = deadline(fromFile, '2025-01-10', { profile: 'dorset' });
const appeal: Deadline = deadline('appeal', { decisionSent: '2025-06-30' }, { notice: 'strict', exception: 'personal-circumstances' });
const record: CaseRecord = { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] };
const line: Timeline = timeline(record, { asOf: '2025-06-01' });
const report: Audit = audit([record], { asOf: '2025-06-01' });
// The Department's 20-week measure over plain timings: request day 20094 (6 Jan 2025) + 140 = issue day 20234.
const measures: DfeMeasures = dfeMeasures([{ id: 'C1', requestDay: 20094, issueDay: 20234, exceptionRecorded: false, transferredIn: false }], [], { census: '2026-01-15' });
const today: string = toIsoDate(new Date(Date.UTC(2025, 0, 6, 12)));
// A luxon DateTime is typed by its shape: this project has neither luxon nor @types/luxon.
const fromLuxon = (moment: DateTimeLike): string => toIsoDate(moment, { field: 'decisionSent' });
const inputs: DateInput[] = ['2025-01-06', new Date(0), 1736121600000];
const parsed = caseSchema.safeParse(record);
const caseId: string | undefined = parsed.success ? parsed.data.id : undefined;

let code: string | undefined;
try {
  parseDate('03/04/2025');
} catch (e: unknown) {
  if (e instanceof SendTimescalesError) code = \`\${e.code} \${e.field} \${String(e.value)}\`;
}

// @ts-expect-error -- not a rule id
const misspelt: RuleId = 'final-plans';
// @ts-expect-error -- not a date: an object of no known shape
toIsoDate({ foo: 1 });
// @ts-expect-error -- the shape of a luxon Duration (isValid, toMillis) is not a moment
toIsoDate({ isValid: true, toMillis: () => 86_400_000 });
// @ts-expect-error -- a rule id is a string
deadline(42, '2025-01-01');
// @ts-expect-error -- a misspelt option (exception)
deadline('final-plan', '2025-01-06', { exeption: 'personal-circumstances' });
// @ts-expect-error -- not an exception code
deadline('final-plan', '2025-01-06', { exception: 'holiday' });
// @ts-expect-error -- asOf is required (misspelt)
timeline(record, { asof: '2025-06-01' });
// @ts-expect-error -- not a reading of "within"
dfeMeasures([], [], { census: '2026-01-15', reading: 'day-one' });
// @ts-expect-error -- the code of an error is one of the error codes
const unknownCode: SendTimescalesError['code'] = 'NOT_A_CODE';

export const results = [fromLuxon, due, local.due, appeal.due, line.entries.length, report.rules.length, measures.plans.including.withinTwentyWeeks, today, inputs.length, caseId, code, misspelt, unknownCode];
`;

/** Every name the root exported in 0.5.0 still imports from it (types and values alike), the contract's among them. */
const rootNamesSource = `import {
  ${ROOT_0_5.join(',\n  ')},
} from 'send-timescales';
export const contract = [${CONTRACT_VALUES.join(', ')}];
export type Contract = [${CONTRACT_TYPES.join(', ')}];
`;

/**
 * One consumer file per subpath: every name it exports, imported from it, and a typed use of the
 * main ones with wrong inputs that must not compile.
 */
const subpathUse: Record<Subpath, string> = {
  ages: `const year7: Transfer | undefined = transfers('2015-10-10', { stages: ALL_TRANSFER_STAGES }).find((t) => t.stage === 'year7');
const upper: PlanUpperAge = planUpperAgeDetail('2001-03-15');
// @ts-expect-error -- not a transfer stage
const stage: TransferStage = 'year8';
export const used = [year7?.statutoryDate, upper.lastDay, stage];`,
  profiles: `const dorset: Profile = getProfile('dorset');
const rows: ComparisonRow[] = compareWithStatute(dorset);
// @ts-expect-error -- a profile is data of a known shape, not a number
compareWithStatute(42);
export const used = [rows.length, profiles.length];`,
  'case-rules': `const mine: CaseRule = onEvent({ ruleId: 'my-rule', on: ['request-received'], done: ['final-plan-issued'], description: 'mine' });
const all: readonly CaseRule[] = [...statutoryCaseRules, mine];
const checked: Validated = validateCase({ id: 'C1', events: [] });
// @ts-expect-error -- not an event type
onEvent({ ruleId: 'x', on: ['not-an-event'], done: [], description: 'x' });
export const used = [all.length, checked.ok];`,
  reference: `const markdown: string = rulesMarkdown([]) + casesMarkdown([]);
// @ts-expect-error -- a list of case rules, not a string
casesMarkdown('final-plan');
export const used = [markdown];`,
  law: `const period: Period = statutoryRules[0]!.period;
const versions: readonly unknown[] = ruleVersions('final-plan');
// @ts-expect-error -- not a force
const force: Force = 'advice';
const reading: MeasureReading = measureReadings['request-day-one'];
const measure: DepartmentMeasure = dfePlanTimeliness;
// @ts-expect-error -- not a reading of "within"
const day: MeasureReadingId = 'day-one';
export const used = [period, versions.length, exceptionRecords, force, reading.citation.url, measure.weeks, dfeReviewTimeliness.weeks, day];`,
  readers: `const read: Caseload = readCaseloadRows([{ 'Child ID': 'C1', 'EHCP Issued': '2025-05-27' }], { columns: { columns: { 'Child ID': 'case_id' }, events: { 'EHCP Issued': 'final-plan-issued' } } });
// @ts-expect-error -- not an event type
const map: ColumnMap = { events: { 'EHCP Issued': 'plan-issued' } };
const exported: Sen2CsvReturn = readSen2Csv([{ name: 'person.csv', content: 'persontableid,upn\\n1,A123456789012\\n' }]);
const audited: Sen2Audit = auditSen2(exported.persons, exported.header, { census: '2026-01-15', reading: 'request-day-one' });
const auditor = new Sen2Auditor({ census: '2026-01-15' });
const kind: Sen2InputKind = detectSen2('<Message>').kind;
// @ts-expect-error -- not a reading of "within"
auditSen2([], {}, { reading: 'day-one' });
export const used = [read.cases.length, map, audited.persons.total, auditor, kind, streamSen2Xml, readSen2Xml, requestOutcomeCodes];`,
};
const subpathSource = (subpath: Subpath) => `import {
  ${SUBPATHS[subpath].join(',\n  ')},
} from 'send-timescales/${subpath}';
${subpathUse[subpath]}
`;

/**
 * zod's own types name the global `URL`, which a project has from @types/node (a Node service: the
 * two node16 projects, given the repository's copy as their own) or the DOM lib (a bundled web app).
 */
const nodeTypes = { types: ['node'], typeRoots: [join(repo, 'node_modules', '@types')] };
const consumers = {
  'node16 ESM': { type: 'module', compilerOptions: { module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], ...nodeTypes } },
  'node16 CommonJS': { type: 'commonjs', compilerOptions: { module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], ...nodeTypes } },
  'bundler': { type: 'module', compilerOptions: { module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], types: [] } },
} as const;

describe('the packed tarball in a fresh project', () => {
  it('contains the built entries, the spreadsheet files and the docs, and no sources or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of ['package/dist/index.js', 'package/dist/index.cjs', 'package/dist/index.d.ts', 'package/dist/index.d.cts', 'package/dist/cli.js',
      'package/dist/sheets/send-timescales.gs.js', 'package/dist/excel/functions.js', 'package/dist/excel/functions.json', 'package/README.md', 'package/LICENSE',
      ...subpaths.flatMap((sub) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `package/dist/entries/${sub}.${ext}`))]) {
      expect(listing).toContain(f);
    }
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('imports with ESM import', () => {
    const r = run(process.execPath, ['--input-type=module', '-e',
      "import { deadline, addWorkingDays, version } from 'send-timescales'; console.log(JSON.stringify([deadline('final-plan', '2025-01-06').due, addWorkingDays('2025-04-17', 1), version]));"]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual(['2025-05-26', '2025-04-22', manifest.version]);
  });

  it('loads with CommonJS require', () => {
    const r = run(process.execPath, ['-e',
      "const lib = require('send-timescales'); const e = (() => { try { lib.parseDate('03/04/2025'); } catch (x) { return x; } })();" +
      "console.log(JSON.stringify([lib.deadline('appeal', { decisionSent: '2025-06-30' }).due, e instanceof lib.SendTimescalesError, e.code, require('send-timescales/package.json').version]));"]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual(['2025-09-01', true, 'AMBIGUOUS_DATE', manifest.version]);
  });

  it('every name of the public contract imports from the root, with ESM import and CommonJS require, and both hold the same names', () => {
    writeFileSync(join(project, 'names.mjs'), `
import { createRequire } from 'node:module';
import * as esm from 'send-timescales';
const cjs = createRequire(import.meta.url)('send-timescales');
console.log(JSON.stringify({ esm: Object.keys(esm).sort(), cjs: Object.keys(cjs).sort() }));
`);
    const r = run(process.execPath, ['names.mjs']);
    expect(r.err).toBe('');
    const { esm, cjs } = JSON.parse(r.out) as { esm: string[]; cjs: string[] };
    expect(cjs).toEqual(esm);
    for (const name of CONTRACT_VALUES) expect(esm, name).toContain(name);
    // Every value of the main tier and of the deprecated aliases, and nothing else.
    expect(esm.filter((name) => !(ROOT_MAIN as readonly string[]).includes(name) && !(ROOT_DEPRECATED as readonly string[]).includes(name))).toEqual([]);
  });

  it('every subpath resolves with ESM import and CommonJS require, and shares the root\'s values and error class', () => {
    writeFileSync(join(project, 'subpaths.mjs'), `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const subpaths = ${JSON.stringify(subpaths)};
const out = {};
for (const format of ['esm', 'cjs']) {
  const load = (spec) => (format === 'esm' ? import(spec) : Promise.resolve(require(spec)));
  const root = await load('send-timescales');
  const subs = Object.fromEntries(await Promise.all(subpaths.map(async (s) => [s, await load('send-timescales/' + s)])));
  const refused = (() => { try { subs.profiles.getProfile('nowhere'); } catch (e) { return e; } })();
  out[format] = {
    names: Object.fromEntries(subpaths.map((s) => [s, Object.keys(subs[s]).sort()])),
    sameValues: root.ageOn === subs.ages.ageOn && root.defineProfile === subs.profiles.defineProfile && root.onEvent === subs['case-rules'].onEvent
      && root.rulesMarkdown === subs.reference.rulesMarkdown && root.exceptionRecords === subs.law.exceptionRecords && root.TRANSFER_STAGES === subs.ages.ALL_TRANSFER_STAGES,
    sameError: refused instanceof root.SendTimescalesError && refused.code,
    year7: subs.ages.transfers('2015-10-10', { stages: ['year7'] })[0].statutoryDate,
    dorset: subs.profiles.profiles.some((p) => p.name === 'dorset'),
    caseRules: subs['case-rules'].statutoryCaseRules.length > 0,
    reference: subs.reference.rulesMarkdown(subs.law.statutoryRules).startsWith('# '),
  };
}
console.log(JSON.stringify(out));
`);
    const r = run(process.execPath, ['subpaths.mjs']);
    expect(r.err).toBe('');
    const out = JSON.parse(r.out) as Record<'esm' | 'cjs', { names: Record<string, string[]> } & Record<string, unknown>>;
    expect(out.cjs.names).toEqual(out.esm.names);
    for (const format of ['esm', 'cjs'] as const) {
      const { names, ...rest } = out[format];
      for (const sub of subpaths) {
        // The values of each subpath's list (its types have no run-time name).
        expect(names[sub]!.every((name) => (SUBPATHS[sub] as readonly string[]).includes(name)), `${format} ${sub}`).toBe(true);
        expect(names[sub]!.length, `${format} ${sub}`).toBeGreaterThan(0);
      }
      // reg 18(1)(a): a child born 10 Oct 2015 moves to secondary school in Sep 2027; the plan is amended by 15 Feb 2027.
      expect(rest, format).toEqual({ sameValues: true, sameError: 'INVALID_OPTION', year7: '2027-02-15', dorset: true, caseRules: true, reference: true });
    }
  });

  it('compiles in strict consumer projects (skipLibCheck false): node16 ESM, node16 CommonJS and bundler', async () => {
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    // The three compilations run side by side: most of their time is spent checking zod's own types.
    const results = await Promise.all(Object.entries(consumers).map(async ([name, { type, compilerOptions }]) => {
      const folder = join(project, `types-${name.replace(/\W+/g, '-').toLowerCase()}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer-types', private: true, type }));
      writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          ...compilerOptions,
          target: 'ES2022',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          // Every package's declarations are checked (send-timescales and zod); TypeScript's own lib files are not.
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          noEmit: true,
        },
        files: ['consumer.ts', 'root-names.ts', ...subpaths.map((sub) => `subpath-${sub}.ts`)],
      }));
      writeFileSync(join(folder, 'consumer.ts'), consumerSource);
      writeFileSync(join(folder, 'root-names.ts'), rootNamesSource);
      for (const sub of subpaths) writeFileSync(join(folder, `subpath-${sub}.ts`), subpathSource(sub));
      try {
        await execFileAsync(process.execPath, [tsc, '-p', folder], { cwd: folder, encoding: 'utf8' });
        return `${name}: compiled`;
      } catch (e) {
        const { stdout, stderr } = e as { stdout?: string; stderr?: string };
        return `${name}: ${stdout ?? ''}${stderr ?? String(e)}`;
      }
    }));
    expect(results).toEqual(Object.keys(consumers).map((name) => `${name}: compiled`));
    // About 5 s of processor time each, alone; far more wall time on a machine shared with other builds.
  }, 240_000);

  it('the published types import no package the consumer does not install (only zod, a dependency)', () => {
    // The entries' declarations and the chunks they share: every bare specifier among their imports.
    const dist = join(project, 'node_modules', manifest.name, 'dist');
    const declarations = execFileSync('find', [dist, '-name', '*.d.ts', '-o', '-name', '*.d.cts'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(declarations.length).toBeGreaterThanOrEqual(2 * (1 + subpaths.length));
    const packages = new Set<string>();
    for (const file of declarations) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\b[^;]*?(?:from\s+)?'([^']+)'/gm)) {
        if (!m[1]!.startsWith('.')) packages.add(m[1]!);
        else expect(existsSync(join(file, '..', m[1]!.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts'))), `${file} imports ${m[1]}`).toBe(true);
      }
      expect(text, file).not.toMatch(/\/\/\/\s*<reference/);
    }
    expect([...packages]).toEqual(['zod']);
    expect(Object.keys(manifest.dependencies)).toContain('zod');
  });

  it('the published types mark each deprecated alias @deprecated, and no name of the main tier (ESM and CommonJS types)', () => {
    for (const [type, file] of [['module', 'check-esm.mts'], ['commonjs', 'check-cjs.cts']] as const) {
      writeFileSync(join(project, file), `import * as lib from 'send-timescales';\nexport { lib };\n`);
      const program = ts.createProgram([join(project, file)], {
        module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, noEmit: true, strict: true, types: [],
      });
      const checker = program.getTypeChecker();
      const source = program.getSourceFile(join(project, file))!;
      const importDeclaration = source.statements.find(ts.isImportDeclaration)!;
      const moduleSymbol = checker.getSymbolAtLocation(importDeclaration.moduleSpecifier)!;
      const declaredIn = moduleSymbol.declarations?.[0]?.getSourceFile().fileName ?? '';
      expect(declaredIn, type).toMatch(type === 'module' ? /dist\/index\.d\.ts$/ : /dist\/index\.d\.cts$/);
      const deprecated = checker.getExportsOfModule(moduleSymbol).filter((exported) => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return (symbol.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'deprecated'));
      }).map((s) => s.name).sort();
      expect(deprecated, type).toEqual([...ROOT_DEPRECATED]);
    }
  });

  it('instanceof SendTimescalesError holds between the ESM and the CommonJS builds, both ways', () => {
    writeFileSync(join(project, 'dual.mjs'), `
import { createRequire } from 'node:module';
import * as esm from 'send-timescales';
const cjs = createRequire(import.meta.url)('send-timescales');
const thrown = (lib) => { try { lib.parseDate('03/04/2025'); } catch (e) { return e; } };
const fromCjs = thrown(cjs);
const fromEsm = thrown(esm);
const terms = (lib) => { try { lib.createTermCalendar({ name: 'x', terms: [{ start: '2025-09-03', end: '2025-09-01' }] }); } catch (e) { return e; } };
console.log(JSON.stringify({
  twoClasses: esm.SendTimescalesError !== cjs.SendTimescalesError,
  cjsErrorIsEsm: fromCjs instanceof esm.SendTimescalesError,
  esmErrorIsCjs: fromEsm instanceof cjs.SendTimescalesError,
  own: [fromCjs instanceof cjs.SendTimescalesError, fromEsm instanceof esm.SendTimescalesError],
  codes: [fromCjs.code, fromEsm.code],
  plainError: new Error('x') instanceof esm.SendTimescalesError || new Error('x') instanceof cjs.SendTimescalesError,
  subclass: [terms(cjs) instanceof esm.SendTimescalesError, terms(cjs) instanceof cjs.TermCalendarError, terms(cjs) instanceof esm.TermCalendarError],
}));
`);
    const r = run(process.execPath, ['dual.mjs']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({
      twoClasses: true, cjsErrorIsEsm: true, esmErrorIsCjs: true, own: [true, true], codes: ['AMBIGUOUS_DATE', 'AMBIGUOUS_DATE'], plainError: false,
      // A subclass is the ordinary prototype test (src/errors.ts): true for its own copy only.
      subclass: [true, true, false],
    });
  });

  it('runs its bin', () => {
    const bin = installedBy.startsWith('npm')
      ? join(project, 'node_modules', '.bin', 'send-timescales')
      : join(project, 'node_modules', manifest.name, manifest.bin['send-timescales']!);
    expect(existsSync(bin)).toBe(true);
    const r = installedBy.startsWith('npm') ? run(bin, ['deadline', 'final-plan', '2025-01-06']) : run(process.execPath, [bin, 'deadline', 'final-plan', '2025-01-06']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2025-05-26/);
    expect(run(bin.endsWith('.js') ? process.execPath : bin, bin.endsWith('.js') ? [bin, '--version'] : ['--version']).out.trim()).toBe(manifest.version);
  });
});

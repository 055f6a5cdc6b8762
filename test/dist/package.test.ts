/**
 * The package as a user gets it: `npm pack`, then the tarball installed into a fresh project in a
 * temporary folder, imported with ESM `import` and CommonJS `require`, and its bin run.
 *
 * The install is offline (`npm install --offline`), from the npm cache that `npm ci` filled with
 * the runtime dependencies. Where the cache cannot serve them (a cold cache on a new machine), the
 * tarball is unpacked into the project's node_modules by hand and the repository's installed copies
 * of the four runtime dependencies are linked beside it; the test says which way it went.
 *
 * The types are checked as a consumer's strict project sees them: three small projects (node16
 * ESM, node16 CommonJS, bundler resolution) with `strict` and `skipLibCheck: false`, compiled by
 * the repository's TypeScript against the installed tarball. Their `@ts-expect-error` lines prove
 * that wrong inputs are type errors (a directive with no error under it is itself an error).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>;
};
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
  const offline = run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
  if (offline.code === 0) {
    installedBy = 'npm install --offline';
  } else {
    // Cold cache: unpack the tarball as npm would, and link the repository's runtime dependencies.
    const modules = join(project, 'node_modules');
    const target = join(modules, manifest.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    for (const dep of Object.keys(manifest.dependencies)) symlinkSync(join(repo, 'node_modules', dep), join(modules, dep), 'dir');
    installedBy = `unpacked tarball + linked dependencies (npm install --offline failed: ${offline.err.split('\n').find((l) => l.includes('error code')) ?? `exit ${offline.code}`})`;
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
  audit, caseSchema, deadline, parseDate, SendTimescalesError, timeline, toIsoDate,
  type Audit, type CaseRecord, type DateInput, type DateTimeLike, type Deadline, type RuleId, type Timeline,
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
// @ts-expect-error -- the code of an error is one of the error codes
const unknownCode: SendTimescalesError['code'] = 'NOT_A_CODE';

export const results = [fromLuxon, due, local.due, appeal.due, line.entries.length, report.rules.length, today, inputs.length, caseId, code, misspelt, unknownCode];
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
      'package/dist/sheets/send-timescales.gs.js', 'package/dist/excel/functions.js', 'package/dist/excel/functions.json', 'package/README.md', 'package/LICENSE']) {
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
        files: ['consumer.ts'],
      }));
      writeFileSync(join(folder, 'consumer.ts'), consumerSource);
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
    for (const file of ['index.d.ts', 'index.d.cts']) {
      const text = readFileSync(join(project, 'node_modules', manifest.name, 'dist', file), 'utf8');
      const imported = [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
      expect(imported, file).toEqual(['zod']);
      expect(text).not.toMatch(/\/\/\/\s*<reference/);
    }
    expect(Object.keys(manifest.dependencies)).toContain('zod');
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

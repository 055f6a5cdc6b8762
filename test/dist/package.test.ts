/**
 * The package as a user gets it: `npm pack`, then the tarball installed into a fresh project in a
 * temporary folder, imported with ESM `import` and CommonJS `require`, and its bin run.
 *
 * The install is offline (`npm install --offline`), from the npm cache that `npm ci` filled with
 * the runtime dependencies. Where the cache cannot serve them (a cold cache on a new machine), the
 * tarball is unpacked into the project's node_modules by hand and the repository's installed copies
 * of the four runtime dependencies are linked beside it; the test says which way it went.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

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

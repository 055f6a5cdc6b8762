// The CLI at England scale: the built command line (dist/cli.js) auditing a 640,000-case synthetic
// caseload CSV (about 7.1 million rows), beside csv-parse alone reading the same file, in one run,
// each in a child process with its peak resident memory. The file is generated into a temporary
// folder (never committed) by the generator the audit bench uses, and removed afterwards.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCases, writeCsv, GENERATED_AS_OF } from '../scripts/caseload-generator.mjs';
import { measureNode } from './peak-rss.mjs';

const N = Number(process.env.BENCH_CASES ?? 640_000);
/** Issue 16's targets for the CLI audit: within 2x of csv-parse's own pass, at most 500 MB resident. */
const TIME_TARGET = 2;
const RSS_TARGET_MB = 500;

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

async function writeCaseload(file) {
  const out = createWriteStream(file);
  let pending = '';
  const write = (s) => {
    pending += s;
    if (pending.length > 1 << 16) {
      out.write(pending);
      pending = '';
    }
  };
  const cases = generateCases(N);
  writeCsv(cases, write);
  out.write(pending);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

export async function run() {
  console.log(`\nCLI audit: ${N.toLocaleString('en-GB')} synthetic cases as CSV, each command a child process`);
  const dir = mkdtempSync(join(tmpdir(), 'send-timescales-bench-'));
  try {
    const file = join(dir, 'caseload.csv');
    const t0 = performance.now();
    await writeCaseload(file);
    console.log(`  generated ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s (${file}, removed after)`);
    const base = await measureNode(here('./csv-parse-only.mjs'), [file]);
    const cli = await measureNode(here('../dist/cli.js'), ['audit', file, '--as-of', GENERATED_AS_OF, '--format', 'json']);
    if (cli.code !== 0) throw new Error(`the CLI audit exited ${cli.code}: ${cli.stderr.slice(-500)}`);
    const mb = (mib) => mib * 2 ** 20 / 1e6;
    const line = (name, r) => `  ${name.padEnd(40)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  peak RSS ${mb(r.peakMiB).toFixed(0).padStart(5)} MB`;
    console.log(line('csv-parse alone (baseline)', base));
    console.log(line('send-timescales audit (dist/cli.js)', cli));
    const ratio = cli.ms / base.ms;
    const verdict = (ok) => (ok ? 'meets the target' : 'MISSES the target');
    console.log(`  time: ${ratio.toFixed(1)}× csv-parse (target at most ${TIME_TARGET}×): ${verdict(ratio <= TIME_TARGET)}`);
    console.log(`  memory: ${mb(cli.peakMiB).toFixed(0)} MB peak (target at most ${RSS_TARGET_MB} MB): ${verdict(mb(cli.peakMiB) <= RSS_TARGET_MB)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

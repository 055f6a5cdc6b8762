// The SEN2 reading benchmark: a synthetic England-sized return (640,000 persons) written as XML to a
// temporary folder, then read by the library's streaming reader beside saxes' own bare pass over the
// same file, in the same run. Each pass runs in a child process of its own, so that its peak memory
// (maximum resident set size) is its own. BENCH_SEN2_PERSONS sets the size.
import { peakResidentKib } from './peak-memory.mjs';
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const N = Number(process.env.BENCH_SEN2_PERSONS ?? 640_000);
const SEED = 20260115;
const here = fileURLToPath(import.meta.url);

/** The synthetic return's generator (test/support, TypeScript) bundled for Node into `folder`. */
async function loadGenerator(folder) {
  const outfile = join(folder, 'sen2-synthetic.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../test/support/sen2-synthetic.ts', import.meta.url))],
    bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/** Writes the return to `file` person by person, waiting for the disk when its buffer is full. */
async function writeReturn(gen, file) {
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  const rnd = gen.seededRandom(SEED);
  const writer = new gen.Sen2XmlWriter({ caseVariants: true, unknownElements: true, seed: SEED });
  await write(writer.start(gen.syntheticHeader()));
  let batch = '';
  for (let i = 1; i <= N; i++) {
    batch += writer.person(gen.syntheticPerson(rnd, i));
    if (batch.length > 1 << 20) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch + writer.end());
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/** One pass, in this process (the child): prints its time, its count and its peak memory as JSON. */
async function child(mode, file) {
  const t0 = performance.now();
  let count = 0;
  if (mode === 'saxes') {
    const { SaxesParser } = await import('saxes');
    const parser = new SaxesParser();
    parser.on('error', (e) => { throw e; });
    // The bare pass counts <Person> elements and nothing else, over the same decoded text.
    parser.on('opentagstart', (node) => { if (node.name === 'Person') count++; });
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) parser.write(chunk);
    parser.close();
  } else {
    const { streamSen2Xml } = await import('../dist/readers/sen2/index.js');
    const summary = await streamSen2Xml(createReadStream(file), { file, onPerson: () => { count++; } });
    if (summary.persons !== count) throw new Error('the summary and the persons handed over disagree');
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, count, maxRssMb: peakResidentKib() / 1024 }));
}

function pass(mode, file) {
  return JSON.parse(execFileSync(process.execPath, [here, '--child', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim());
}

export async function run() {
  console.log(`\nSEN2 XML return: ${N.toLocaleString('en-GB')} synthetic persons, streamed from a file`);
  const folder = mkdtempSync(join(tmpdir(), 'send-timescales-sen2-'));
  try {
    const gen = await loadGenerator(folder);
    const file = join(folder, 'sen2-synthetic.xml');
    const g0 = performance.now();
    await writeReturn(gen, file);
    const mb = statSync(file).size / 1e6;
    console.log(`  generated ${mb.toFixed(0)} MB in ${((performance.now() - g0) / 1000).toFixed(1)} s (${file}, removed afterwards)`);
    const bare = pass('saxes', file);
    const reader = pass('reader', file);
    if (bare.count !== N || reader.count !== N) throw new Error(`persons read: saxes ${bare.count}, reader ${reader.count}, written ${N}`);
    const line = (name, r) => `  ${name.padEnd(44)} ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${(mb / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak RSS ${r.maxRssMb.toFixed(0)} MB`;
    console.log(line('saxes alone (bare pass, counting <Person>)', bare));
    console.log(line('streamSen2Xml (every person into the model)', reader));
    const ratio = reader.ms / bare.ms;
    console.log(`  reader / saxes alone: ${ratio.toFixed(2)}× (target: within 2×) ${ratio <= 2 ? 'met' : 'NOT MET'}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);

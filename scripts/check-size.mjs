// Size budget of the core entry, and proof that `sideEffects: false` lets a bundler tree-shake it.
//
// Bundles (with esbuild, as an application would) one-function imports from the built
// dist/index.js and each subpath entry (dist/entries/*.js), dependencies included, and checks each
// minified + gzipped size against its budget. The one-function bundle of a calendar function must
// not contain the rule table (its wording) or luxon: if it does, a module gained a top-level side
// effect or an import that drags the law in, and every user of `addWorkingDays` pays for it. No
// library bundle, from the root or a subpath, may carry what only the command line and the file
// readers need (the CSV parser and writer, the command-line help).
//
// (size-limit would do this, but its current release needs Node 22; the project supports Node 20.)
// Usage: node scripts/check-size.mjs [--json]
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KiB = 1024;

/**
 * Present in a bundle only if the command line or a file reader came with it: csv-parse's and
 * csv-stringify's error codes, the CLI's help, fflate's and saxes's messages (the workbook reader).
 */
const CLI_ONLY = ['CSV_INVALID_', 'Usage: ', 'invalid zip data', 'unclosed tag'];

const checks = [
  {
    name: 'addWorkingDays (one function)',
    code: "import { addWorkingDays } from './dist/index.js'; console.log(addWorkingDays('2025-01-06', 15));",
    budget: 8 * KiB,
    mustNotContain: ['EHC needs assessment', 'Special Educational Needs and Disability Regulations', 'DateTime', ...CLI_ONLY],
  },
  {
    name: 'deadline + explain',
    code: "import { deadline, explain } from './dist/index.js'; console.log(explain(deadline('final-plan', '2025-01-06')));",
    // 0.6: 80 → 88 KiB. What grew is law data the engine now reads from the records (every rule's
    // trigger shape with its labels, the compound-method registry, the working-day definitions);
    // luxon (about 69 KiB minified) and the rule records are most of the bundle. The point of the
    // check stands: no reader or command-line code (mustNotContain).
    // Then 88 → 120 KiB: deadline() checks its options and any profile object by their zod schemas
    // (one schema per input), which brings zod's core (about 30 KiB gzipped). The schemas import zod
    // as a namespace (`import * as z`), which lets a bundler leave out zod's 40 locales and its
    // JSON Schema reader (an `import { z }` kept them all: 177 KiB).
    budget: 120 * KiB,
    mustNotContain: CLI_ONLY,
  },
  // One function from each subpath: reported, not budgeted (most reach the rule table or the case
  // engine, which grow with the law), and kept free of the command line's dependencies.
  ...[
    ['send-timescales/ages', 'ages', 'ageOn', "ageOn('2015-10-10', '2025-01-06')"],
    ['send-timescales/profiles', 'profiles', 'compareWithStatute', "compareWithStatute('dorset').length"],
    ['send-timescales/case-rules', 'case-rules', 'statutoryCaseRules', 'statutoryCaseRules.length'],
    ['send-timescales/reference', 'reference', 'casesMarkdown', 'casesMarkdown([]).length'],
    ['send-timescales/law', 'law', 'exceptionRecords', 'Object.keys(exceptionRecords).length'],
  ].map(([subpath, file, name, use]) => ({
    name: `${name} from ${subpath}`,
    code: `import { ${name} } from './dist/entries/${file}.js'; console.log(${use});`,
    budget: Number.POSITIVE_INFINITY,
    mustNotContain: CLI_ONLY,
  })),
  {
    // The readers carry their own parsers (fflate, saxes): reported, and kept free of the command line.
    name: 'readXlsxCaseload from send-timescales/readers',
    code: "import { readXlsxCaseload } from './dist/entries/readers.js'; console.log(readXlsxCaseload.length);",
    budget: Number.POSITIVE_INFINITY,
    mustNotContain: ['CSV_INVALID_', 'Usage: '],
  },
  {
    // The SEN2 audit (a reader's): reported, and kept free of the command line and the CSV parser.
    name: 'auditSen2 from send-timescales/readers',
    code: "import { auditSen2 } from './dist/entries/readers.js'; console.log(auditSen2.length);",
    budget: Number.POSITIVE_INFINITY,
    mustNotContain: ['CSV_INVALID_', 'Usage: '],
  },
  {
    // The Department's measures are core arithmetic: no reader's parser and no command line may come with them.
    name: 'dfeMeasures (one function)',
    code: "import { dfeMeasures } from './dist/index.js'; console.log(dfeMeasures([], [], { census: '2026-01-15' }).plans.issued);",
    budget: Number.POSITIVE_INFINITY,
    mustNotContain: CLI_ONLY,
  },
  {
    // Reported, not budgeted: it grows with every feature (schemas, timelines, audits).
    name: 'everything (import *)',
    code: "import * as lib from './dist/index.js'; console.log(Object.keys(lib).length);",
    budget: Number.POSITIVE_INFINITY,
    mustNotContain: CLI_ONLY,
  },
];

let failed = false;
const results = [];
for (const check of checks) {
  const out = await build({
    stdin: { contents: check.code, resolveDir: root, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0].text;
  const gzip = gzipSync(text, { level: 9 }).length;
  const found = check.mustNotContain.filter((s) => text.includes(s));
  const ok = gzip <= check.budget && found.length === 0;
  if (!ok) failed = true;
  results.push({ name: check.name, minified: text.length, gzip, budget: check.budget, found, ok });
}

const gs = 'dist/sheets/send-timescales.gs.js';
const gsText = readFileSync(new URL(`../${gs}`, import.meta.url));
const sheets = { file: gs, raw: gsText.length, gzip: gzipSync(gsText, { level: 9 }).length };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ results: results.map((r) => ({ ...r, budget: Number.isFinite(r.budget) ? r.budget : null })), sheets }, null, 2));
} else {
  for (const r of results) {
    const budget = Number.isFinite(r.budget) ? `budget ${(r.budget / KiB).toFixed(0)} KiB` : 'no budget';
    const size = `${(r.gzip / KiB).toFixed(1)} KiB gzipped (${(r.minified / KiB).toFixed(1)} KiB minified), ${budget}`;
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${size}${r.found.length ? `; contains ${r.found.map((s) => JSON.stringify(s)).join(', ')}` : ''}`);
  }
  console.log(`info ${sheets.file}: ${(sheets.raw / KiB).toFixed(1)} KiB, ${(sheets.gzip / KiB).toFixed(1)} KiB gzipped`);
}
if (failed) {
  console.error('Size check failed: a bundle is over its budget or a one-function import pulls in code it does not use.');
  process.exitCode = 1;
}

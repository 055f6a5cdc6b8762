// npm run bench: every figure beside its baselines, measured in the same run, on one core.
// BENCH_ONLY=calendar|deadline|audit|cli-audit|sen2|web runs one group (e.g. BENCH_ONLY=cli-audit npm run bench);
// BENCH_CASES sets the caseload size of the audit and CLI benches, BENCH_SEN2_PERSONS the SEN2 return's. See bench/README.md.
import { run as calendar } from './calendar.mjs';
import { run as deadline } from './deadline.mjs';
import { run as audit } from './audit.mjs';
import { run as cliAudit } from './cli-audit.mjs';
import { run as sen2 } from './sen2.mjs';
import { run as web } from './web-audit.mjs';

const groups = { calendar, deadline, audit, 'cli-audit': cliAudit, sen2, web };
const only = process.env.BENCH_ONLY;
console.log(`send-timescales benchmark: Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('Calls per second through the public API (built dist/), with ratios to baselines measured in this run.');
for (const [name, run] of Object.entries(groups)) if (!only || only === name) await run();

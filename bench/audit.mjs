// The scale benchmark: audit() of an England-sized synthetic caseload already in memory
// (validation included), beside a bare loop that only checks the 20-week measure, in one run.
import * as lib from '../dist/index.js';
import { generateCases, GENERATED_AS_OF } from '../scripts/caseload-generator.mjs';

const N = Number(process.env.BENCH_CASES ?? 640_000);
/** Issue 16's target: audit() in memory at most 12 times the bare 20-week pass over the same records. */
const TARGET = 12;

function bareTwentyWeeks(cases, asOfIso) {
  // ISO → day numbers by hand (no validation), request + 140 days ≥ issue: the least an audit can do.
  const c = (s, i) => s.charCodeAt(i) - 48;
  const day = (s) => {
    const y = c(s, 0) * 1000 + c(s, 1) * 100 + c(s, 2) * 10 + c(s, 3);
    const m = c(s, 5) * 10 + c(s, 6);
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + ((153 * ((m + 9) % 12) + 2) / 5 | 0) + c(s, 8) * 10 + c(s, 9) - 1 - 719468;
  };
  const asOf = day(asOfIso);
  let issued = 0;
  let within = 0;
  for (const c of cases) {
    let request;
    let final;
    for (const e of c.events) {
      if (day(e.date) > asOf) continue;
      if (e.type === 'request-received' && request === undefined) request = day(e.date);
      else if (e.type === 'final-plan-issued' && final === undefined) final = day(e.date);
    }
    if (request !== undefined && final !== undefined) {
      issued++;
      if (final <= request + 140) within++;
    }
  }
  return { issued, within };
}

export async function run() {
  console.log(`\naudit(): ${N.toLocaleString('en-GB')} synthetic cases in memory, validation included`);
  const t0 = performance.now();
  const cases = generateCases(N);
  const events = cases.reduce((n, c) => n + c.events.length, 0);
  console.log(`  generated ${events.toLocaleString('en-GB')} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  const b0 = performance.now();
  const bare = bareTwentyWeeks(cases, GENERATED_AS_OF);
  const bareMs = performance.now() - b0;

  let peak = heapBefore;
  const a0 = performance.now();
  const result = lib.audit(cases, { asOf: GENERATED_AS_OF }, (n) => {
    if (n % 20000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const auditMs = performance.now() - a0;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const measure = result.twentyWeeks.including;
  if (measure.plansIssued !== bare.issued || measure.withinTwentyWeeks !== bare.within) {
    throw new Error(`the audit and the bare loop disagree: ${JSON.stringify(measure)} vs ${JSON.stringify(bare)}`);
  }
  console.log(`  bare 20-week loop (baseline)            ${(bareMs / 1000).toFixed(2).padStart(6)} s`);
  const ratio = auditMs / bareMs;
  console.log(`  send-timescales audit()                 ${(auditMs / 1000).toFixed(2).padStart(6)} s  (${ratio.toFixed(1)}× the bare loop; target at most ${TARGET}×: ${ratio <= TARGET ? 'meets it' : 'MISSES it'})`);
  // The same caseload fed one case at a time, as a file grouped by case would be: the same counts.
  const s0 = performance.now();
  const auditor = lib.createAuditor({ asOf: GENERATED_AS_OF });
  for (const c of cases) auditor.add(c);
  const streamed = auditor.result();
  const streamMs = performance.now() - s0;
  if (streamed.lateCases.length !== result.lateCases.length || streamed.twentyWeeks.including.plansIssued !== measure.plansIssued) {
    throw new Error('createAuditor() and audit() disagree');
  }
  console.log(`  createAuditor(), one case at a time     ${(streamMs / 1000).toFixed(2).padStart(6)} s  (${(streamMs / bareMs).toFixed(1)}× the bare loop)`);
  console.log(`  deadlines judged: ${result.rules.reduce((n, r) => n + r.applicable + r.notApplicable + r.notTriggered, 0).toLocaleString('en-GB')}; late or overdue listed: ${result.lateCases.length.toLocaleString('en-GB')}`);
  console.log(`  heap: records ${(heapBefore / 2 ** 20).toFixed(0)} MiB; audit added at most ${((peak - heapBefore) / 2 ** 20).toFixed(0)} MiB (sampled)`);
}

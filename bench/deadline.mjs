// deadline() through the public API, beside the bare arithmetic it wraps (ISO in, + 140 days,
// ISO out) and a naive luxon computation, measured in the same run.
import { DateTime } from 'luxon';
import * as lib from '../dist/index.js';
import { BATCH, group, sample } from './harness.mjs';

const MASK = BATCH - 1;
const dates = sample(BATCH, (r) => lib.addDays('2016-01-01', Math.floor(r() * 5000)));
const appeals = dates.map((d, i) => (i % 3 === 0 ? { decisionSent: d, certificateIssued: lib.addDays(d, 40) } : { decisionSent: d }));

const P = Array.from({ length: 100 }, (_, i) => (i < 10 ? '0' : '') + i);
const c = (s, i) => s.charCodeAt(i) - 48;
function bareWeeks(s, weeks) {
  // ISO → epoch day → + 7n → ISO, with Date.UTC doing the calendar (the least a caller can do).
  const t = Date.UTC(c(s, 0) * 1000 + c(s, 1) * 100 + c(s, 2) * 10 + c(s, 3), c(s, 5) * 10 + c(s, 6) - 1, c(s, 8) * 10 + c(s, 9)) + weeks * 7 * 864e5;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return P[(y / 100) | 0] + P[y % 100] + '-' + P[d.getUTCMonth() + 1] + '-' + P[d.getUTCDate()];
}

export async function run() {
  await group('deadline(): a weeks rule (final-plan, reg 13(2): 20 weeks), with its trace', [
    { name: 'bare arithmetic (limit)', fn: (i) => bareWeeks(dates[i & MASK], 20) },
    { name: 'send-timescales deadline("final-plan")', fn: (i) => lib.deadline('final-plan', dates[i & MASK]) },
    { name: 'naive luxon', fn: (i) => DateTime.fromISO(dates[i & MASK], { zone: 'utc' }).plus({ weeks: 20 }).toISODate() },
  ], { limit: 'bare arithmetic (limit)', baselines: ['naive luxon'] });
  await group('deadline(): a working-days rule and the compound appeal rule', [
    { name: 'deadline("plan-disclosure-higher-education")', fn: (i) => lib.deadline('plan-disclosure-higher-education', dates[i & MASK]) },
    { name: 'deadline("plan-transfer", { move, aware })', fn: (i) => lib.deadline('plan-transfer', { move: dates[i & MASK], aware: dates[(i + 1) & MASK] }) },
    { name: 'deadline("appeal", { decisionSent, … })', fn: (i) => lib.deadline('appeal', appeals[i & MASK]) },
    { name: 'deadline("tribunal-response")', fn: (i) => lib.deadline('tribunal-response', dates[i & MASK]) },
  ]);
}

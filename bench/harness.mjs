// A tiny layer over tinybench: each task runs a batch of calls per iteration (so timer overhead
// does not swamp nanosecond calls), and each group prints calls per second with the ratio to a
// named reference measured in the same run.
import { Bench } from 'tinybench';

export const BATCH = 1024;

/**
 * Runs `tasks` ({ name, fn(i) }) and prints a table; `limit` names the bare-arithmetic task.
 * `batch` sets the calls per iteration (smaller for calls that take milliseconds).
 */
export async function group(title, tasks, { time = Number(process.env.BENCH_MS ?? 600), limit, baselines = [], batch = BATCH } = {}) {
  const bench = new Bench({ time, warmupTime: 200 });
  for (const t of tasks) {
    bench.add(t.name, () => {
      for (let i = 0; i < batch; i++) t.fn(i);
    });
  }
  await bench.run();
  const rate = new Map(bench.tasks.map((t) => [t.name, (batch * 1000) / t.result.latency.mean]));
  console.log(`\n${title}`);
  for (const t of tasks) {
    const r = rate.get(t.name);
    const notes = [];
    if (limit && t.name !== limit) notes.push(`${pct(r / rate.get(limit))} of bare arithmetic`);
    for (const b of baselines) if (t.name !== b && !baselines.includes(t.name)) notes.push(`${fmtX(r / rate.get(b))} ${b}`);
    console.log(`  ${t.name.padEnd(44)} ${fmtRate(r).padStart(14)}  ${notes.join(', ')}`);
  }
  return rate;
}

const fmtRate = (r) => (r >= 1e6 ? `${(r / 1e6).toFixed(2)} M/s` : r >= 1e3 ? `${(r / 1e3).toFixed(1)} k/s` : `${r.toFixed(0)} /s`);
const fmtX = (x) => (x >= 100 ? `${Math.round(x).toLocaleString('en-GB')}×` : `${x.toFixed(1)}×`);
const pct = (x) => `${Math.round(x * 100)} %`;

/** A deterministic sample of inputs (mulberry32), so every run measures the same work. */
export function sample(n, make, seed = 20250106) {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => make(rnd));
}

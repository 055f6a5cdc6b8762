// A process's own peak resident memory, in KiB.
//
// On Linux this is VmHWM from /proc/self/status: the high-water mark of this process's memory
// since it started. getrusage's maxrss (process.resourceUsage().maxRSS) is not used there: a child
// that libuv forks from the benchmark and then execs carries the parent's high-water mark over the
// exec, so every child would report at least the benchmark's own peak (measured: a 43 MB child
// reported 644 MB while its parent held 684 MB). Elsewhere maxRSS is all there is.
import { readFileSync } from 'node:fs';

export function peakResidentKib() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // No /proc (macOS, Windows): fall back below.
  }
  return process.resourceUsage().maxRSS;
}

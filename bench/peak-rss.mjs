// Runs a Node script as a child process and measures its wall time and its peak resident memory,
// as the child itself reports it on exit (its own high-water mark, see peak-memory.mjs; preloaded by
// bench/report-max-rss.mjs), so the figure is the kernel's high-water mark, not a sample.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const reporter = fileURLToPath(new URL('./report-max-rss.mjs', import.meta.url));

/** Runs `node script args` with stdout discarded; resolves to { ms, peakMiB, code, stderr }. */
export function measureNode(script, args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', reporter, script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /bench-max-rss-kib (\d+)/.exec(stderr);
      if (!m) return reject(new Error(`${script} did not report its memory (exit ${code}): ${stderr.slice(-500)}`));
      resolve({ ms, peakMiB: Number(m[1]) / 1024, code, stderr: stderr.replace(m[0], '').trim() });
    });
  });
}

// Preloaded into a benchmarked Node child (node --import): on exit, writes the process's own peak
// resident memory (KiB, see peak-memory.mjs) to stderr on a line of its own, for bench/peak-rss.mjs.
import { peakResidentKib } from './peak-memory.mjs';

process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-kib ${peakResidentKib()}\n`);
});

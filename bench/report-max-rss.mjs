// Preloaded into a benchmarked Node child (node --import): on exit, writes the process's peak
// resident memory (getrusage maxrss, KiB) to stderr on a line of its own, for bench/peak-rss.mjs.
process.on('exit', () => {
  process.stderr.write(`\nbench-max-rss-kib ${process.resourceUsage().maxRSS}\n`);
});

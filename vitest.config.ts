import { defineConfig } from 'vitest/config';

// Unit, property and oracle tests against the sources. Tests of the built package (CLI, bundle,
// packed tarball) live in test/dist and run after `npm run build` (vitest.dist.config.ts).
// npm run test:deep raises fast-check's runs (FC_NUM_RUNS); a property's time grows with them, so its limit does too.
const deepRuns = Number(process.env.FC_NUM_RUNS ?? 0);
const testTimeout = deepRuns > 300 ? Math.ceil(5_000 * (deepRuns / 300)) : 5_000;

export default defineConfig({
  // Examples import the package by name, as a council system would; here that name is the source.
  resolve: { alias: { 'send-timescales': new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/dist/**', 'test/browser/**'],
    pool: 'threads',
    testTimeout,
  },
});

import { defineConfig } from 'vitest/config';

// Tests that drive the offline page (dist/web/index.html) and the HTML reports in a real headless
// Chromium (test/browser/support/chromium.ts says which). Run after `npm run build`. One file at a
// time in one process: each file launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

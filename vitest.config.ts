import { defineConfig } from 'vitest/config';

// Unit, property and oracle tests against the sources. Tests of the built package (CLI, bundle,
// packed tarball) live in test/dist and run after `npm run build` (vitest.dist.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/dist/**'],
    pool: 'threads',
  },
});

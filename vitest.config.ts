import { defineConfig } from 'vitest/config';

// Unit, property and oracle tests against the sources. Tests of the built package (CLI, bundle,
// packed tarball) live in test/dist and run after `npm run build` (vitest.dist.config.ts).
export default defineConfig({
  // Examples import the package by name, as a council system would; here that name is the source.
  resolve: { alias: { 'send-timescales': new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/dist/**', 'test/browser/**'],
    pool: 'threads',
  },
});

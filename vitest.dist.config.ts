import { defineConfig } from 'vitest/config';

// Tests that use what `npm run build` wrote under dist/ (run after the build).
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    testTimeout: 60_000,
  },
});

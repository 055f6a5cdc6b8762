/** fast-check sizing: quick in CI (2 cores), deep with FC_NUM_RUNS (npm run test:deep). */
export const numRuns = Number(process.env.FC_NUM_RUNS ?? 300);

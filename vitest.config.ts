import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on the 2-core CI machine (the default is one fewer than the cores): the
    // system tests wait on other programs (Wine, Xvfb, Prometheus) much of the time.
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // End-to-end and LibreOffice tests start servers and browsers: keep them off the unit tests' cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

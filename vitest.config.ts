import os from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects. "unit": unit and integration tests, two files at a time (timing tests included).
 * "e2e": what starts browsers, LibreOffice or a packaged app, one file at a time and only after
 * "unit" has finished, so those heavy processes never share the cores with the timing tests.
 */
const SERIAL = [
  'test/e2e/**/*.test.ts',
  'test/build/**/*.test.ts',
  // LibreOffice (soffice) converts, re-saves or prints files in these.
  'test/electron/district/merged-libreoffice.test.ts',
  'test/electron/workbook/resave.test.ts',
  'test/electron/report/word-report.test.ts',
  'test/electron/print/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // Never this PC's own app data: commands that default to the app's data folder find none.
    env: { CCHC_DATA_DIR: path.join(os.tmpdir(), 'cchc-tests-no-app-data') },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, ...SERIAL],
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: SERIAL,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

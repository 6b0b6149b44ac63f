/**
 * One path per action: the API, the browser bridge and the command line reach the data through
 * electron/services only, so each refuses what the app refuses. The lint rule is what keeps it so.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

async function restricted(file: string, code: string): Promise<boolean> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries of the entry points', () => {
  it.each(['electron/cli/commands/export.ts', 'electron/web/server.ts', 'electron/api/handlers.ts'])(
    '%s may not import electron/store, but may import a service',
    async (file) => {
      const depth = file.split('/').length - 2;
      const up = '../'.repeat(depth);
      expect(
        await restricted(file, `import { markExported } from '${up}store/reports';\nvoid markExported;\n`),
      ).toBe(true);
      expect(await restricted(file, `import * as db from '${up}store/database';\nvoid db;\n`)).toBe(true);
      expect(
        await restricted(file, `import { openReport } from '${up}services/reports';\nvoid openReport;\n`),
      ).toBe(false);
      // The restrictions every electron/ file has still hold there.
      expect(await restricted(file, "import { app } from 'electron';\nvoid app;\n")).toBe(true);
    },
  );

  it('services may use the store', async () => {
    expect(
      await restricted(
        'electron/services/x.ts',
        "import { markExported } from '../store/reports';\nvoid markExported;\n",
      ),
    ).toBe(false);
  });
});

/**
 * A commune restoring its own workbook from a bad file is told what to do itself (choose the file
 * it exported), not the district's "ask the unit to send it again"; the district keeps its wording.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext, type ServiceContext } from '../../../electron/services/context';
import { closeChecker, useChecker } from '../../../electron/services/district';
import { previewRestore } from '../../../electron/services/workbooks';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { inProcessChecker } from '../district/workbooks';
import { UNITS } from './fixtures';

let dir: string;
let ctx: ServiceContext;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-restore-'));
  ctx = createServiceContext({ dataDir: dir, mode: 'browser', background: false });
  useChecker(ctx, inProcessChecker);
});
afterAll(async () => {
  await closeChecker(ctx);
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');

describe('restore wording', () => {
  it("tells the clerk restoring a PDF to choose the workbook the commune exported", async () => {
    const preview = await previewRestore(ctx, {
      fileName: 'bao-cao.pdf',
      base64: pdf.toString('base64'),
      unitCode: UNITS[0]!.code,
    });
    expect(preview.canRestore).toBe(false);
    const [message] = preview.check.problems.map((p) => p.message);
    expect(message).toContain('PDF');
    expect(message).not.toContain('Đề nghị đơn vị');
    expect(message).toContain('xã đã xuất');
  });

  it('the district receiving the same file still asks the unit to send it again', () => {
    const checked = checkWorkbookSync(pdf, 'bao-cao.pdf', { units: UNITS });
    expect(checked.problems[0]!.message).toContain('Đề nghị đơn vị gửi lại');
  });
});

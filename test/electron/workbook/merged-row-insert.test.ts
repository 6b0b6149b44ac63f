/**
 * A unit row inserted in "Theo đơn vị" the way Excel inserts one (every row below moves down, and
 * every reference to a moved row with it): only the added row is named, not the total row whose
 * formulas Excel rewrote (reader/merged-edits.ts maps rows through the row alignment).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergedMeta, checkMergedWorkbook } from '../../../electron/workbook/reader/merged';
import { Checker } from '../../../electron/workbook/reader/problems';
import { readXlsx, type RawCell, type RawWorkbook } from '../../../electron/workbook/xlsx/read';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { TEMPLATES } from '../../../shared/template';
import { SEED_PERIOD } from '../../shared/merge/seed-reports';
import { cliRunner } from '../cli/harness';
import { seedWorkbooks } from '../district/workbooks';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-row-insert-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Excel's "Insert row" before `at` on `sheet`, with the cells of the new row. */
function insertRow(wb: RawWorkbook, sheet: string, at: number, cells: Map<number, RawCell>): void {
  const moved = (formula: string, own: boolean) =>
    formula.replace(
      /((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?/gu,
      (m, qualifier: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
        const target = qualifier ? qualifier.replace(/^'|'?!$/gu, '') : own ? sheet : '';
        if (target !== sheet) return m;
        const shift = (r: string) => (Number(r) >= at ? Number(r) + 1 : Number(r));
        return `${qualifier ?? ''}${c1}${shift(r1)}${c2 ? `:${c2}${shift(r2!)}` : ''}`;
      },
    );
  for (const s of wb.sheets) {
    const own = s.name === sheet;
    const rows = new Map<number, Map<number, RawCell>>();
    for (const [r, row] of s.rows) {
      for (const cell of row.values()) if (cell.formula) cell.formula = moved(cell.formula, own);
      rows.set(own && r >= at ? r + 1 : r, row);
    }
    if (own) rows.set(at, cells);
    s.rows = rows;
  }
}

describe('a unit row inserted as Excel inserts it', () => {
  it('names the added row only', async () => {
    const run = cliRunner();
    const files: string[] = [];
    for (const w of (await seedWorkbooks()).slice(0, 3)) {
      files.push(path.join(dir, w.fileName));
      fs.writeFileSync(files.at(-1)!, w.bytes);
    }
    const out = path.join(dir, 'huyen.xlsx');
    expect((await run('merge', '--period', SEED_PERIOD, '--out', out, ...files)).code).toBe(0);
    const wb = readXlsx(fs.readFileSync(out));
    const byUnit = wb.sheets.find((s) => s.name === 'Theo đơn vị')!;
    const total = [...byUnit.rows].find(
      ([, row]) => row.get(3)?.type === 'string' && (row.get(3) as { text: string }).text === 'Tổng cộng',
    )![0];
    const text = (t: string): RawCell => ({ type: 'string', text: t });
    insertRow(
      wb,
      'Theo đơn vị',
      total,
      new Map<number, RawCell>([
        [2, text('TH07')],
        [3, text('xã Tân Công Chí')],
        [4, text('Cấp xã')],
        [6, { type: 'number', number: 777 }],
      ]),
    );
    const checker = new Checker('huyen.xlsx');
    const read = checkMergedWorkbook(checker, wb, mergedMeta(wb)!, {
      units: DEFAULT_UNITS,
      templates: TEMPLATES,
    });
    const messages = [...checker.problems, ...read.rollUp!.units.flatMap((u) => u.problems)].map(
      (p) => p.message,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`trang "Theo đơn vị", dòng thêm tay từ ô B${total} (TH07 xã Tân Công Chí)`);
    expect(messages[0]).toContain('777');
  });
});

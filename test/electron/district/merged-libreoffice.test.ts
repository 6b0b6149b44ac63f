/**
 * The merged workbook's formulas are real: LibreOffice, told to recalculate on load, computes the
 * seed totals from the units' rows even when the cached values are wrong.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { computeCompleteness } from '../../../shared/merge/completeness';
import { mergeReports } from '../../../shared/merge/merge';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { writeMergedWorkbook } from '../../../electron/workbook/merged-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-merged-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A LibreOffice profile that recalculates every formula of an .xlsx when loading it. */
function recalcProfile(): string {
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

describe('merged workbook recalculated by LibreOffice', () => {
  it('gives 27.630 received, 27.282 resolved, 98,74% and 97 trained from the formulas alone', async () => {
    const merged = mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, seedShapedReports());
    const zero = Object.fromEntries(Object.keys(merged.figures).map((k) => [k, 0]));
    // Lie in every cached aggregate: only the units' own counts are right.
    const lying = {
      ...merged,
      figures: zero,
      rates: {},
      levels: merged.levels.map((l) => ({ ...l, figures: zero, rates: {} })),
    };
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: lying,
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: [],
    });
    const file = path.join(dir, 'merged.xlsx');
    fs.writeFileSync(file, bytes);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${recalcProfile()}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 120_000 },
    );
    const csv = fs.readFileSync(path.join(dir, 'merged-Tổng hợp.csv'), 'utf8');
    const line = (code: string) => csv.split('\n').find((l) => l.startsWith(`${code},`))!;
    expect(line('A07')).toMatch(/,27630,3252,24378$/u);
    expect(line('A11')).toMatch(/,27282,3218,24064$/u);
    expect(line('R02')).toContain('"98,74%"');
    expect(line('R01')).toMatch(/"74,20%","62,03%"$/u);
    expect(line('C10')).toMatch(/,97,46,51$/u);
    expect(line('R07')).toMatch(/"100,00%","100,00%",không phát sinh$/u);
  }, 180_000);
});

/**
 * The merged workbook's two big sheets written by our sheet writer (sheet-writer.ts, to a file part
 * by part) and by exceljs's streaming WorkbookWriter: `npx tsx scripts/bench-writers.ts --n 10000`.
 * Each writer runs in its own process, so its peak RSS is its own. The sheets: "Theo đơn vị"-shaped
 * (a row per unit: code, name, level, revision, every count, totals as formulas with cached
 * values) and the very hidden units sheet (each unit's report as JSON).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson } from '../shared/domain/canonical';
import { columnLetter as letter } from '../electron/workbook/formulas';
import { countIndicators, CURRENT_TEMPLATE, totalIndicators } from '../shared/template';
import { randomReport } from './lib/random-reports';
import { seededRandom } from './lib/random';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

interface Row {
  code: string;
  name: string;
  counts: (number | null)[];
  totals: { formula: string; result: number }[];
  json: string;
}

function* rows(n: number): Generator<Row> {
  const counts = countIndicators(CURRENT_TEMPLATE);
  const totals = totalIndicators(CURRENT_TEMPLATE);
  const col = new Map(counts.map((c, i) => [c.code, i + 5]));
  for (let i = 0; i < n; i++) {
    const unit = {
      code: `BX${String(i).padStart(5, '0')}`,
      name: `xã Hòa Bình ${i}`,
      level: 'xa' as const,
      active: true,
    };
    const data = randomReport(seededRandom(20250701 + i), unit);
    const r = i + 2;
    yield {
      code: unit.code,
      name: unit.name,
      counts: counts.map((c) => data.counts[c.code] ?? null),
      totals: totals.map((t) => ({
        formula: `SUM(${t.sumOf.map((c) => `${letter(col.get(c)!)}${r}`).join(',')})`,
        result: t.sumOf.reduce((a, c) => a + (data.counts[c] ?? 0), 0),
      })),
      json: canonicalJson(data),
    };
  }
}

async function ours(n: number, file: string) {
  const { WorkbookBuilder } = await import('../electron/workbook/sheet-writer');
  const wb = new WorkbookBuilder({ name: 'Times New Roman', size: 12 }, 'bench');
  const byUnit = wb.addSheet('Theo đơn vị');
  const units = wb.addSheet('cchc_units');
  units.inlineStrings = true;
  units.state = 'veryHidden';
  const count = { border: true, numFmt: '#,##0' };
  let r = 2;
  for (const row of rows(n)) {
    byUnit.setRow(r, [row.code, row.name, 'Cấp xã', 1], { border: true });
    row.counts.forEach((v, i) => byUnit.set(r, 5 + i, v, count));
    row.totals.forEach((t, i) => byUnit.set(r, 5 + row.counts.length + i, t, count));
    units.setRow(r, [row.code, row.name, 'xa', 1, row.json]);
    r++;
  }
  wb.writeFile(file, new Date());
}

async function exceljsStreaming(n: number, file: string) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const byUnit = wb.addWorksheet('Theo đơn vị');
  const units = wb.addWorksheet('cchc_units', { state: 'veryHidden' });
  const border = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  } as const;
  for (const row of rows(n)) {
    const added = byUnit.addRow([row.code, row.name, 'Cấp xã', 1, ...row.counts, ...row.totals]);
    added.eachCell((cell, c) => {
      cell.border = border;
      if (c > 4) cell.numFmt = '#,##0';
    });
    added.commit();
    units.addRow([row.code, row.name, 'xa', 1, row.json]).commit();
  }
  byUnit.commit();
  units.commit();
  await wb.commit();
}

const n = Number(arg('n') ?? 1000);
const which = arg('writer');
if (which) {
  const file = arg('out')!;
  const started = performance.now();
  await (which === 'ours' ? ours(n, file) : exceljsStreaming(n, file));
  const seconds = (performance.now() - started) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({ seconds, peakMb: Math.round(peak / 1024 / 1024), bytes: fs.statSync(file).size }),
  );
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-writers-'));
  console.log(
    `${n} units; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.availableParallelism()} cores`,
  );
  for (const writer of ['ours', 'exceljs']) {
    const out = path.join(dir, `${writer}.xlsx`);
    const script = fileURLToPath(import.meta.url);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, script, '--writer', writer, '--n', String(n), '--out', out],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`${writer}: ${child.stderr}`);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      seconds: number;
      peakMb: number;
      bytes: number;
    };
    const name = writer === 'ours' ? 'sheet-writer.ts (to file)' : 'exceljs stream WorkbookWriter';
    console.log(
      `${name.padEnd(32)} ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMb} MB, file ${(r.bytes / 1024 / 1024).toFixed(1)} MB`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

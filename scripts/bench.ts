/**
 * Benchmark of the district merge: `npm run bench [-- --n 3321] [--dir DIR] [--batch 50]`.
 *
 * 1. Generates N realistic unit workbooks with the app's own writer (random but rule-abiding
 *    figures, a few models, Vietnamese names), in one child process per core, into DIR (default a
 *    temporary folder per N, reused by later runs: generation is not what is measured).
 * 2. Merges them exactly as the district does: files read from disk in batches, checked in the
 *    worker pool (both cores), stored in a district store, merged, merged workbook written.
 *    Timed from the first file read to the merged workbook on disk; peak RSS of the process
 *    (worker threads included) measured right after.
 * 3. Times SheetJS (`xlsx`) merely reading the same files, in the same run, and prints the ratio.
 *
 * Targets (issue 3): 3.321 files in under 60 s, under 400 MB, within 2× of the SheetJS read.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Unit } from '../shared/domain/units';
import { formatCount } from '../shared/format/numbers';
import { CURRENT_TEMPLATE } from '../shared/template';
import { unitWorkbookFileName } from '../shared/workbook/layout';
import { buildMergedWorkbook, closeChecker, importReceivedFiles } from '../electron/services/district';
import { openScratchDistrict } from '../electron/services/scratch-district';
import { setLogSink } from '../electron/log';
import { randomReport } from './lib/random-reports';
import { seededRandom } from './lib/random';

const PERIOD = '2024';
const SEED = 20250701;
const PLACES = [
  'Hòa Bình',
  'Tân Hộ Cơ',
  'Đồng Tháp Mười',
  'Phước Long',
  'Quảng Điền',
  'Hưng Nguyên',
  'Ea Súp',
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The units of a country-sized merge: one province body and N − 1 communes and wards. */
function benchUnits(n: number): Unit[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `BX${String(i).padStart(5, '0')}`,
    name: i === 0 ? 'UBND tỉnh Mẫu' : `${i % 3 === 0 ? 'phường' : 'xã'} ${PLACES[i % PLACES.length]} ${i}`,
    level: i === 0 ? 'huyen' : 'xa',
    active: true,
  }));
}

const fileNameOf = (u: Unit) =>
  unitWorkbookFileName({ period: PERIOD, unitCode: u.code, unitName: u.name, revision: 1 });

/** Child mode: writes the workbooks of units [from, to). */
async function generatePart(dir: string, n: number, from: number, to: number) {
  // Loaded here only: the measuring process should not carry the writer (exceljs) in its memory.
  const { writeUnitWorkbook } = await import('../electron/workbook/unit-writer');
  const units = benchUnits(n);
  for (let i = from; i < to; i++) {
    const unit = units[i]!;
    const random = seededRandom(SEED + i);
    const bytes = await writeUnitWorkbook({
      template: CURRENT_TEMPLATE,
      unit,
      period: PERIOD,
      data: randomReport(random, unit),
      revision: 1,
      reportId: i + 1,
      exportedAt: new Date('2024-12-14T03:00:00Z'),
      appVersion: 'bench',
    });
    fs.writeFileSync(path.join(dir, fileNameOf(unit)), bytes);
  }
}

async function ensureWorkbooks(dir: string, n: number): Promise<string[]> {
  const units = benchUnits(n);
  const files = units.map((u) => path.join(dir, fileNameOf(u)));
  const manifest = path.join(dir, 'manifest.json');
  const wanted = JSON.stringify({
    n,
    seed: SEED,
    template: `${CURRENT_TEMPLATE.id}@${CURRENT_TEMPLATE.version}`,
  });
  if (fs.existsSync(manifest) && fs.readFileSync(manifest, 'utf8') === wanted && files.every(fs.existsSync)) {
    console.log(`Using ${formatCount(n)} workbooks already generated in ${dir}`);
    return files;
  }
  fs.mkdirSync(dir, { recursive: true });
  const parts = Math.max(1, Math.min(os.availableParallelism(), n));
  const started = performance.now();
  console.log(`Generating ${formatCount(n)} workbooks in ${dir} (${parts} processes)…`);
  const script = fileURLToPath(import.meta.url);
  await Promise.all(
    Array.from({ length: parts }, (_, p) => {
      const from = Math.floor((n * p) / parts);
      const to = Math.floor((n * (p + 1)) / parts);
      return new Promise<void>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [...process.execArgv, script, '--generate', `${from}:${to}`, '--dir', dir, '--n', String(n)],
          { stdio: ['ignore', 'inherit', 'inherit'] },
        );
        child.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`generator exited ${code}`)),
        );
      });
    }),
  );
  fs.writeFileSync(manifest, wanted);
  console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return files;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const n = Number(arg('n') ?? 1000);
  const batchSize = Number(arg('batch') ?? 50);
  if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive whole number');
  const dir = path.resolve(arg('dir') ?? path.join(os.tmpdir(), `cchc-bench-${n}`));

  const generate = arg('generate');
  if (generate) {
    const [from, to] = generate.split(':').map(Number) as [number, number];
    await generatePart(dir, n, from, to);
    return;
  }

  const files = await ensureWorkbooks(dir, n);
  const totalBytes = files.reduce((a, f) => a + fs.statSync(f).size, 0);
  console.log(`${formatCount(n)} files, ${mb(totalBytes)} in total`);
  setLogSink(() => {});

  // ---- The district merge, as the app does it --------------------------------------------------
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const district = openScratchDistrict({ units: benchUnits(n) });
  let accepted = 0;
  let refused = 0;
  let peakRss = rssBefore;
  let firstProblem = '';
  let importedAt = 0;
  let rssAfterImport = 0;
  try {
    for (let i = 0; i < files.length; i += batchSize) {
      const batch = files
        .slice(i, i + batchSize)
        .map((file) => ({ fileName: path.basename(file), bytes: fs.readFileSync(file) }));
      const results = await importReceivedFiles(district.ctx, batch, {
        expectedPeriod: PERIOD,
        backup: false,
      });
      for (const r of results) {
        if (r.verdict === 'refused') {
          refused++;
          firstProblem ||= `${r.fileName}: ${r.problems.map((p) => p.message).join(' ')}`;
        } else accepted++;
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    // As `merge` on the command line does: the workers are done, let their memory go first.
    await closeChecker(district.ctx);
    importedAt = performance.now();
    rssAfterImport = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    await buildMergedWorkbook(district.ctx, PERIOD, path.join(dir, `merged-${PERIOD}.xlsx`));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  } finally {
    await district.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  // ---- SheetJS merely reading the same files ---------------------------------------------------
  const { default: XLSX } = await import('xlsx');
  const sheetjsStarted = performance.now();
  for (const file of files) XLSX.read(fs.readFileSync(file));
  const sheetjsSeconds = (performance.now() - sheetjsStarted) / 1000;

  const ratio = seconds / sheetjsSeconds;
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  console.log('');
  console.log(`Merged:          ${formatCount(accepted)} accepted, ${formatCount(refused)} refused`);
  if (firstProblem) console.log(`First refusal:   ${firstProblem}`);
  console.log(`Total:           ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)} files/s)`);
  console.log(
    `  of which:      ${((importedAt - started) / 1000).toFixed(1)} s checking and storing, ` +
      `${(seconds - (importedAt - started) / 1000).toFixed(1)} s merging and writing the merged workbook`,
  );
  console.log(
    `Peak RSS:        ${mb(maxRss)} (before: ${mb(rssBefore)}; peak while checking and storing: ${mb(rssAfterImport)})`,
  );
  console.log(`SheetJS read:    ${sheetjsSeconds.toFixed(1)} s (${(n / sheetjsSeconds).toFixed(0)} files/s)`);
  console.log(`Ratio:           ${ratio.toFixed(2)}× the SheetJS read`);
  const scaled = (seconds * 3321) / n;
  console.log(
    `Targets:         3.321 files < 60 s: ${ok(scaled < 60)}${n === 3321 ? '' : ` (scaled: ${scaled.toFixed(1)} s)`}; ` +
      `< 400 MB: ${ok(maxRss < 400 * 1024 * 1024)}; within 2× of SheetJS: ${ok(ratio <= 2)}`,
  );
}

await main();

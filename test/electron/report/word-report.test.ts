/**
 * The Word report a merging office gets from the seed's workbooks, as LibreOffice prints it: the
 * Nghị định 30 header, the figures of report 114/BC-UBND, every model's name, the signer block and
 * "Nơi nhận"; and the page setup and fonts written in the document's XML.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { emptyReportData } from '../../../shared/domain/report';
import { exportFolder } from '../../../electron/services/export-folder';
import { createServiceContext } from '../../../electron/services/context';
import { saveReportData } from '../../../electron/services/reports';
import { exportMergedWordReport, exportOwnWordReport } from '../../../electron/services/word-report';
import { openZip } from '../../../electron/workbook/xlsx/zip';
import { SEED_MODELS, SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { seedWorkbooks, unitWorkbook } from '../district/workbooks';
import { cliRunner } from '../cli/harness';

const exec = promisify(execFile);
let dir: string;
const files: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-word-'));
  for (const w of await seedWorkbooks()) {
    const file = path.join(dir, w.fileName);
    fs.writeFileSync(file, w.bytes);
    files.push(file);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = cliRunner(new Date('2024-03-25T03:00:00Z'));

/** The PDF LibreOffice prints of a .docx, as text with every run of spaces and line ends made one space. */
async function printed(docx: string): Promise<{ text: string; pages: number }> {
  await exec('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/u, '.pdf');
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 24 });
  const pages = (await exec('pdfinfo', [pdf])).stdout.match(/Pages:\s+(\d+)/u)![1]!;
  return { text: stdout.replace(/\s+/gu, ' '), pages: Number(pages) };
}

const xmlOf = (file: string, part: string) => openZip(fs.readFileSync(file)).read(part)!.toString('utf8');

describe('Word report of the merging office (cli report)', () => {
  it('prints the header, the seed figures, all 13 models, the signer block and Nơi nhận', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    const result = await run('report', '--period', SEED_PERIOD, '--out', out, ...files);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('không có số liệu kỳ trước');
    const { text, pages } = await printed(out);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TÂN HỒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: /BC-UBND',
      'Tân Hồng, ngày 25 tháng 3 năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính năm 2023',
      'tiếp nhận được 27.630 hồ sơ, đã giải quyết 27.282 hồ sơ, đạt tỷ lệ 98,74%',
      'đã cử 97 lượt cán bộ, công chức, viên chức',
      'Trung cấp lý luận chính trị 29 lượt người',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      '[Họ và tên người ký]',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const models = Object.values(SEED_MODELS).flat();
    expect(models).toHaveLength(13);
    for (const name of models) expect(text, name).toContain(name);
  }, 180_000);

  it('writes A4 portrait, margins 20/20/30/15 mm, Times New Roman, 14 pt justified body, numbers from page 2', async () => {
    const out = path.join(dir, 'bao-cao.docx');
    if (!fs.existsSync(out)) await run('report', '--period', SEED_PERIOD, '--out', out, ...files);
    const doc = xmlOf(out, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
    const margins = /<w:pgMar ([^>]*)\/>/u.exec(doc)![1]!;
    const twip = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`, 'u').exec(margins)![1]);
    const mmOf = (t: number) => (t / 1440) * 25.4;
    expect(mmOf(twip('top'))).toBeGreaterThanOrEqual(20);
    expect(mmOf(twip('top'))).toBeLessThanOrEqual(25);
    expect(mmOf(twip('bottom'))).toBeGreaterThanOrEqual(20);
    expect(mmOf(twip('bottom'))).toBeLessThanOrEqual(25);
    expect(mmOf(twip('left'))).toBeGreaterThanOrEqual(30);
    expect(mmOf(twip('left'))).toBeLessThanOrEqual(35);
    expect(mmOf(twip('right'))).toBeGreaterThanOrEqual(15);
    expect(mmOf(twip('right'))).toBeLessThanOrEqual(20);
    expect(doc).toContain('<w:titlePg/>'); // page 1 has no number
    const styles = xmlOf(out, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<\/w:docDefaults>/su);
    // No run names another font.
    const fonts = new Set([...doc.matchAll(/w:ascii="([^"]+)"/gu)].map((m) => m[1]));
    expect([...fonts].filter((f) => f !== 'Times New Roman')).toEqual([]);
    // Body paragraphs: justified, first line 1,27 cm, 6 pt after; 14 pt text.
    expect(doc).toMatch(/<w:jc w:val="both"\/>/u);
    expect(doc).toContain('w:firstLine="720"');
    expect(doc).toContain('w:after="120"');
    const sizes = [...doc.matchAll(/<w:sz w:val="(\d+)"\/>/gu)].map((m) => Number(m[1]) / 2);
    expect(Math.min(...sizes)).toBe(11); // the list of recipients
    expect(sizes.filter((s) => s === 14).length).toBeGreaterThan(sizes.length / 2);
    const header = openZip(fs.readFileSync(out));
    const headers = [...header.entries.keys()].filter((n) => /^word\/header\d+\.xml$/u.test(n));
    expect(headers.some((h) => header.read(h)!.toString('utf8').includes('PAGE'))).toBe(true);
  }, 180_000);

  it('compares with the previous year when its files are given too', async () => {
    const earlier = await Promise.all(
      seedShapedReports().map(({ unit, data }) =>
        unitWorkbook(
          unit,
          {
            ...data,
            counts: {
              ...data.counts,
              A05: data.counts.A05! - 100,
              A08: data.counts.A08! - 100,
              A16: data.counts.A16! - 100,
            },
            models: [],
          },
          1,
          '2022',
        ),
      ),
    );
    const earlierFiles = earlier.map((w) => {
      const file = path.join(dir, `2022-${w.fileName}`);
      fs.writeFileSync(file, w.bytes);
      return file;
    });
    const out = path.join(dir, 'so-sanh.docx');
    const result = await run('report', '--period', SEED_PERIOD, '--out', out, ...files, ...earlierFiles);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('so sánh với kỳ Năm 2022');
    // Last year's files are named as the comparison's base, not as figures added to the totals.
    const lines = result.out.split('\n');
    const earlierLine = lines.findIndex((l) => l.includes(path.basename(earlierFiles[0]!)));
    expect(lines.slice(earlierLine, earlierLine + 3).join('\n')).toContain(
      'Tệp của Năm 2022: chỉ dùng để so sánh với kỳ trước, không cộng vào số tổng hợp.',
    );
    expect(result.out.split('được đưa vào tổng hợp').length - 1).toBe(files.length);
    const doc = xmlOf(out, 'word/document.xml');
    expect(doc).toContain('27.630 hồ sơ, tăng 1.000 hồ sơ (3,8%) so với năm 2022');
  }, 180_000);

  it('writes no report when no file was accepted, as the app refuses it, after each verdict', async () => {
    const [first] = seedShapedReports();
    const other = await unitWorkbook(first!.unit, first!.data, 1, '2026-Q3');
    const file = path.join(dir, `chi-khac-ky-${other.fileName}`);
    fs.writeFileSync(file, other.bytes);
    const out = path.join(dir, 'rong.docx');
    const result = await run('report', '--period', SEED_PERIOD, '--out', out, file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('không phải Năm 2023 đang tổng hợp');
    expect(result.err).toContain('Chưa có báo cáo nào được chấp nhận cho Năm 2023.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses, as merge does, a file of a period that is neither this one nor the one before', async () => {
    const [first] = seedShapedReports();
    const other = await unitWorkbook(first!.unit, first!.data, 1, '2026-Q3');
    const file = path.join(dir, `khac-ky-${other.fileName}`);
    fs.writeFileSync(file, other.bytes);
    const result = await run('report', '--period', SEED_PERIOD, '--out', path.join(dir, 'khac.docx'), file);
    expect(result.code, result.out).toBe(1);
    expect(result.out).toContain('không phải Năm 2023 đang tổng hợp');
    expect(result.out).not.toContain('được đưa vào tổng hợp');
  });

  it('refuses a report without files or with a bad period, exit 2', async () => {
    expect((await run('report', '--period', '2023', '--out', path.join(dir, 'x.docx'))).code).toBe(2);
    expect(
      (await run('report', '--period', '2023-Q9', '--out', path.join(dir, 'x.docx'), files[0]!)).code,
    ).toBe(2);
  });

  it("a commune's own report from its data folder, compared with its previous year", async () => {
    const dataDir = path.join(dir, 'xa');
    const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
    const own = seedShapedReports()[3]!;
    saveReportData(
      ctx,
      { unitCode: 'TH03', period: SEED_PERIOD },
      own.data,
      reportFingerprint(emptyReportData()),
    );
    const earlier = { ...own.data, counts: { ...own.data.counts, D03: own.data.counts.D03! + 2 } };
    saveReportData(ctx, { unitCode: 'TH03', period: '2022' }, earlier, reportFingerprint(emptyReportData()));
    ctx.db.close();
    const out = path.join(dir, 'xa.docx');
    const result = await run(
      'report',
      '--data-dir',
      dataDir,
      '--unit',
      'TH03',
      '--period',
      SEED_PERIOD,
      '--out',
      out,
    );
    expect(result.code, result.err).toBe(0);
    const doc = xmlOf(out, 'word/document.xml');
    expect(doc).toContain('UBND HUYỆN TÂN HỒNG');
    expect(doc).toContain('XÃ THÔNG BÌNH');
    expect(doc).toContain('giảm 02 cuộc');
    expect(doc).toContain(own.data.texts.E01!);
    const none = await run(
      'report',
      '--data-dir',
      dataDir,
      '--unit',
      'TH04',
      '--period',
      SEED_PERIOD,
      '--out',
      out,
    );
    expect(none.code).toBe(1);
    expect(none.err).toContain('chưa có báo cáo');
  });

  it("the app saves a commune's report in its export folder under a time-stamped name; nothing merged is an error", async () => {
    const dataDir = path.join(dir, 'app');
    const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
    ctx.now = () => new Date(2024, 2, 25, 9, 30);
    try {
      saveReportData(
        ctx,
        { unitCode: 'TH03', period: SEED_PERIOD },
        seedShapedReports()[3]!.data,
        reportFingerprint(emptyReportData()),
      );
      const saved = await exportOwnWordReport(ctx, { unitCode: 'TH03', period: SEED_PERIOD });
      expect(saved.fileName).toBe('BaoCao_CCHC_2023_TH03_xa_Thong_Binh_20240325-0930.docx');
      expect(saved.savedPath).toBe(path.join(exportFolder(ctx), saved.fileName));
      expect(fs.readFileSync(saved.savedPath).toString('base64')).toBe(saved.base64);
      expect(saved.comparedWith).toBeNull();
      await expect(exportOwnWordReport(ctx, { unitCode: 'TH04', period: SEED_PERIOD })).rejects.toThrow(
        /chưa|Chưa/u,
      );
      await expect(exportMergedWordReport(ctx, SEED_PERIOD)).rejects.toThrow(
        'Chưa có báo cáo nào được chấp nhận',
      );
    } finally {
      ctx.db.close();
    }
  });
});

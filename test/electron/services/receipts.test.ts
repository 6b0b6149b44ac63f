import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import { importReceivedFiles } from '../../../electron/services/district';
import { importReceipt, lastReceipt, makeReceipt } from '../../../electron/services/receipts';
import { openReport, saveReportData } from '../../../electron/services/reports';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { saveSettings } from '../../../electron/services/settings';
import { markExported } from '../../../electron/store/reports';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { emptyReportData } from '../../../shared/domain/report';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, unitOf, unitWorkbook } from '../district/workbooks';

let district: { ctx: ServiceContext; close: () => Promise<void> };
let communeDir: string;
let commune: ServiceContext;
const reports = seedShapedReports();

beforeAll(() => {
  district = openScratchDistrict({
    units: DEFAULT_UNITS,
    checker: inProcessChecker,
    now: () => new Date('2023-12-18T02:30:00Z'),
  });
  saveSettings(district.ctx, { unitCode: 'TH00', isMergingOffice: true });
  communeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-receipt-'));
  commune = createServiceContext({
    sampleUnits: true,
    dataDir: communeDir,
    mode: 'browser',
    background: false,
  });
});
afterAll(async () => {
  commune.db.close();
  fs.rmSync(communeDir, { recursive: true, force: true });
  await district.close();
});

let firstReceipt: { fileName: string; base64: string } | undefined;
const findReportId = () => openReport(commune, { unitCode: 'TH03', period: SEED_PERIOD }).id;
const upload = (r: { fileName: string; base64: string }) => importReceipt(commune, r);

describe('receipts', () => {
  it('an accepted file: the workbook reads back in the commune app as "Đã được … nhận bản lần 1 …: chấp nhận"', async () => {
    const [result] = await importReceivedFiles(
      district.ctx,
      [await unitWorkbook(unitOf('TH03'), reports[3]!.data, 1)],
      {
        backup: false,
      },
    );
    const receipt = makeReceipt(district.ctx, result!.id!);
    firstReceipt = receipt;
    expect(receipt.fileName).toBe('BienNhan_2023_TH03_r1.xlsx');
    expect(receipt.text).toContain('BIÊN NHẬN BÁO CÁO CẢI CÁCH HÀNH CHÍNH');
    expect(receipt.text).toContain('Đơn vị nhận: UBND huyện Tân Hồng');
    expect(receipt.text).toContain('Đơn vị gửi: xã Thông Bình (TH03)');
    expect(receipt.text).toContain('Kỳ báo cáo: Năm 2023');
    expect(receipt.text).toMatch(/Mã SHA-256 của tệp: [0-9a-f]{64}/u);
    expect(receipt.text).toMatch(/Ngày nhận: 18\/12\/2023 \d\d:30/u);
    expect(receipt.text).toContain('Kết quả: chấp nhận');

    // A person opening it sees the same lines.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(receipt.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Biên nhận')!;
    expect(sheet.getCell('A1').value).toBe('BIÊN NHẬN BÁO CÁO CẢI CÁCH HÀNH CHÍNH');
    expect(sheet.getCell('B4').value).toBe('xã Thông Bình (TH03)');

    // The commune has moved on to revision 1 only: the receipt is for its latest.
    saveReportData(
      commune,
      { unitCode: 'TH03', period: SEED_PERIOD },
      reports[3]!.data,
      reportFingerprint(emptyReportData()),
    );
    const seen = upload(receipt);
    expect(seen.line).toMatch(
      /^Đã được UBND huyện Tân Hồng nhận bản lần 1 ngày 18\/12\/2023 \d\d:30: chấp nhận$/u,
    );
    expect(seen).toMatchObject({ accepted: true, newer: false, problems: [], localRevision: 1 });

    // After it was sent, an edit makes the commune's report newer than what was received.
    markExported(commune.db, findReportId());
    saveReportData(
      commune,
      { unitCode: 'TH03', period: SEED_PERIOD },
      {
        ...reports[3]!.data,
        counts: { ...reports[3]!.data.counts, A01: 1 },
      },
      openReport(commune, { unitCode: 'TH03', period: SEED_PERIOD }).fingerprint,
    );
    const later = upload(receipt);
    expect(later.newer).toBe(true);
    expect(later.note).toContain('bản lần 2, mới hơn bản lần 1 đã được nhận');
  });

  it('the last receipt stays on this PC: shown again after a restart, not hidden by an older one opened late', async () => {
    const key = { unitCode: 'TH03', period: SEED_PERIOD };
    expect(lastReceipt(commune, { unitCode: 'TH01', period: SEED_PERIOD })).toBeNull();
    expect(lastReceipt(commune, key)?.line).toContain('nhận bản lần 1');

    const [second] = await importReceivedFiles(
      district.ctx,
      [await unitWorkbook(unitOf('TH03'), reports[3]!.data, 2)],
      {
        backup: false,
      },
    );
    upload(makeReceipt(district.ctx, second!.id!));
    upload(firstReceipt!); // the old receipt, opened again later

    commune.db.close();
    commune = createServiceContext({
      sampleUnits: true,
      dataDir: communeDir,
      mode: 'browser',
      background: false,
    });
    const shown = lastReceipt(commune, key)!;
    expect(shown.line).toContain('nhận bản lần 2');
    expect(shown).toMatchObject({ accepted: true, newer: false, localRevision: 2 });
  });

  it('a refused file: the receipt carries its problems', async () => {
    const data = { ...reports[5]!.data, counts: { ...reports[5]!.data.counts, A04: 999_999 } };
    const [result] = await importReceivedFiles(district.ctx, [await unitWorkbook(unitOf('TH05'), data, 2)], {
      backup: false,
    });
    expect(result!.verdict).toBe('refused');
    const receipt = makeReceipt(district.ctx, result!.id!);
    expect(receipt.text).toContain('Kết quả: từ chối');
    expect(receipt.text).toMatch(/- Lỗi: .*A04/u);
    const seen = upload(receipt);
    expect(seen.accepted).toBe(false);
    expect(seen.line).toContain('nhận bản lần 2');
    expect(seen.problems.some((p) => /^- Lỗi: .*A04/u.test(p))).toBe(true);
    expect(seen.note).toContain('máy này không có báo cáo đó');
  });

  it('a file that is not a receipt (a report workbook, a text file, an edited receipt) is refused with a message', async () => {
    const report = await unitWorkbook(unitOf('TH01'), reports[1]!.data, 1);
    expect(() => upload({ fileName: 'bao-cao.xlsx', base64: report.bytes.toString('base64') })).toThrow(
      /không phải biên nhận/u,
    );
    expect(() => upload({ fileName: 'x.xlsx', base64: Buffer.from('abc').toString('base64') })).toThrow(
      /không phải biên nhận/u,
    );
    // A receipt whose data was edited to something no receipt says.
    const [result] = await importReceivedFiles(
      district.ctx,
      [await unitWorkbook(unitOf('TH07'), reports[7]!.data, 1)],
      { backup: false },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(makeReceipt(district.ctx, result!.id!).base64, 'base64') as unknown as ArrayBuffer,
    );
    const data = book.getWorksheet('_cchc_receipt')!.getCell('A2');
    data.value = String(data.value).replace('"accepted"', '"approved"');
    const edited = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    expect(() => upload({ fileName: 'bien-nhan.xlsx', base64: edited })).toThrow(/không phải biên nhận/u);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { saveOverStored } from './fixtures/save-report';
import { createServiceContext } from '../../electron/services/context';
import { log, setLogSink } from '../../electron/log';
import {
  LOG_DIR_NAME,
  LOG_FILE_NAME,
  createFileLogSink,
  logFiles,
  sanitizeLogLine,
} from '../../electron/log-file';
import type { ServiceContext } from '../../electron/services/context';
import { emptyReportData } from '../../shared/domain/report';

const dirs: string[] = [];
const contexts: ServiceContext[] = [];
afterEach(() => {
  setLogSink((line) => process.stderr.write(line + '\n'));
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-log-'));
  dirs.push(dir);
  return dir;
}

describe('support log file', () => {
  it('rotates at the size limit and keeps three files', () => {
    const dataDir = tempDir();
    const sink = createFileLogSink(dataDir, { maxBytes: 1000 });
    for (let i = 0; i < 100; i++) sink(`line ${String(i).padStart(3, '0')} ` + 'x'.repeat(80));
    const files = logFiles(dataDir).map((f) => path.basename(f));
    expect(files).toEqual([`${LOG_FILE_NAME}.2`, `${LOG_FILE_NAME}.1`, LOG_FILE_NAME]);
    for (const file of logFiles(dataDir)) expect(fs.statSync(file).size).toBeLessThanOrEqual(1000);
    const all = logFiles(dataDir)
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('');
    expect(all.trimEnd().split('\n').at(-1)).toMatch(/^line 099 /u);
    expect(all).not.toContain('line 000 '); // the oldest were rotated out
  });

  it('keeps one line per event: no forged lines, no floods', () => {
    expect(sanitizeLogLine('tệp "a.xlsx\n2024-01-01 [api] giả mạo"')).toBe(
      'tệp "a.xlsx 2024-01-01 [api] giả mạo"',
    );
    expect(sanitizeLogLine('x'.repeat(10_000)).length).toBeLessThan(4100);
  });

  it('never throws when the folder disappears', () => {
    const dataDir = tempDir();
    const lost: string[] = [];
    const sink = createFileLogSink(dataDir, { fallback: (line) => lost.push(line) });
    fs.rmSync(path.join(dataDir, LOG_DIR_NAME), { recursive: true });
    expect(() => sink('after removal')).not.toThrow();
    expect(lost).toEqual(['after removal']);
    expect(fs.existsSync(path.join(dataDir, LOG_DIR_NAME))).toBe(false);
  });

  it('is written by a running app and exported by "Xuất nhật ký" without figures or names', async () => {
    const dataDir = tempDir();
    const ctx = createServiceContext({
      sampleUnits: true,
      dataDir,
      mode: 'browser',
      now: () => new Date(2024, 5, 1, 10, 32, 5),
    });
    contexts.push(ctx);
    const data = emptyReportData();
    data.counts = { A03: 27630, A04: 15121 };
    data.preparer = { name: 'Nguyễn Thị Ánh', position: 'Văn phòng', phone: '0912345678', preparedOn: '' };
    data.texts = { E01: 'Thiếu máy scan ở bộ phận một cửa' };
    expect((await saveOverStored(ctx, { unitCode: 'TH03', period: '2024' }, data)).ok).toBe(true);
    // a refused call with personal data in it: the log names the field, not the value
    await saveOverStored(
      ctx,
      { unitCode: 'TH03', period: '2024' },
      { ...data, counts: { A03: 'Nguyễn Thị Ánh 27630' } },
    );
    await dispatch(ctx, 'backups.create', {});
    log('test', 'marker');

    const reply = await dispatch(ctx, 'support.exportLog', {});
    expect(reply.ok).toBe(true);
    const bundle = (reply as { value: { fileName: string; contentBase64: string; size: number } }).value;
    expect(bundle.fileName).toBe('nhat-ky-cchc_2024-06-01_10-32.txt');
    const text = Buffer.from(bundle.contentBase64, 'base64').toString('utf8');
    expect(Buffer.byteLength(text)).toBe(bundle.size);
    expect(text).toMatch(/^Nhật ký Báo cáo CCHC — phiên bản /u);
    expect(text).toContain('[app] started browser');
    expect(text).toContain('[api] bad arguments for report.save');
    expect(text).toContain('[backup] manual: cchc_2024-06-01_10-32-05_thu-cong.sqlite');
    expect(text).toContain('[test] marker');
    for (const secret of ['27630', '27.630', '15121', 'Nguyễn', 'Ánh', '0912345678', 'scan']) {
      expect(text).not.toContain(secret);
    }
  });
});

/**
 * Every argument that crosses from the renderer is validated before any service sees it. These
 * calls go through the one dispatcher both transports use (Electron IPC and the HTTP bridge) with
 * what a compromised or buggy page could send: wrong types, extra fields, huge strings, unknown
 * channels, prototype tricks and paths. Each is refused with a Vietnamese message, quickly, and
 * nothing is stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createServiceContext } from '../../electron/services/context';
import type { ServiceContext } from '../../electron/services/context';
import { exportFolder } from '../../electron/services/workbooks';
import { API_CHANNELS } from '../../shared/api/channels';
import { apiContract, type ApiReply } from '../../shared/api/contract';
import { reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData } from '../../shared/domain/report';
import { apiMessages } from '../../shared/i18n/vi/api';

const VIETNAMESE = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/iu;

let ctx: ServiceContext;
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-boundary-'));
  ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
});
afterAll(() => {
  ctx.db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function expectRefused(reply: ApiReply<unknown>, code = 'bad-arguments') {
  expect(reply.ok).toBe(false);
  if (reply.ok) return;
  expect(reply.error.code).toBe(code);
  expect(reply.error.message).toMatch(VIETNAMESE);
  expect(reply.error.message.length).toBeLessThan(300);
  for (const detail of reply.error.details ?? []) expect(detail.length).toBeLessThan(1000);
}

async function reportCount(): Promise<number> {
  const reply = await dispatch(ctx, 'report.list', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as unknown[]).length;
}

const validSave = () => ({
  unitCode: 'TH03',
  period: '2024',
  data: emptyReportData(),
  base: reportFingerprint(emptyReportData()),
});

describe('every call refuses what is not its argument', () => {
  it.each([...API_CHANNELS])(
    '%s: wrong shapes, extra fields, prototype tricks, huge input',
    async (channel) => {
      const before = await reportCount();
      for (const args of [42, 'report', true, [], [{}], () => 1]) {
        expectRefused(await dispatch(ctx, channel, args));
      }
      expectRefused(await dispatch(ctx, channel, { unexpected: 1 }));
      expectRefused(await dispatch(ctx, channel, JSON.parse('{"__proto__": {"polluted": true}}')));
      expectRefused(await dispatch(ctx, channel, { constructor: { prototype: { polluted: true } } }));
      const started = performance.now();
      expectRefused(await dispatch(ctx, channel, { huge: 'x'.repeat(5_000_000) }));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(await reportCount()).toBe(before);
    },
  );

  it('unknown channels are refused by name, whatever the name', async () => {
    for (const name of [
      '',
      'report',
      'report.save.x',
      'REPORT.SAVE',
      ' report.save',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'toString',
      '../report.save',
      'ipc:invoke',
      'x'.repeat(100_000),
    ]) {
      const reply = await dispatch(ctx, name, {});
      expectRefused(reply, 'unknown-call');
      if (!reply.ok) expect(reply.error.message).toBe(apiMessages.unknownCall(name.slice(0, 64)));
    }
  });

  it('every call takes a strict object: no channel accepts a field it does not declare', () => {
    for (const channel of API_CHANNELS) {
      const schema = apiContract[channel].args as z.ZodType;
      expect(schema.safeParse({ surelyNotAField: 1 }).success, channel).toBe(false);
    }
  });
});

describe('wrong types and values', () => {
  const cases: [string, unknown][] = [
    ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { A03: '27.630' } } }],
    ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { A03: -1 } } }],
    ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { A03: 1.5 } } }],
    ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { A03: 1e16 } } }],
    ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { A03: Number.NaN } } }],
    ['report.save', { ...validSave(), data: { ...emptyReportData(), models: 'none' } }],
    ['report.save', { ...validSave(), unitCode: '../TH03' }],
    ['report.save', { ...validSave(), unitCode: "TH03'; DROP TABLE reports; --" }],
    ['report.save', { ...validSave(), period: '2024-Q5' }],
    ['report.save', { ...validSave(), data: undefined }],
    ['report.open', { unitCode: 3, period: '2024' }],
    ['settings.save', { unitCode: 'TH03', isMergingOffice: 'true' }],
    ['units.add', { code: 'X1', name: 'xã Mới', level: 'tinh' }],
    ['units.setActive', { code: 'TH03', active: 1 }],
    ['units.import', { units: [] }],
    ['backups.restore', { fileName: 'cchc_2024-06-01_08-00-00_hang-ngay.sqlite', confirm: 'true' }],
    ['district.diff', { unitCode: 'TH03', period: '2024', fromId: -1, toId: 1.5 }],
    ['district.import', { files: [{ fileName: 'a.xlsx', base64: 'không phải base64!' }] }],
    ['district.import', { files: [] }],
    ['compare.periods', { unitCode: 'TH03', period: '2023', otherPeriod: '2022-Q5' }],
    ['compare.periods', { unitCode: '../TH03', period: '2023' }],
  ];
  it.each(cases)('%s %j is refused', async (channel, args) => {
    const before = await reportCount();
    expectRefused(await dispatch(ctx, channel, args));
    expect(await reportCount()).toBe(before);
  });

  it('the details name the field in Vietnamese', async () => {
    const reply = await dispatch(ctx, 'report.save', { ...validSave(), extra: 1 });
    expectRefused(reply);
    if (!reply.ok) {
      expect(reply.error.message).toBe(apiMessages.badArguments);
      expect(reply.error.details?.join(' ')).toMatch(/Khóa không được nhận dạng: "extra"/u);
    }
  });
});

describe('sizes', () => {
  it('refuses strings beyond each field limit', async () => {
    const cases: [string, unknown][] = [
      ['units.add', { code: 'X1', name: 'x'.repeat(201), level: 'xa' }],
      ['units.add', { code: 'X'.repeat(21), name: 'xã Mới', level: 'xa' }],
      ['units.rename', { code: 'TH03', name: 'đ'.repeat(10_000) }],
      [
        'report.save',
        { ...validSave(), data: { ...emptyReportData(), texts: { E01: 'x'.repeat(100_001) } } },
      ],
      ['report.save', { ...validSave(), data: { ...emptyReportData(), counts: { ['A'.repeat(9)]: 1 } } }],
      [
        'report.save',
        {
          ...validSave(),
          data: {
            ...emptyReportData(),
            models: Array.from({ length: 20_001 }, (_, i) => ({ id: `m${i}`, values: {} })),
          },
        },
      ],
      [
        'units.import',
        {
          units: Array.from({ length: 10_001 }, (_, i) => ({ code: `U${i}`, name: `xã ${i}`, level: 'xa' })),
        },
      ],
      ['district.import', { files: [{ fileName: 'x'.repeat(256) + '.xlsx', base64: 'AAAA' }] }],
      ['backups.restore', { fileName: 'x'.repeat(10_000), confirm: true }],
    ];
    for (const [channel, args] of cases) {
      const started = performance.now();
      expectRefused(await dispatch(ctx, channel, args));
      expect(performance.now() - started, channel).toBeLessThan(2000);
    }
  });

  it('drops unknown fields inside the report instead of storing them', async () => {
    const data = { ...emptyReportData(), counts: { A03: 5 }, evil: '<script>' } as Record<string, unknown>;
    (data.preparer as Record<string, unknown>).token = 'x';
    const reply = await dispatch(ctx, 'report.save', { ...validSave(), data });
    expect(reply.ok).toBe(true);
    const opened = await dispatch(ctx, 'report.open', { unitCode: 'TH03', period: '2024' });
    const stored = (opened as { value: { data: Record<string, unknown> } }).value.data;
    expect(stored).not.toHaveProperty('evil');
    expect(stored.preparer).not.toHaveProperty('token');
    expect(stored.counts).toEqual({ A03: 5 });
  });
});

describe('codes', () => {
  it('refuses a report with codes that are not in the template, in Vietnamese, naming them; nothing is stored', async () => {
    const cases: [Partial<ReturnType<typeof emptyReportData>>, string][] = [
      [{ counts: { A03: 5, ZZ99: 7 } }, 'ZZ99'],
      // A total or a rate is computed, never stored.
      [{ counts: { A07: 2705 } }, 'A07'],
      [{ texts: { Q01: 'chữ' } }, 'Q01'],
      [{ models: [{ id: 'm1', values: { B01: 'Mô hình', X9: 'lạ' } }] }, 'X9'],
    ];
    for (const [patch, code] of cases) {
      const before = await reportCount();
      const reply = await dispatch(ctx, 'report.save', {
        ...validSave(),
        data: { ...emptyReportData(), ...patch },
      });
      expectRefused(reply, 'unknown-code');
      if (!reply.ok) {
        expect(reply.error.message).toContain(`"${code}"`);
        expect(reply.error.message).toMatch(/không có trong biểu mẫu/u);
        expect(reply.error.details).toEqual([code]);
      }
      expect(await reportCount()).toBe(before);
    }
  });
});

describe('paths', () => {
  const PATH_KEY = /^(.*path|.*folder|.*dir|directory|file|location)$/iu;

  /** Every argument key of every call, nested ones included ("files[].fileName"). */
  function argumentKeys(schema: unknown, prefix = ''): string[] {
    const s = schema as { shape?: Record<string, unknown>; element?: unknown; unwrap?: () => unknown };
    if (s.shape) {
      return Object.entries(s.shape).flatMap(([key, value]) => [
        prefix + key,
        ...argumentKeys(value, `${prefix}${key}.`),
      ]);
    }
    if (s.element) return argumentKeys(s.element, prefix.replace(/\.$/u, '[].'));
    if (typeof s.unwrap === 'function') return argumentKeys(s.unwrap(), prefix);
    return [];
  }

  /**
   * A call that takes a path must refuse one outside its allowed folders, tested here. Files
   * travel as bytes; the one path the renderer may name is the export folder (or a file in it),
   * to show it in the file manager.
   */
  const PATH_CALLS: Record<string, (path: string) => unknown> = {
    'workbook.openFolder': (p) => ({ path: p }),
  };
  /**
   * Settings that name a folder the clerk chose (where exports go): any local folder they can write
   * in, except network shares, relative paths and the data folder; tested below.
   */
  const FOLDER_SETTINGS: Record<string, (path: string) => unknown> = {
    'settings.save:exportFolder': (p) => ({ unitCode: 'TH03', isMergingOffice: false, exportFolder: p }),
  };
  const HOSTILE_PATHS = [
    '/etc/passwd',
    'C:\\Windows\\System32\\config\\SAM',
    '..\\..\\..\\Windows',
    '../../../../etc',
    '\\\\server\\share\\x',
    'file:///C:/Windows',
    '%APPDATA%\\..\\..',
  ];

  it('no call takes a raw path from the renderer without a refusal test', () => {
    const found = API_CHANNELS.flatMap((channel) =>
      argumentKeys(apiContract[channel].args)
        .filter((key) => PATH_KEY.test(key.split('.').at(-1)!.replace('[]', '')))
        .map((key) => `${channel}:${key}`),
    );
    expect(found.filter((f) => !(f.split(':')[0]! in PATH_CALLS) && !(f in FOLDER_SETTINGS))).toEqual([]);
  });

  it('a backup to restore is named, never pathed', async () => {
    for (const fileName of HOSTILE_PATHS) {
      expectRefused(await dispatch(ctx, 'backups.restore', { fileName, confirm: true }));
    }
  });

  /** Inside the data folder but outside the export folder, or leading out of it. */
  function nearMisses(): string[] {
    const exports = exportFolder(ctx);
    fs.mkdirSync(exports, { recursive: true });
    const link = path.join(exports, 'loi-tat');
    if (!fs.existsSync(link)) {
      try {
        fs.symlinkSync(os.tmpdir(), link);
      } catch {
        // no symlinks here: that case is not exercised
      }
    }
    return [
      dataDir,
      path.join(dataDir, 'bao-cao-cchc.sqlite'),
      path.join(dataDir, 'sao-luu'),
      path.join(exports, '..', 'bao-cao-cchc.sqlite'),
      `${exports}-khac`,
      link,
      path.join(exports, 'khong-co.xlsx'),
      'xuat-bao-cao',
      `${exports}\0/../../etc`,
    ];
  }

  it.each(Object.entries(PATH_CALLS))(
    '%s refuses paths outside the allowed folders',
    async (channel, args) => {
      for (const hostile of [...HOSTILE_PATHS, ...nearMisses()]) {
        const reply = await dispatch(ctx, channel, args(hostile));
        expect(reply.ok, hostile).toBe(false);
        if (!reply.ok) {
          expect(reply.error.message, hostile).toMatch(VIETNAMESE);
          expect(['folder-not-allowed', 'bad-arguments'], hostile).toContain(reply.error.code);
        }
      }
    },
  );

  it.each(Object.entries(FOLDER_SETTINGS))(
    '%s refuses a relative, network or data-folder path',
    async (_, args) => {
      for (const hostile of [
        ...HOSTILE_PATHS,
        '//server/share/x',
        dataDir,
        path.join(dataDir, 'sao-luu'),
        path.join(dataDir, '..', path.basename(dataDir), 'x'),
      ]) {
        const reply = await dispatch(ctx, 'settings.save', args(hostile));
        expect(reply.ok, hostile).toBe(false);
        if (!reply.ok) {
          expect(reply.error.message, hostile).toMatch(VIETNAMESE);
          expect(['bad-export-folder', 'bad-arguments'], hostile).toContain(reply.error.code);
        }
      }
    },
  );
});

/**
 * "So sánh kỳ" on real SQLite files: a district that received the seed's ten workbooks of 2023 and
 * of 2022 (written by the app's writer, read back by its reader), and a commune comparing its own
 * reports typed in the app. Through the one dispatcher, so the reply also passes the contract.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createServiceContext, type ServiceContext } from '../../../electron/services/context';
import { importReceivedFiles } from '../../../electron/services/district';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import type { Comparison } from '../../../shared/api/compare-contract';
import { formatChange, formatChangePercent, formatSide } from '../../../shared/compare/format';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import type { ReportData } from '../../../shared/domain/report';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, seedWorkbooks, unitWorkbook } from '../district/workbooks';
import { saveOverStored } from '../fixtures/save-report';

async function compare(ctx: ServiceContext, args: Record<string, unknown>): Promise<Comparison> {
  const reply = await dispatch(ctx, 'compare.periods', args);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Comparison;
}

const row = (c: Comparison, code: string) => {
  const r = c.sections.flatMap((s) => s.rows).find((x) => x.code === code)!;
  return {
    now: formatSide(r.now, r.kind).text,
    other: formatSide(r.other, r.kind).text,
    change: formatChange(r).text,
    percent: formatChangePercent(r).text,
  };
};

/** Last year's report of a unit: 100 fewer dossiers received in person, resolved early, digitised. */
const yearBefore = (data: ReportData): ReportData => ({
  ...data,
  counts: {
    ...data.counts,
    A05: data.counts.A05! - 100,
    A08: data.counts.A08! - 100,
    A16: data.counts.A16! - 100,
  },
  models: [],
});

describe('a district compares a unit’s received reports of two years', () => {
  let district: ReturnType<typeof openScratchDistrict>;
  const th03 = seedShapedReports().find((r) => r.unit.code === 'TH03')!.data.counts;
  const received = th03.A02! + th03.A03! + th03.A05! + th03.A06!;

  beforeAll(async () => {
    district = openScratchDistrict({ units: [...DEFAULT_UNITS], checker: inProcessChecker });
    const earlier = await Promise.all(
      seedShapedReports().map(({ unit, data }) => unitWorkbook(unit, yearBefore(data), 1, '2022')),
    );
    await importReceivedFiles(district.ctx, [...(await seedWorkbooks()), ...earlier], { backup: false });
  }, 60_000);
  afterAll(() => district.close());

  it('compares with the same period a year earlier by default, figures from the files', async () => {
    const c = await compare(district.ctx, { unitCode: 'TH03', period: SEED_PERIOD });
    expect(c.unit).toEqual({ code: 'TH03', name: DEFAULT_UNITS.find((u) => u.code === 'TH03')!.name });
    expect(c.other).toMatchObject({ period: '2022', source: 'received', revision: 1 });
    expect(c.period).toMatchObject({ period: '2023', source: 'received' });
    expect(c.periods).toEqual(['2023', '2022']);
    const share = Math.round((100 * 1000) / (received - 100)) / 10;
    expect(row(c, 'A07')).toEqual({
      now: received.toLocaleString('de-DE'),
      other: (received - 100).toLocaleString('de-DE'),
      change: '+100',
      percent: `+${String(share).replace('.', ',')}%`,
    });
    expect(row(c, 'A10')).toMatchObject({ change: '0', percent: '0%' });
    expect(row(c, 'R02').change).toMatch(/^[+−]?\d+,\d{2} điểm %$/u);
    // The models of 2023 against none in 2022.
    const models = c.sections.find((s) => s.id === 'B')!.rows[0]!;
    expect(models.now).toEqual({ state: 'value', value: 1 });
    expect(models.other).toEqual({ state: 'value', value: 0 });
  });

  it('compares with a chosen period, and says a period it does not hold is not held', async () => {
    const back = await compare(district.ctx, { unitCode: 'TH03', period: '2022', otherPeriod: '2023' });
    expect(row(back, 'A07').change).toBe('−100');
    const none = await compare(district.ctx, { unitCode: 'TH03', period: '2023', otherPeriod: '2021' });
    expect(none.other).toEqual({ period: '2021', source: null, revision: null, at: null });
    const a07 = none.sections[0]!.rows.find((r) => r.code === 'A07')!;
    expect(formatSide(a07.other, a07.kind)).toEqual({ text: '—', reason: 'chưa có báo cáo' });
  });

  it('lists only periods with figures in use: a refused file is not a period held', async () => {
    const data = seedShapedReports().find((r) => r.unit.code === 'TH03')!;
    const wrong = { ...data.data, counts: { ...data.data.counts, A04: data.data.counts.A03! + 5 } };
    const [result] = await importReceivedFiles(
      district.ctx,
      [await unitWorkbook(data.unit, wrong, 1, '2020')],
      { backup: false },
    );
    expect(result!.verdict).toBe('refused');
    const c = await compare(district.ctx, { unitCode: 'TH03', period: SEED_PERIOD });
    expect(c.periods).toEqual(['2023', '2022']);
  });

  it('refuses a unit that is not in the list, in words', async () => {
    const reply = await dispatch(district.ctx, 'compare.periods', { unitCode: 'XX99', period: '2023' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toContain('XX99');
  });
});

describe('a commune compares its own reports', () => {
  let ctx: ServiceContext;
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-compare-'));
    ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
  });
  afterAll(() => {
    ctx.db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes both periods from its database; an opened but empty report is no data', async () => {
    const data = seedShapedReports().find((r) => r.unit.code === 'TH03')!.data;
    expect((await saveOverStored(ctx, { unitCode: 'TH03', period: '2024-H1' }, data)).ok).toBe(true);
    expect((await saveOverStored(ctx, { unitCode: 'TH03', period: '2023-H1' }, yearBefore(data))).ok).toBe(
      true,
    );
    await dispatch(ctx, 'report.open', { unitCode: 'TH03', period: '2023' });
    const c = await compare(ctx, { unitCode: 'TH03', period: '2024-H1' });
    expect(c.periods).toEqual(['2024-H1', '2023-H1']);
    expect(c.other).toMatchObject({ period: '2023-H1', source: 'typed' });
    expect(row(c, 'A05').change).toBe('+100');
    expect(row(c, 'A08').change).toBe('+100');
  });
});

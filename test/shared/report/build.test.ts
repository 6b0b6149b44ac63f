import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { mergeReports } from '../../../shared/merge/merge';
import { buildReportDocument, type ReportInput } from '../../../shared/report/build';
import { plainText, type Inline } from '../../../shared/report/model';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { SEED_MODELS, SEED_PERIOD, seedShapedReports } from '../merge/seed-reports';

const date = { year: 2024, month: 3, day: 25 };

function mergedInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    template: CURRENT_TEMPLATE,
    merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, seedShapedReports()),
    previous: null,
    scope: 'merged',
    issuer: DEFAULT_UNITS[0]!,
    parent: null,
    date,
    ...overrides,
  };
}

const fills = (inlines: Inline[]): string[] =>
  inlines.flatMap((i) =>
    i.kind === 'fill' ? [i.text] : i.kind === 'footnote' ? i.paragraphs.flatMap(fills) : [],
  );

describe('the report document', () => {
  it('writes the seed figures the way the seed does, with per-level and per-unit footnotes', () => {
    const doc = buildReportDocument(mergedInput());
    const text = plainText(doc);
    expect(doc.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN TÂN HỒNG']);
    expect(doc.placeDate).toBe('Tân Hồng, ngày 25 tháng 3 năm 2024');
    expect(text).toContain('tiếp nhận được 27.630 hồ sơ, đã giải quyết 27.282 hồ sơ, đạt tỷ lệ 98,74%');
    expect(text).toContain(
      'cấp huyện tiếp nhận 3.252 hồ sơ (trong đó tiếp nhận trực tuyến là 2.413 hồ sơ, tỷ lệ 74,2%)',
    );
    expect(text).toContain(
      'cấp xã tiếp nhận 24.378 hồ sơ (trong đó tiếp nhận trực tuyến là 15.121 hồ sơ, tỷ lệ 62,03%)',
    );
    expect(text).toContain('Thị trấn Sa Rài tiếp nhận');
    expect(text).toContain('đã cử 97 lượt cán bộ, công chức, viên chức');
    expect(text).toContain('Cao cấp lý luận chính trị 03 lượt người');
    expect(text).not.toContain('Khác (tin học'); // a category nobody was sent to is left out
    expect(text).toContain('02 phản ánh, kiến nghị (PAKN)');
    for (const name of Object.values(SEED_MODELS).flat()) expect(text).toContain(name);
    expect(text).toContain('13 mô hình, sáng kiến, giải pháp');
  });

  it('leaves what only a person can write as highlighted places, never invented text', () => {
    const doc = buildReportDocument(mergedInput());
    const all = doc.body.flatMap((b) => (b.kind === 'paragraph' ? fills(b.inlines) : []));
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Đánh giá chung'),
        expect.stringContaining('Nhiệm vụ'),
        expect.stringContaining('Giải pháp'),
        expect.stringContaining('tồn tại'),
      ]),
    );
    expect(all.every((f) => f.startsWith('[') && f.endsWith(']'))).toBe(true);
    expect(doc.signer.name.kind).toBe('fill');
  });

  it('compares key figures with the previous period when it is known', () => {
    const before = seedShapedReports().map(({ unit, data }) => ({
      unit,
      data: { ...data, counts: { ...data.counts, A05: data.counts.A05! - 100, D03: 0, D04: 0 } },
    }));
    const previous = { period: '2022', figures: mergeReports(CURRENT_TEMPLATE, '2022', before) };
    const text = plainText(buildReportDocument(mergedInput({ previous })));
    expect(text).toContain('27.630 hồ sơ, tăng 1.000 hồ sơ (3,8%) so với năm 2022');
    expect(text).toContain('44 cuộc, có 1.674 lượt người dự, tăng 44 cuộc so với năm 2022');
    expect(text).toContain(
      '97 lượt cán bộ, công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng, bằng năm 2022',
    );
    expect(plainText(buildReportDocument(mergedInput()))).not.toContain('so với năm 2022');
  });

  it("a commune's own report: its district above it, its own words verbatim, no unit list", () => {
    const own = seedShapedReports()[3]!;
    const doc = buildReportDocument({
      ...mergedInput(),
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, [own]),
      scope: 'own',
      issuer: own.unit,
      parent: { name: 'UBND huyện Tân Hồng' },
    });
    const text = plainText(doc);
    expect(doc.parentBody).toBe('UBND HUYỆN TÂN HỒNG');
    expect(doc.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THÔNG BÌNH']);
    expect(doc.placeDate).toMatch(/^Thông Bình, ngày/u);
    expect(text).toContain(own.data.texts.E01!);
    expect(text).toContain(own.data.texts.E02!);
    expect(text).toContain(`- ${SEED_MODELS.TH03![0]}.`);
    expect(text).not.toContain('Chi tiết theo đơn vị');
    expect(doc.recipients[0]).toEqual([{ kind: 'text', text: '- UBND huyện Tân Hồng;' }]);
  });

  it('a half-filled report gives no sentence with a missing figure', () => {
    const unit = DEFAULT_UNITS[1]!;
    const data = {
      counts: { A03: 5 },
      texts: {},
      models: [],
      preparer: { name: '', position: '', phone: '', preparedOn: '' },
    };
    const text = plainText(
      buildReportDocument({
        ...mergedInput(),
        merged: mergeReports(CURRENT_TEMPLATE, '2024-H1', [{ unit, data }]),
        scope: 'own',
        issuer: unit,
      }),
    );
    expect(text).not.toMatch(/null|undefined|NaN/u);
    expect(text).toContain('Kết quả thực hiện công tác cải cách hành chính 6 tháng năm 2024');
    expect(text).toContain('NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI');
  });

  it("a commune's own report: compared with its own previous report, or why not; a total with a blank part says so", () => {
    const own = seedShapedReports()[3]!;
    const input = (now: typeof own.data, before: typeof own.data) => ({
      ...mergedInput(),
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, [{ unit: own.unit, data: now }]),
      previous: {
        period: '2022',
        figures: mergeReports(CURRENT_TEMPLATE, '2022', [{ unit: own.unit, data: before }]),
      },
      scope: 'own' as const,
      issuer: own.unit,
    });
    const fewer = { ...own.data, counts: { ...own.data.counts, D03: own.data.counts.D03! + 2 } };
    const compared = plainText(buildReportDocument(input(own.data, fewer)));
    expect(compared).toMatch(/lượt người dự, giảm 02 cuộc \([\d,]+%\) so với năm 2022\./u);
    expect(compared).not.toContain('đơn vị có số liệu');

    const noD03 = { ...own.data, counts: { ...own.data.counts, D03: null } };
    expect(plainText(buildReportDocument(input(own.data, noD03)))).toContain(
      'lượt người dự, chưa so sánh được với năm 2022 do kỳ trước chưa có số liệu.',
    );
    const noC01 = { ...own.data, counts: { ...own.data.counts, C01: null } };
    const partial = plainText(buildReportDocument(input(noC01, own.data)));
    expect(partial).toContain(
      'đào tạo, bồi dưỡng (còn thiếu số liệu), chưa so sánh được với năm 2022 do kỳ này còn thiếu số liệu',
    );
  });

  it('a unit that gave no dossier count is not said to have received 0', () => {
    const reports = seedShapedReports().slice(1, 4);
    const [a, b, c] = reports;
    const empty = Object.fromEntries(['A02', 'A03', 'A05', 'A06'].map((code) => [code, null]));
    const none = { ...b!, data: { ...b!.data, counts: { ...b!.data.counts, ...empty } } };
    const partly = { ...c!, data: { ...c!.data, counts: { ...c!.data.counts, A02: null } } };
    const text = plainText(
      buildReportDocument(
        mergedInput({ merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, [a!, none, partly]) }),
      ),
    );
    expect(text).toContain(`${b!.unit.name} chưa có số liệu hồ sơ`);
    expect(text).not.toContain(`${b!.unit.name} tiếp nhận 0`);
    expect(text).toMatch(
      new RegExp(
        `${c!.unit.name} tiếp nhận [\\d.]+ hồ sơ \\(còn thiếu số liệu\\), đã giải quyết [\\d.]+ hồ sơ \\([\\d,]+%; còn thiếu số liệu\\)`,
        'u',
      ),
    );
    expect(text).toMatch(/tiếp nhận được [\d.]+ hồ sơ \(1\/3 đơn vị có số liệu\)/u);
  });

  it('a rate whose counts are not all given is "chưa tính được", never "không phát sinh"', () => {
    const own = seedShapedReports()[3]!;
    const noA06 = { ...own.data, counts: { ...own.data.counts, A06: null } };
    const text = plainText(
      buildReportDocument({
        ...mergedInput(),
        merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, [{ unit: own.unit, data: noA06 }]),
        scope: 'own',
        issuer: own.unit,
      }),
    );
    expect(text).not.toMatch(/tỷ lệ không phát sinh \(còn thiếu số liệu\)/u);
    expect(text).toContain('tỷ lệ chưa tính được (còn thiếu số liệu)');
  });
});

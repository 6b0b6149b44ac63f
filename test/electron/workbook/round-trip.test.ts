import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalReportData, hasReportContent } from '../../../shared/domain/canonical';
import type { ReportData } from '../../../shared/domain/report';
import { formatDate } from '../../../shared/format/dates';
import { CURRENT_TEMPLATE, countIndicators, listSection } from '../../../shared/template';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { reportChecksum } from '../../../electron/workbook/unit-writer';
import { BLANK_COUNTS_KIND } from '../../../shared/workbook/import-types';
import { UNITS, VIETNAMESE_LETTERS, sampleReport, writeReport } from './fixtures';

const pieces = fc.constantFrom(
  ...VIETNAMESE_LETTERS,
  ' ',
  ' ',
  'b',
  'c',
  'nh',
  'ng',
  'qu',
  'tr',
  '0',
  '7',
  '"',
  "'",
  '“',
  '”',
  '\n',
  '\r\n',
  '\t',
  '&',
  '<',
  '>',
  '=',
  '%',
  '.',
  ',',
  '-',
  '_x000D_',
  ';',
  '(',
  ')',
  '–',
  '…',
  '€',
  '😀',
);
/** Text as a clerk (or a copy from Word) produces it: any diacritic, sometimes decomposed (NFD). */
const vietnameseText = (maxLength: number) =>
  fc.tuple(fc.array(pieces, { maxLength }), fc.boolean()).map(([parts, nfd]) => {
    const text = parts.join('');
    return nfd ? text.normalize('NFD') : text;
  });

const section = listSection(CURRENT_TEMPLATE)!;
const modelArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    values: fc.record(
      Object.fromEntries(
        section.columns.map((c) => [
          c.code,
          c.type === 'enum'
            ? fc.constantFrom('', ...c.options)
            : c.type === 'date'
              ? fc
                  .option(
                    fc.date({
                      min: new Date('2020-01-01'),
                      max: new Date('2023-12-14'),
                      noInvalidDate: true,
                    }),
                  )
                  .map((d) =>
                    d
                      ? formatDate({
                          year: d.getUTCFullYear(),
                          month: d.getUTCMonth() + 1,
                          day: d.getUTCDate(),
                        })
                      : '',
                  )
              : c.required
                ? fc.tuple(fc.constantFrom(...VIETNAMESE_LETTERS), vietnameseText(30)).map(([a, b]) => a + b)
                : vietnameseText(40),
        ]),
      ),
    ),
  });

const reportArb: fc.Arbitrary<ReportData> = fc.record({
  counts: fc.record(
    Object.fromEntries(
      countIndicators(CURRENT_TEMPLATE).map((c) => [
        c.code,
        fc.option(fc.oneof(fc.nat(1000), fc.nat(99_999), fc.constant(CURRENT_TEMPLATE.maxCount)), {
          nil: null,
        }),
      ]),
    ),
  ),
  texts: fc.record({ E01: vietnameseText(60), E02: vietnameseText(60) }),
  models: fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/u), { maxLength: 5 })
    .chain((ids) => fc.tuple(...ids.map((id) => modelArb(id)))),
  preparer: fc.record({
    name: vietnameseText(20),
    position: vietnameseText(20),
    phone: fc.stringMatching(/^0[0-9 ]{0,12}$/u),
    preparedOn: fc.constantFrom('', '15/12/2023', '01/01/2024'),
  }),
}) as fc.Arbitrary<ReportData>;

describe('unit workbook round trip', () => {
  it('export → import gives the same canonical data, for random reports with every diacritic and NFD input', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (data) => {
        const bytes = await writeReport(data);
        const checked = checkWorkbookSync(bytes, 'r.xlsx', { units: UNITS });
        expect(checked.data).toEqual(canonicalReportData(data));
        // Rules may fail on random figures; counts left blank are listed in one warning; a report
        // with nothing in it (a phone alone) is refused as an unfilled template, by the same rule
        // the export service refuses to write it with: the district never refuses an exported file.
        const empty = !hasReportContent(data);
        expect(
          checked.problems
            .filter((p) => !p.kind.startsWith('rule:') && p.kind !== BLANK_COUNTS_KIND)
            .map((p) => p.kind),
        ).toEqual(empty ? ['no-data'] : []);
        expect(checked.identity).toMatchObject({
          unitCode: 'TH03',
          period: '2023',
          revision: 3,
          origin: 'app',
        });
        expect(checked.identity?.checksum).toBe(reportChecksum(data));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every Vietnamese letter exactly, and a consistent report is accepted', async () => {
    const data = sampleReport();
    data.texts.E01 = VIETNAMESE_LETTERS.join(' ');
    data.texts.E02 = VIETNAMESE_LETTERS.join('').normalize('NFD');
    const checked = checkWorkbookSync(await writeReport(data), 'r.xlsx', { units: UNITS });
    expect(checked.verdict).toBe('accepted');
    expect(checked.problems).toEqual([]);
    expect(checked.data!.texts.E01).toBe(VIETNAMESE_LETTERS.join(' '));
    expect(checked.data!.texts.E02).toBe(VIETNAMESE_LETTERS.join('').normalize('NFC'));
    expect(VIETNAMESE_LETTERS).toHaveLength(146);
  });
});

import { describe, expect, it } from 'vitest';
import { rollUpTree } from '../../../shared/merge/roll-up-tree';
import type { CompletenessRow } from '../../../shared/merge/completeness';
import { mergedFileOf, unitInMergedFile } from '../../../shared/workbook/roll-up';

const row = (code: string, fileName: string | null): CompletenessRow => ({
  unit: { code, name: `xã ${code}`, level: 'xa', active: true },
  status: fileName ? 'received' : 'missing',
  current: fileName
    ? { id: 1, fileName, receivedAt: '', revision: 1, verdict: 'accepted', problems: [], blankCounts: [] }
    : null,
  refused: [],
  fileCount: fileName ? 1 : 0,
});

describe('roll-up tree', () => {
  it('groups units by the merged workbook they came in, the direct ones last; missing units are not in it', () => {
    const rows = [
      row('TH01', unitInMergedFile('huyen-A.xlsx', 'TH01')),
      row('TH02', 'CCHC_2023_TH02_r2.xlsx'),
      row('TH05', unitInMergedFile('huyen [B].xlsx', 'TH05')),
      row('TH03', unitInMergedFile('huyen-A.xlsx', 'TH03')),
      row('TH09', null),
    ];
    expect(rollUpTree({ rows }).map((g) => [g.mergedFile, g.rows.map((r) => r.unit.code)])).toEqual([
      ['huyen-A.xlsx', ['TH01', 'TH03']],
      ['huyen [B].xlsx', ['TH05']],
      [null, ['TH02']],
    ]);
  });

  it('is empty when nothing came in a merge (a district of communes sees no tree)', () => {
    expect(rollUpTree({ rows: [row('TH01', 'a.xlsx'), row('TH02', null)] })).toEqual([]);
    expect(mergedFileOf('bao cao [ban sua].xlsx')).toBeNull();
  });
});

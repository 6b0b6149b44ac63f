import { describe, expect, it } from 'vitest';
import { computeCompleteness } from '../../../shared/merge/completeness';
import { BLANK_COUNTS_KIND } from '../../../shared/workbook/import-types';

describe('completeness: counts left blank', () => {
  it('shows which counts the merged file of a unit left blank', () => {
    const c = computeCompleteness(
      '2023',
      [{ code: 'TH03', name: 'xã Thông Bình', level: 'xa', active: true }],
      [
        {
          id: 1,
          fileName: 'tb.xlsx',
          receivedAt: '2024-01-05T01:00:00Z',
          verdict: 'warnings',
          status: 'current',
          unitCode: 'TH03',
          period: '2023',
          revision: 2,
          problems: [{ level: 'warning', kind: BLANK_COUNTS_KIND, message: '…', indicators: ['A05', 'C02'] }],
        },
      ],
    );
    expect(c.rows[0]!.current!.blankCounts).toEqual(['A05', 'C02']);
    expect(c.rows[0]!.status).toBe('warnings');
  });
});

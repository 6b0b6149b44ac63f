import { describe, expect, it } from 'vitest';
import { emptyReportData } from '../../shared/domain/report';
import { evaluateReport } from '../../shared/rules/evaluate';
import { DATE_SERIAL_RANGE, isDateSerialLike } from '../../shared/rules/plausibility';
import { CURRENT_TEMPLATE, countIndicators } from '../../shared/template';

const t = CURRENT_TEMPLATE;
const issuesOf = (counts: Record<string, number | null>, previous?: Record<string, number | null>) =>
  evaluateReport(t, { ...emptyReportData(), counts }, '2023', { previous }).issues;

describe('plausibility (warnings by indicator)', () => {
  it('every count of the template declares a plausible maximum', () => {
    for (const c of countIndicators(t)) expect(c.plausibleMax, c.code).toBeGreaterThan(0);
  });

  it('a value above the plausible maximum is a warning, not an error', () => {
    const issues = issuesOf({ A01: 2_500 });
    expect(issues).toEqual([
      expect.objectContaining({ level: 'warning', check: 'A01-plausible-max', code: 'A01', sectionId: 'A' }),
    ]);
    expect(issues[0]!.message).toContain('2.500');
    expect(issuesOf({ A01: 2_000 })).toEqual([]);
  });

  it('a date serial where a small count is expected is named as a date', () => {
    // 01/07/2023 kept as its serial 45108 in a training count.
    const issues = issuesOf({ C01: 45_108 });
    expect(issues.map((i) => i.check)).toEqual(['C01-date-serial']);
    expect(issues[0]!.message).toContain('45.108');
    expect(isDateSerialLike(DATE_SERIAL_RANGE.min - 1)).toBe(false);
    expect(isDateSerialLike(DATE_SERIAL_RANGE.max)).toBe(true);
    // Where big counts are normal (văn bản đến), 45.108 is a plausible figure.
    expect(issuesOf({ D05: 45_108 })).toEqual([]);
  });

  it('a change from the previous period by more than the template factor, either way', () => {
    expect(issuesOf({ D05: 9_000 }, { D05: 800 }).map((i) => i.check)).toEqual(['D05-change']);
    expect(issuesOf({ A05: 70 }, { A05: 800 }).map((i) => i.check)).toEqual(['A05-change']);
    expect(issuesOf({ A05: 800 }, { A05: 0 }).map((i) => i.check)).toEqual(['A05-change']);
    expect(issuesOf({ A05: 7_000 }, { A05: 800 })).toEqual([]);
    // Small numbers move a lot without meaning anything.
    expect(issuesOf({ D02: 40 }, { D02: 1 })).toEqual([]);
    expect(issuesOf({ A05: 800 }, { A05: null })).toEqual([]);
    expect(issuesOf({ A05: 800 })).toEqual([]);
  });
});

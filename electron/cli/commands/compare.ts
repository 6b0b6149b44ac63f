import type { Comparison } from '../../../shared/api/compare-contract';
import {
  formatChange,
  formatChangePercent,
  formatSide,
  heldText,
  type Shown,
} from '../../../shared/compare/format';
import { isPeriodCode, periodName } from '../../../shared/domain/periods';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { compareUi as T } from '../../../shared/i18n/vi/compare';
import { compareUnitPeriods } from '../../services/compare-periods';
import { findUnitByCode } from '../../services/units';
import { allow, appDataContext, period, required, UsageError, type CliCommand } from '../common';

/** "27.630", or "— (đơn vị chưa nhập)": the reason beside the dash, on one line. */
const cell = (s: Shown) => (s.reason ? `${s.text} (${s.reason})` : s.text);

/** The comparison as tab-separated lines, section by section, as the screen shows it. */
export function comparisonLines(c: Comparison): string[] {
  const now = periodName(c.period.period);
  const other = periodName(c.other.period);
  const k = T.columns;
  const lines = [T.title(`${c.unit.name} (${c.unit.code})`), heldText(c.period), heldText(c.other)];
  for (const s of c.sections) {
    lines.push('', s.title);
    if (s.rows.length) {
      lines.push([k.no, k.code, k.label, k.unit, now, other, k.change, k.changePercent].join('\t'));
    }
    for (const r of s.rows) {
      const figures = [formatSide(r.now, r.kind), formatSide(r.other, r.kind), formatChange(r)];
      lines.push(
        [r.stt, r.code, r.label, r.unit, ...figures.map(cell), cell(formatChangePercent(r))].join('\t'),
      );
    }
    if (s.texts.length) lines.push(T.textsNote(s.texts.map((t) => `${t.code} ${t.label}`).join(', ')));
  }
  return [...lines, '', T.ratesNote];
}

/** `compare`: one unit's figures of two periods, from the app's data folder. */
export const compareCommand: CliCommand = {
  name: 'compare',
  options: ['unit', 'period', 'other', 'data-dir'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const code = required(p, 'unit');
    const per = period(p)!;
    const other = p.options.get('other');
    if (other !== undefined && !isPeriodCode(other)) throw new UsageError(M.badPeriod(other));
    const ctx = appDataContext(p, io);
    try {
      if (!findUnitByCode(ctx, code)) throw new UsageError(M.unknownUnit(code));
      const c = compareUnitPeriods(ctx, { unitCode: code, period: per, otherPeriod: other });
      if (p.json) io.out(JSON.stringify(c));
      else for (const line of comparisonLines(c)) io.out(line);
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};

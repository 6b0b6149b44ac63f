/**
 * The DHIS2 export of a period: the counts of every unit whose current file is accepted (with or
 * without warnings), as ADX or dataValueSets JSON, checked against the format before it is handed
 * out. Used by the command line (`cli dhis2`, over a scratch district) and by the district screen.
 */
import { adxDocument } from '../../shared/dhis2/adx';
import { dataValueSet, dataValueSetText } from '../../shared/dhis2/data-value-set';
import { buildDhis2Export } from '../../shared/dhis2/export';
import { emptyMapping, parseDhis2Mapping } from '../../shared/dhis2/mapping';
import { periodName } from '../../shared/domain/periods';
import { withoutDiacritics } from '../../shared/format/text';
import { dhis2Messages as M } from '../../shared/i18n/vi/dhis2';
import { adxProblems, dataValueSetProblems } from '../dhis2/check-output';
import { AppError } from '../errors';
import { listCurrentFiles } from '../store/received';
import type { ServiceContext } from './context';
import { activeTemplate } from './form-template';

export type Dhis2Format = 'adx' | 'json';

export interface Dhis2Output {
  fileName: string;
  /** The document (XML or JSON text). */
  content: string;
  units: number;
  values: number;
  /** Vietnamese, several lines: what was exported and what was not (totals, rates, texts, models). */
  summary: string;
}

export function exportDhis2(
  ctx: ServiceContext,
  args: { period: string; format: Dhis2Format; mappingCsv?: string },
): Dhis2Output {
  const mapping =
    args.mappingCsv === undefined
      ? { ok: true as const, mapping: emptyMapping() }
      : parseDhis2Mapping(activeTemplate(ctx), args.mappingCsv);
  if (!mapping.ok) throw new AppError('bad-mapping', mapping.problems.join('\n'), mapping.problems);
  const sources = listCurrentFiles(ctx.db, args.period)
    .filter((f) => f.data && f.unitCode && f.verdict !== 'refused')
    .map((f) => ({ unitCode: f.unitCode!, data: f.data! }));
  if (!sources.length) throw new AppError('no-data', M.noUnits(periodName(args.period)));
  const exp = buildDhis2Export(activeTemplate(ctx), args.period, sources, mapping.mapping);
  if (!exp) throw new AppError('bad-period', M.noPeriod(args.period));
  const now = ctx.now();
  let content: string;
  let problems: string[];
  if (args.format === 'adx') {
    content = adxDocument(exp, now);
    problems = adxProblems(content);
  } else {
    const set = dataValueSet(exp, now);
    if (!set) throw new AppError('bad-period', M.noJsonPeriod(periodName(args.period)));
    content = dataValueSetText(set);
    problems = dataValueSetProblems(content);
  }
  if (problems.length) {
    throw new AppError('invalid-output', M.invalidOutput(args.format.toUpperCase(), problems), problems);
  }
  const name = withoutDiacritics(args.period).replace(/[^A-Za-z0-9-]+/gu, '_');
  return {
    fileName: `CCHC_DHIS2_${name}.${args.format === 'adx' ? 'adx.xml' : 'json'}`,
    content,
    units: exp.groups.length,
    values: exp.valueCount,
    summary: M.summary({
      format: args.format === 'adx' ? 'ADX' : 'JSON dataValueSets',
      period: periodName(args.period),
      units: exp.groups.length,
      values: exp.valueCount,
      ...exp.left,
      codes: exp.usesCodes,
    }),
  };
}

import { importMessages } from '../../shared/i18n/vi/workbook';
import { checkPlausibility, comparablePreviousPeriod } from '../../shared/rules/plausibility';
import { findIndicator, findTemplate } from '../../shared/template';
import { verdictOf, type CheckedWorkbook } from '../../shared/workbook/import-types';
import type { Db } from '../store/database';
import { getReceivedFile, listReceivedOf } from '../store/received';

/**
 * The one plausibility check that needs the district's store: a count many times the same unit's
 * figure of the comparable previous period (DHIS2's "outlier" warning). Added to a checked file's
 * problems as a warning at the cell the figure was read from; a refused file gets none.
 */
export function addChangeWarnings(db: Db, checked: CheckedWorkbook): CheckedWorkbook {
  const { identity, data, cells } = checked;
  if (!identity || !data || checked.verdict === 'refused') return checked;
  const template = findTemplate(identity.templateId, identity.templateVersion);
  const previousPeriod = comparablePreviousPeriod(identity.period);
  if (!template?.plausibleChange || !previousPeriod) return checked;
  const current = listReceivedOf(db, identity.unitCode, previousPeriod).find((f) => f.status === 'current');
  const previous = current && getReceivedFile(db, current.id)?.data;
  if (!previous) return checked;
  const issues = checkPlausibility(template, data.counts, () => '', previous.counts).filter((i) =>
    i.check.endsWith('-change'),
  );
  if (!issues.length) return checked;
  const problems = [...checked.problems];
  for (const issue of issues) {
    const where = cells?.[issue.code] ?? {};
    problems.push({
      level: 'warning',
      kind: `rule:${issue.check}`,
      message: importMessages.rule(
        {
          file: checked.fileName,
          ...where,
          code: issue.code,
          label: findIndicator(template, issue.code)?.label,
        },
        issue.message,
      ),
      ...where,
      indicator: issue.code,
    });
  }
  return { ...checked, problems, verdict: verdictOf(problems) };
}

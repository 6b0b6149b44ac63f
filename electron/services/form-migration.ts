/**
 * Received files under another version of the form than the one in use (issue 9): a file of an
 * older version is accepted with a warning naming both versions and merged through the mappings
 * of the packages between them; one that no mapping leads from is refused, saying why.
 */
import { formMigrationMessages as M } from '../../shared/i18n/vi/form-install';
import type { ReportData } from '../../shared/domain/report';
import { verdictOf, type CheckedWorkbook } from '../../shared/workbook/import-types';
import type { ServiceContext } from './context';
import { carryForward } from './form-packages';
import { activeTemplate } from './form-template';

export function againstFormInUse(ctx: ServiceContext, checked: CheckedWorkbook): CheckedWorkbook {
  const id = checked.identity;
  const active = activeTemplate(ctx);
  if (!id || !checked.data || (id.templateId === active.id && id.templateVersion === active.version))
    return checked;
  const carried = carryForward(ctx, checked.data, { id: id.templateId, version: id.templateVersion });
  const problem = carried
    ? {
        level: 'warning' as const,
        kind: 'form-migrated',
        message: M.migrated(checked.fileName, id.templateVersion, active.version, carried.summary),
      }
    : {
        level: 'error' as const,
        kind: 'form-no-mapping',
        message: M.noMapping(checked.fileName, id.templateId, id.templateVersion, active.id, active.version),
      };
  const problems = [...checked.problems, problem];
  return { ...checked, problems, verdict: verdictOf(problems) };
}

/** A stored file's figures under the form in use (carried forward when it is of an older version). */
export function figuresInFormInUse(
  ctx: ServiceContext,
  data: ReportData,
  templateId: string | null,
  templateVersion: number | null,
): ReportData {
  const active = activeTemplate(ctx);
  if (!templateId || templateVersion === null || templateVersion === active.version) return data;
  return carryForward(ctx, data, { id: templateId, version: templateVersion })?.data ?? data;
}

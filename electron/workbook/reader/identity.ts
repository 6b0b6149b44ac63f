import { isPeriodCode, periodName } from '../../../shared/domain/periods';
import { UNIT_CODE_PATTERN, type Unit } from '../../../shared/domain/units';
import { nfc } from '../../../shared/format/text';
import { importMessages, shownValue, workbookText } from '../../../shared/i18n/vi/workbook';
import type { FormTemplate } from '../../../shared/template';
import type { WorkbookIdentity } from '../../../shared/workbook/import-types';
import { COVER_SHEET_NAME, META_FORMAT, META_KEYS, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { cellAt, cellText, type RawSheet, type RawWorkbook } from '../xlsx/read';
import { codeText, findSheet } from './locate';
import type { Checker } from './problems';

/**
 * Which report a workbook says it is (template, unit, period, revision), from its technical sheet
 * checked against the cover's footer line, or from the footer alone; and whether this office can
 * take it (a template it knows, a unit of its list, the period it expects).
 */

function readMetaSheet(sheet: RawSheet): Map<string, string> {
  const values = new Map<string, string>();
  for (const [row, cells] of sheet.rows) {
    const key = codeText(cells.get(1), false);
    // (No value of this sheet is that long: a padded one stays invalid, and cheap.)
    if (key && !values.has(key)) values.set(key, nfc(cellText(cellAt(sheet, row, 2)).slice(0, 1000)).trim());
  }
  return values;
}

const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/u;

/** The identity the workbook declares; undefined (and an error) when it declares none. */
export function readIdentity(checker: Checker, wb: RawWorkbook): WorkbookIdentity | undefined {
  const metaSheet = findSheet(wb, META_SHEET_NAME);
  if (metaSheet) {
    const meta = readMetaSheet(metaSheet);
    const at = { sheet: META_SHEET_NAME };
    const invalid = (key: string) => {
      checker.add('error', 'meta-invalid', importMessages.metaInvalid(checker.place(at), key), at);
      return undefined;
    };
    if (meta.get(META_KEYS.format) !== META_FORMAT) return invalid(META_KEYS.format);
    const templateId = meta.get(META_KEYS.templateId) ?? '';
    const templateVersion = Number(meta.get(META_KEYS.templateVersion));
    const revision = Number(meta.get(META_KEYS.revision) || '0');
    const origin = meta.get(META_KEYS.origin);
    const unitCode = meta.get(META_KEYS.unitCode) ?? '';
    const checksum = meta.get(META_KEYS.checksum) ?? '';
    const reportIdText = meta.get(META_KEYS.reportId) ?? '';
    if (!/^[a-z0-9_-]{1,40}$/iu.test(templateId)) return invalid(META_KEYS.templateId);
    if (!Number.isInteger(templateVersion) || templateVersion < 1) return invalid(META_KEYS.templateVersion);
    if (!Number.isInteger(revision) || revision < 0 || revision > 1_000_000)
      return invalid(META_KEYS.revision);
    if (origin !== 'app' && origin !== 'blank') return invalid(META_KEYS.origin);
    if (!UNIT_CODE_PATTERN.test(unitCode)) return invalid(META_KEYS.unitCode);
    if (checksum && !CHECKSUM_PATTERN.test(checksum)) return invalid(META_KEYS.checksum);
    const identity: WorkbookIdentity = {
      templateId,
      templateVersion,
      unitCode,
      unitName: shownValue(meta.get(META_KEYS.unitName) ?? '', 200),
      period: meta.get(META_KEYS.period) ?? '',
      revision,
      origin,
    };
    if (/^\d{1,15}$/u.test(reportIdText)) identity.reportId = Number(reportIdText);
    const exportedAt = meta.get(META_KEYS.exportedAt);
    if (exportedAt) identity.exportedAt = shownValue(exportedAt, 40);
    const appVersion = meta.get(META_KEYS.appVersion);
    if (appVersion) identity.appVersion = shownValue(appVersion, 40);
    if (checksum) identity.checksum = checksum;
    // The visible cover says the same, unless someone edited the hidden sheet to pass the file
    // off as another unit's or period's.
    const footer = findCoverFooter(wb);
    const templateDiffers =
      !!footer &&
      (footer.templateId !== identity.templateId || footer.templateVersion !== identity.templateVersion);
    if (
      footer &&
      (templateDiffers || footer.unitCode !== identity.unitCode || footer.period !== identity.period)
    ) {
      // Name the template too when that is what differs, or both sides would read the same.
      checker.add(
        'error',
        'meta-mismatch',
        importMessages.metaMismatch(
          checker.place({ sheet: footer.sheet }),
          importMessages.metaIdentity(footer, templateDiffers),
          importMessages.metaIdentity(identity, templateDiffers),
          templateDiffers,
        ),
        { sheet: footer.sheet },
      );
    }
    return identity;
  }
  // No technical sheet (copied into another workbook, or an office suite dropped it): the cover's
  // footer line still says which template, unit and period this is.
  const footer = findCoverFooter(wb);
  if (footer) {
    checker.add('warning', 'meta-missing', importMessages.metaMissing(checker.place()));
    return {
      templateId: footer.templateId,
      templateVersion: footer.templateVersion,
      unitCode: footer.unitCode,
      unitName: '',
      period: footer.period,
      revision: 0,
      origin: 'blank',
    };
  }
  checker.add('error', 'not-cchc', importMessages.notCchc(checker.place()));
  return undefined;
}

/** The machine-readable line at the foot of the cover: template, unit and period. */
function findCoverFooter(
  wb: RawWorkbook,
):
  | { sheet: string; templateId: string; templateVersion: number; unitCode: string; period: string }
  | undefined {
  const cover = findSheet(wb, COVER_SHEET_NAME) ?? wb.sheets[0];
  for (const sheet of cover ? [cover, ...wb.sheets.filter((s) => s !== cover)] : []) {
    if (sheet.name === META_SHEET_NAME) continue;
    for (const cells of sheet.rows.values()) {
      for (const cell of cells.values()) {
        if (cell.type !== 'string' || cell.text.length > 200) continue;
        const m = workbookText.coverFooterPattern.exec(cell.text);
        if (m) {
          return {
            sheet: sheet.name,
            templateId: m[1]!,
            templateVersion: Number(m[2]),
            unitCode: m[3]!,
            period: m[4]!,
          };
        }
      }
    }
  }
  return undefined;
}

/** The template the workbook was made from, among those this build knows. */
export function checkTemplate(
  checker: Checker,
  identity: WorkbookIdentity,
  known: readonly FormTemplate[],
): FormTemplate | undefined {
  const p = checker.place();
  const versions = known.filter((t) => t.id === identity.templateId).map((t) => t.version);
  const latest = versions.length ? Math.max(...versions) : undefined;
  if (latest === undefined) {
    checker.add('error', 'template-unknown', importMessages.templateUnknown(p, identity.templateId));
    return undefined;
  }
  if (identity.templateVersion > latest) {
    checker.add('error', 'template-newer', importMessages.templateNewer(p, identity.templateVersion, latest));
    return undefined;
  }
  const template = known.find((t) => t.id === identity.templateId && t.version === identity.templateVersion);
  if (!template) {
    checker.add(
      'error',
      'template-unsupported',
      importMessages.templateUnsupported(p, identity.templateVersion),
    );
  }
  return template;
}

/** The options of a check that say which units and period this office expects. */
export interface ExpectedIdentity {
  units: readonly Unit[];
  expectedPeriod?: string;
  /** One more period taken besides expectedPeriod: the previous one, that a Word report compares with. */
  alsoPeriod?: string;
  /** A commune restoring its own workbook: the unit of this PC. */
  expectedUnitCode?: string;
}

/** True when the office expects another period than the file's (merge, report, the screen's period). */
export function periodNotExpected(options: ExpectedIdentity, period: string): boolean {
  return !!options.expectedPeriod && period !== options.expectedPeriod && period !== options.alsoPeriod;
}

export function checkUnitAndPeriod(
  checker: Checker,
  identity: WorkbookIdentity,
  options: ExpectedIdentity,
): void {
  const p = checker.place();
  const unit = options.units.find((u) => u.code === identity.unitCode);
  if (!unit) {
    checker.add('error', 'unit-unknown', importMessages.unitUnknown(p, identity.unitCode, identity.unitName));
  } else {
    if (!identity.unitName) identity.unitName = unit.name;
    if (options.expectedUnitCode && unit.code !== options.expectedUnitCode) {
      checker.add(
        'error',
        'unit-not-this-pc',
        importMessages.unitNotThisPc(p, unit.code, options.expectedUnitCode),
      );
    }
  }
  if (!isPeriodCode(identity.period)) {
    checker.add('error', 'period-invalid', importMessages.periodInvalid(p, identity.period));
  } else if (periodNotExpected(options, identity.period)) {
    checker.add(
      'error',
      'period-mismatch',
      importMessages.periodMismatch(p, periodName(identity.period), periodName(options.expectedPeriod!)),
    );
  }
}

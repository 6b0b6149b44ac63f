import crypto from 'node:crypto';
import { canonicalJson, canonicalReportData } from '../../shared/domain/canonical';
import type { ReportData } from '../../shared/domain/report';
import { rollUpChecksumText, type RollUpUnit } from '../../shared/workbook/roll-up';

/**
 * SHA-256 (hex) of a report's canonical data: what the metadata sheet carries and import checks.
 * Its own module so the reader (and its worker) never loads the writer's exceljs.
 */
export function reportChecksum(data: ReportData): string {
  return crypto
    .createHash('sha256')
    .update(canonicalJson(canonicalReportData(data)), 'utf8')
    .digest('hex');
}

/**
 * SHA-256 (hex) of the units of a merged workbook (code, revision, canonical data of each): the
 * hash of rollUpChecksumText, fed unit by unit so ten thousand units are never one string.
 */
export function rollUpChecksum(units: readonly Pick<RollUpUnit, 'code' | 'revision' | 'data'>[]): string {
  const hash = crypto.createHash('sha256').update('[');
  units.forEach((u, i) => {
    if (i > 0) hash.update(',');
    hash.update(rollUpChecksumText([u]).slice(1, -1), 'utf8');
  });
  return hash.update(']').digest('hex');
}

/**
 * ADX (IHE QRPH Aggregate Data Exchange), as DHIS2 imports it: one <group> per unit with dataSet,
 * orgUnit and period (start date / ISO 8601 duration), one <dataValue> per count. Every attribute
 * value is escaped: identifiers come from a user's mapping file.
 */
import { escapeXmlAttribute as attr } from '../format/xml';
import type { Dhis2Export } from './export';

export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';

export function adxDocument(exp: Dhis2Export, exported: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<adx xmlns="${ADX_NAMESPACE}" exported="${exported.toISOString()}">`,
  ];
  for (const group of exp.groups) {
    if (!group.values.length) continue;
    lines.push(
      `  <group dataSet="${attr(exp.dataSet)}" orgUnit="${attr(group.orgUnit)}" period="${attr(exp.periods.adx)}">`,
    );
    for (const v of group.values) {
      const combo = v.categoryOptionCombo ? ` categoryOptionCombo="${attr(v.categoryOptionCombo)}"` : '';
      lines.push(`    <dataValue dataElement="${attr(v.dataElement)}"${combo} value="${attr(v.value)}"/>`);
    }
    lines.push('  </group>');
  }
  lines.push('</adx>', '');
  return lines.join('\n');
}

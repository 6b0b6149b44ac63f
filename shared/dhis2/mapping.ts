/**
 * `--mapping F.csv`: where the DHIS2 server's identifiers differ from our codes. One line each:
 *
 *     dataElement;A03;fbfJHSPpUQD;PT59n8BQbqM     (indicator -> data element [; categoryOptionCombo])
 *     orgUnit;TH01;DiszpKrYNg8                     (unit -> organisation unit)
 *     dataSet;cchc;QX4ZTUbOt3a                     (the form -> data set)
 *
 * A header line, blank lines and lines starting with # are skipped; "," works as separator too.
 * Anything not mapped keeps our code, to be imported with idScheme=CODE.
 */
import { UNIT_CODE_PATTERN } from '../domain/units';
import { csvFields } from '../format/csv';
import { looseKey, nfc, withoutDiacritics } from '../format/text';
import { dhis2Messages as M } from '../i18n/vi/dhis2';
import { countIndicators, type FormTemplate } from '../template';

export interface Dhis2Mapping {
  dataSet?: string;
  dataElements: Map<string, { id: string; categoryOptionCombo?: string }>;
  orgUnits: Map<string, string>;
}

export type MappingResult = { ok: true; mapping: Dhis2Mapping } | { ok: false; problems: string[] };

type Kind = 'dataElement' | 'orgUnit' | 'dataSet';
const KINDS: Record<string, Kind> = {
  dataelement: 'dataElement',
  chitieu: 'dataElement',
  orgunit: 'orgUnit',
  donvi: 'orgUnit',
  dataset: 'dataSet',
  bodulieu: 'dataSet',
};
const HEADER_WORDS = new Set(['kind', 'loai', 'type']);
// eslint-disable-next-line no-control-regex
const BAD_ID = /[\u0000-\u001f\u007f\ufffe\uffff]/u;

export const emptyMapping = (): Dhis2Mapping => ({ dataElements: new Map(), orgUnits: new Map() });

const key = (text: string) => withoutDiacritics(looseKey(text));

export function parseDhis2Mapping(template: FormTemplate, text: string): MappingResult {
  const mapping = emptyMapping();
  const problems: string[] = [];
  const counts = new Set(countIndicators(template).map((c) => c.code));
  const firstLine = new Map<string, number>();
  let seenLine = false;
  nfc(text.replace(/^\uFEFF/u, ''))
    .split(/\r\n|\r|\n/u)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      const fields = csvFields(trimmed);
      if (!seenLine && HEADER_WORDS.has(key(fields[0] ?? ''))) return;
      seenLine = true;
      const problem = (message: string) => problems.push(M.mappingLine(line, message));
      const [kindText = '', code = '', id = '', combo = ''] = fields;
      if (fields.length < 3) return problem(M.mappingFields);
      const kind = KINDS[key(kindText)];
      if (!kind) return problem(M.mappingKind(kindText));
      if (id === '') return problem(M.mappingNoId);
      for (const value of [id, combo]) {
        if (value.length > 50 || BAD_ID.test(value)) return problem(M.mappingBadId(value));
      }
      const dedupKey = `${kind}:${code.toUpperCase()}`;
      const first = firstLine.get(dedupKey);
      if (first !== undefined) return problem(M.mappingDuplicate(code, first));
      firstLine.set(dedupKey, line);
      if (kind === 'dataSet') mapping.dataSet = id;
      else if (kind === 'orgUnit') {
        if (!UNIT_CODE_PATTERN.test(code)) return problem(M.mappingBadUnit(code));
        mapping.orgUnits.set(code.toUpperCase(), id);
      } else {
        const indicator = code.toUpperCase();
        if (!counts.has(indicator)) return problem(M.mappingNotCount(code));
        mapping.dataElements.set(indicator, { id, ...(combo ? { categoryOptionCombo: combo } : {}) });
      }
    });
  if (!seenLine) problems.push(M.mappingEmpty);
  return problems.length ? { ok: false, problems } : { ok: true, mapping };
}

/**
 * The DHIS2 output is checked against the format's rules before it is written, so a server never
 * gets a file it will refuse halfway: ADX by a real XML parser (well-formed, the ADX namespace, the
 * attributes each element must carry), dataValueSets JSON by its zod schema.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ADX_NAMESPACE } from '../../shared/dhis2/adx';
import { dataValueSetSchema } from '../../shared/dhis2/data-value-set';
import { ADX_PERIOD_PATTERN } from '../../shared/dhis2/periods';

const REQUIRED: Record<string, string[]> = {
  adx: ['exported'],
  group: ['dataSet', 'orgUnit', 'period'],
  dataValue: ['dataElement', 'value'],
};
const PARENT: Record<string, string | undefined> = { adx: undefined, group: 'adx', dataValue: 'group' };
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;
const NUMBER = /^-?\d+(\.\d+)?$/u;

/** The problems of an ADX document (English: they are for a developer, inside the user's message). */
export function adxProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => problems.push(e.message));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const where = `<${tag.name}> line ${parser.line}`;
    if (tag.uri !== ADX_NAMESPACE) problems.push(`${where}: namespace "${tag.uri}"`);
    const required = REQUIRED[tag.local];
    if (!required || PARENT[tag.local] !== stack.at(-1)) problems.push(`${where}: unexpected element`);
    const value = (name: string) => tag.attributes[name]?.value;
    for (const name of required ?? []) if (!value(name)) problems.push(`${where}: no ${name}`);
    if (tag.local === 'adx' && value('exported') && !ISO_DATE_TIME.test(value('exported')!))
      problems.push(`${where}: exported is not a date-time`);
    if (tag.local === 'group' && value('period') && !ADX_PERIOD_PATTERN.test(value('period')!))
      problems.push(`${where}: period "${value('period')}"`);
    if (tag.local === 'dataValue' && value('value') && !NUMBER.test(value('value')!))
      problems.push(`${where}: value "${value('value')}"`);
    stack.push(tag.local);
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (error) {
    if (!problems.length) problems.push((error as Error).message);
  }
  if (!problems.length && xml.indexOf('<adx') < 0) problems.push('no <adx> element');
  return problems;
}

export function dataValueSetProblems(json: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return [(error as Error).message];
  }
  const result = dataValueSetSchema.safeParse(parsed);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/**
 * The little formula language of a form package, written with the codes the form shows:
 * a total "A02 + A03 + A05 + A06", a rate "A03 / A07" or "(A08 + A09) / A11", a rule
 * "A04 <= A03", "A07 = A11 + A14", "D04 >= D03". Nothing else: no numbers, no functions.
 */
/** A code as the form shows it (at most 8 characters, as reports store them). */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,7}$/u;

/** "a02 +A03" -> ["A02", "A03"]; null when not a sum of codes. */
export function parseSum(text: string): string[] | null {
  const inner = text.trim().replace(/^\((.*)\)$/su, '$1');
  const codes = inner.split('+').map((s) => s.trim().toUpperCase());
  return codes.length && codes.every((c) => CODE_PATTERN.test(c)) ? codes : null;
}

export type RateParse = { numerator: string[]; denominator: string[] } | 'no-denominator' | null;

export function parseRate(text: string): RateParse {
  const parts = text.split('/');
  if (parts.length === 1) return parseSum(text) ? 'no-denominator' : null;
  if (parts.length !== 2) return null;
  const numerator = parseSum(parts[0]!);
  if (!numerator) return null;
  if (!parts[1]!.trim()) return 'no-denominator';
  const denominator = parseSum(parts[1]!);
  return denominator ? { numerator, denominator } : null;
}

export interface ConditionParse {
  left: string[];
  op: 'lte' | 'eq';
  right: string[];
  /** The code the problem is shown at: the first of the side written first. */
  target: string;
}

export function parseCondition(text: string): ConditionParse | null {
  const m = /^(.*?)(<=|≤|>=|≥|==?)(.*)$/su.exec(text.trim());
  if (!m) return null;
  const a = parseSum(m[1]!);
  const b = parseSum(m[3]!);
  if (!a || !b) return null;
  const op = m[2]!;
  if (op === '>=' || op === '≥') return { left: b, op: 'lte', right: a, target: a[0]! };
  return { left: a, op: op === '<=' || op === '≤' ? 'lte' : 'eq', right: b, target: a[0]! };
}

export const sumText = (codes: readonly string[]) => codes.join(' + ');
const side = (codes: readonly string[]) => (codes.length > 1 ? `(${sumText(codes)})` : sumText(codes));
export const rateText = (numerator: readonly string[], denominator: readonly string[]) =>
  `${side(numerator)} / ${side(denominator)}`;

/** A rule written so that its target comes first (parseCondition reads the target back). */
export function conditionText(rule: {
  left: readonly string[];
  op: 'lte' | 'eq';
  right: readonly string[];
  target: string;
}): string {
  if (rule.op === 'lte' && rule.right[0] === rule.target && rule.left[0] !== rule.target)
    return `${sumText(rule.right)} >= ${sumText(rule.left)}`;
  return `${sumText(rule.left)} ${rule.op === 'lte' ? '<=' : '='} ${sumText(rule.right)}`;
}

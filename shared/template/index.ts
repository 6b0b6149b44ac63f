import { cchcV1 } from './cchc-v1';
import type {
  CountIndicator,
  FormTemplate,
  Indicator,
  IndicatorSection,
  ListColumn,
  ListSection,
  RateIndicator,
  TextIndicator,
  TotalIndicator,
} from './types';

export type * from './types';

/** Every template version this build of the app understands, oldest first. */
export const TEMPLATES: readonly FormTemplate[] = [cchcV1];
export const CURRENT_TEMPLATE: FormTemplate = cchcV1;

export function findTemplate(id: string, version: number): FormTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id && t.version === version);
}

export function latestVersionOf(id: string): number | undefined {
  const versions = TEMPLATES.filter((t) => t.id === id).map((t) => t.version);
  return versions.length ? Math.max(...versions) : undefined;
}

export function indicatorSections(t: FormTemplate): IndicatorSection[] {
  return t.sections.filter((s): s is IndicatorSection => s.kind === 'indicators');
}

export function listSection(t: FormTemplate): ListSection | undefined {
  return t.sections.find((s): s is ListSection => s.kind === 'list');
}

export function allIndicators(t: FormTemplate): Indicator[] {
  return indicatorSections(t).flatMap((s) => s.indicators);
}

export function countIndicators(t: FormTemplate): CountIndicator[] {
  return allIndicators(t).filter((i): i is CountIndicator => i.kind === 'count');
}
export function totalIndicators(t: FormTemplate): TotalIndicator[] {
  return allIndicators(t).filter((i): i is TotalIndicator => i.kind === 'total');
}
export function rateIndicators(t: FormTemplate): RateIndicator[] {
  return allIndicators(t).filter((i): i is RateIndicator => i.kind === 'rate');
}
export function textIndicators(t: FormTemplate): TextIndicator[] {
  return allIndicators(t).filter((i): i is TextIndicator => i.kind === 'text');
}

/** Every code of the template (indicators and list columns), in form order. */
export function allCodes(t: FormTemplate): string[] {
  return t.sections.flatMap((s) =>
    s.kind === 'indicators' ? s.indicators.map((i) => i.code) : s.columns.map((c) => c.code),
  );
}

export function findIndicator(t: FormTemplate, code: string): Indicator | undefined {
  return allIndicators(t).find((i) => i.code === code);
}

export function findListColumn(t: FormTemplate, code: string): ListColumn | undefined {
  return listSection(t)?.columns.find((c) => c.code === code);
}

/** The section that shows a code (a rate belongs to the section it is listed in). */
export function sectionOfCode(t: FormTemplate, code: string) {
  return t.sections.find((s) =>
    s.kind === 'indicators'
      ? s.indicators.some((i) => i.code === code)
      : s.columns.some((c) => c.code === code),
  );
}

export { displayOrder, rowNumbers } from './rowOrder';

/** The counts a total or rate is made of (through other totals), each once, in formula order. */
export function countsMadeOf(t: FormTemplate, code: string, seen = new Set<string>()): string[] {
  const indicator = findIndicator(t, code);
  if (!indicator || seen.has(code)) return [];
  seen.add(code);
  if (indicator.kind === 'count') return [code];
  const parts =
    indicator.kind === 'total'
      ? indicator.sumOf
      : indicator.kind === 'rate'
        ? [...indicator.numerator, ...indicator.denominator]
        : [];
  return parts.flatMap((part) => countsMadeOf(t, part, seen));
}

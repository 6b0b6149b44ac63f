/**
 * The oracle of the mutation test: for a mutated file, the data read equals what the clerk meant
 * ("same"), or a problem names a cell the clerk touched ("flagged"), or the file is refused
 * ("refused"). Anything else is "silent": a figure changed or lost without a word (a reader bug).
 */
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { cellRef } from '../../../electron/workbook/formulas';
import type { ReportData } from '../../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import type { CheckedWorkbook, ImportProblem } from '../../../shared/workbook/import-types';
import { UNITS } from '../sample-report';
import { Book } from './book';
import { Layout, randomMutation, type Expected, type Intent, type Random } from './mutations';

export type Outcome = 'same' | 'flagged' | 'refused' | 'silent';

export interface CaseResult {
  seed: number;
  outcome: Outcome;
  kinds: string[];
  /** Why it is silent: the differing keys, and the problems there were. */
  detail?: string;
}

export function expectedOf(data: ReportData): Expected {
  return {
    counts: Object.fromEntries(Object.entries(data.counts).map(([k, v]) => [k, v ?? null])),
    texts: { ...data.texts },
    models: data.models.map((m) => ({ ...m.values })),
    preparer: { ...data.preparer },
  };
}

/** Keys where the data differs from what was meant, wildcards left out. */
function differences(actual: Expected, expected: Expected, wildcard: Set<string>): string[] {
  if (wildcard.has('*')) return [];
  const diffs: string[] = [];
  for (const part of ['counts', 'texts', 'preparer'] as const) {
    if (wildcard.has(part)) continue;
    const keys = new Set([...Object.keys(actual[part]), ...Object.keys(expected[part])]);
    for (const k of keys) {
      const a = (actual[part] as Record<string, unknown>)[k] ?? null;
      const e = (expected[part] as Record<string, unknown>)[k] ?? null;
      if (a !== e && !wildcard.has(`${part}.${k}`)) diffs.push(`${part}.${k}: ${String(a)} ≠ ${String(e)}`);
    }
  }
  const sorted = (models: Expected['models']) =>
    JSON.stringify(
      models.map((m) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b)))),
    );
  if (!wildcard.has('models') && sorted(actual.models) !== sorted(expected.models)) {
    diffs.push(
      `models: ${JSON.stringify(actual.models).slice(0, 300)} ≠ ${JSON.stringify(expected.models).slice(0, 300)}`,
    );
  }
  return diffs;
}

function names(problem: ImportProblem, touched: Intent['touched']): boolean {
  // The checksum names every edited cell of an export, with the value read: it says nothing of
  // whether the reader read what the clerk meant, so it flags nothing here.
  if (problem.kind === 'checksum-mismatch') return false;
  return touched.some(({ sheet, cell }) => {
    if (problem.sheet !== sheet.name) return false;
    if (!cell) return true;
    const ref = cellRef(cell.row, cell.col);
    if (problem.cell === ref) return true;
    // A range ("E12:E13") or a list of cells in the message.
    return !!problem.cell?.includes(':') && rangeHas(problem.cell, cell.row, cell.col);
  });
}

function rangeHas(range: string, row: number, col: number): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(range);
  if (!m) return false;
  const colOf = (s: string) => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  return row >= Number(m[2]) && row <= Number(m[4]) && col >= colOf(m[1]!) && col <= colOf(m[3]!);
}

export function judge(
  result: CheckedWorkbook,
  expected: Expected,
  intents: Intent[],
): Omit<CaseResult, 'seed' | 'kinds'> {
  if (result.verdict === 'refused') return { outcome: 'refused' };
  const wildcard = new Set(intents.flatMap((i) => i.wildcard ?? []));
  const diffs = result.data ? differences(expectedOf(result.data), expected, wildcard) : ['no data'];
  const mustFlag = intents.filter((i) => i.mustFlag);
  if (!diffs.length && !mustFlag.length) return { outcome: 'same' };
  const flaggedAll = mustFlag.every((i) => result.problems.some((p) => names(p, i.touched)));
  const touched = intents.flatMap((i) => i.touched);
  const diffsNamed = !diffs.length || result.problems.some((p) => names(p, touched));
  if (flaggedAll && diffsNamed) return { outcome: 'flagged' };
  return {
    outcome: 'silent',
    detail: `${diffs.join('; ')} | problems: ${result.problems.map((p) => `${p.kind}@${p.sheet ?? ''}!${p.cell ?? ''}`).join(', ')}`,
  };
}

/** One seeded case: 1 edit, sometimes 2 or 3, on the base workbook. */
export function runCase(base: Buffer, baseData: ReportData, seed: number, rnd: Random): CaseResult {
  const book = new Book(base);
  const layout = new Layout(book, CURRENT_TEMPLATE);
  const expected = expectedOf(baseData);
  const intents: Intent[] = [];
  const edits = rnd() < 0.7 ? 1 : rnd() < 0.7 ? 2 : 3;
  for (let tries = 0; intents.length < edits && tries < 10; tries++) {
    const intent = randomMutation(rnd)(layout, rnd);
    if (!intent) continue;
    intent.apply?.(expected);
    intents.push(intent);
  }
  // A cell typed again later holds the later text: what was typed there before is gone, by the clerk's hand.
  intents.forEach((intent, i) => {
    const later = new Set(intents.slice(i + 1).flatMap((j) => j.touched.map((t) => t.cell)));
    if (intent.mustFlag && intent.touched.some((t) => t.cell && later.has(t.cell))) intent.mustFlag = false;
  });
  const result = checkWorkbookSync(book.write(), `dot-bien-${seed}.xlsx`, { units: UNITS });
  return { seed, kinds: intents.map((i) => i.kind), ...judge(result, expected, intents) };
}

import type { CalendarDate } from '../format/dates';
import { UNIT_LEVEL_NAMES, type UnitLevel } from '../domain/units';
import { reportText as T } from '../i18n/vi/report';
import type { MergedReport } from '../merge/merge';
import type { FormTemplate } from '../template';
import { fill, heading, para, text, type Block, type Inline, type ReportDocument } from './model';
import { placeName } from '../workbook/layout';
import { localityOf, periodInSentence, placeAndDate } from './phrases';
import { figureContext, type FigureContext } from './figures';
import {
  digitalBlocks,
  institutionBlocks,
  civilServiceBlocks,
  procedureBlocks,
  unitTextsBlocks,
} from './sections';

/** Who issues the report and for what: a commune's own report, or a merging office's. */
export interface ReportInput {
  template: FormTemplate;
  /** The period's figures: the units' merge, or one unit's own report merged alone. */
  merged: MergedReport;
  /** The previous period's figures and code, where the data exists. */
  previous: { period: string; figures: MergedReport } | null;
  scope: 'merged' | 'own';
  issuer: { name: string; level: UnitLevel };
  /** The body above the issuer (a commune's district); null when not known. */
  parent: { name: string } | null;
  date: CalendarDate;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** "Năm 2023" → next period's name for part II: "năm 2024" after a year, "thời gian tới" otherwise. */
function nextPeriodName(period: string): string {
  const match = /^(\d{4})$/u.exec(period);
  return match ? T.nextYear(Number(match[1]) + 1) : T.nextTime;
}

function levelNames(merged: MergedReport): string {
  return merged.levels.map((l) => UNIT_LEVEL_NAMES[l.level].toLocaleLowerCase('vi')).join(T.and);
}

function bodyOf(input: ReportInput, f: FigureContext): Block[] {
  const { merged, scope } = input;
  const issuerName = T.committee(localityOf(input.issuer.name));
  const period = periodInSentence(merged.period);
  const desk = scope === 'own' ? T.oneStopOwn : T.oneStopMerged(levelNames(merged));
  const unitTexts = (code: 'E01' | 'E02') => unitTextsBlocks(input, code);
  return [
    para(fill(T.fill.basis), text(T.intro(issuerName, period))),
    heading(1, T.partResults(period)),
    para(fill(T.fill.overview)),
    heading(2, T.sections.institutions),
    ...institutionBlocks(f, period),
    heading(2, T.sections.procedures),
    ...procedureBlocks(input, f, period, desk),
    heading(2, T.sections.organisation),
    para(fill(T.fill.organisation)),
    heading(2, T.sections.civilService),
    ...civilServiceBlocks(input, f, period),
    heading(2, T.sections.finance),
    para(fill(T.fill.finance)),
    heading(2, T.sections.digital),
    ...digitalBlocks(input, f, period),
    heading(2, T.sections.shortcomings),
    ...unitTexts('E01'),
    heading(1, T.partTasks(nextPeriodName(merged.period))),
    heading(2, T.sections.tasks),
    para(fill(T.fill.tasks)),
    heading(2, T.sections.solutions),
    para(fill(T.fill.solutions)),
    heading(1, T.partProposals),
    ...unitTexts('E02'),
    para(text(T.closing(period, issuerName))),
  ];
}

function recipients(input: ReportInput): Inline[][] {
  const lines: Inline[][] = [];
  if (input.parent) lines.push([text(T.recipientParent(input.parent.name))]);
  else lines.push([text('- '), fill(T.fill.recipient), text(';')]);
  if (input.scope === 'merged' && input.merged.levels.some((l) => l.level === 'xa')) {
    lines.push([text(T.recipientCommunes)]);
  }
  lines.push([text(T.archive)]);
  return lines;
}

/**
 * The report of a period as a document, in the structure of report 114/BC-UBND: every figure
 * sentence from the data, per-unit detail in footnotes, the models verbatim, and a highlighted
 * place to fill wherever only a person can write.
 */
export function buildReportDocument(input: ReportInput): ReportDocument {
  const f = figureContext(input);
  const locality = upper(localityOf(input.issuer.name));
  return {
    parentBody: input.parent ? upper(input.parent.name) : null,
    issuingBody: [T.peoplesCommittee, locality],
    number: T.number,
    nationalTitle: T.nationalTitle,
    motto: T.motto,
    placeDate: placeAndDate(placeName(input.issuer.name), input.date),
    title: T.title,
    subject: [T.subject(periodInSentence(input.merged.period))],
    body: bodyOf(input, f),
    recipientsTitle: T.recipientsTitle,
    recipients: recipients(input),
    signer: { onBehalf: T.onBehalf, position: T.chair, name: fill(T.fill.signerName) },
  };
}

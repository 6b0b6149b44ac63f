import { UNIT_LEVEL_NAMES } from '../domain/units';
import { formatRate } from '../format/numbers';
import { reportText as T } from '../i18n/vi/report';
import type { MergedFigures } from '../merge/merge';
import { indicatorSections, listSection } from '../template';
import type { ReportInput } from './build';
import type { FigureContext } from './figures';
import { fill, footnote, para, text, type Block, type Inline } from './model';
import { countText, fraction, quantity, rateWords } from './phrases';

/** The figure sections of the report, each a list of paragraphs in the seed's wording. */

const withChange = (f: FigureContext, code: string) => {
  const change = f.change(code);
  return change ? T.comma + change : '';
};

const known = (...values: (string | number | null | undefined)[]) =>
  values.every((v) => v !== null && v !== undefined);

export function institutionBlocks(f: FigureContext, period: string): Block[] {
  const blocks: Block[] = [para(fill(T.fill.institutions))];
  const [docs, inspections, sessions, people] = [f.q('D01'), f.q('D02'), f.q('D03'), f.q('D04')];
  if (docs !== null && inspections !== null) blocks.push(para(text(T.direction(period, docs, inspections))));
  if (sessions !== null && people !== null) {
    blocks.push(para(text(T.propaganda(period, sessions, people) + withChange(f, 'D03') + T.sentenceEnd)));
  }
  return blocks;
}

function levelDetail(f: FigureContext, level: string, of: MergedFigures): Inline[] {
  const onTime = (f.n('A08', of) ?? 0) + (f.n('A09', of) ?? 0);
  return [
    text(
      T.levelDetail(
        level,
        f.q('A07', of) ?? '0',
        f.q('A03', of) ?? '0',
        rateWords(f.rate('R01', of)) + f.mark('R01', of),
        quantity(onTime, f.unitOf('A08')) + f.mark(['A08', 'A09'], of),
        rateWords(f.rate('R03', of), true) + f.mark('R03', of),
      ),
    ),
  ];
}

function receivedDetail(input: ReportInput, f: FigureContext): Inline {
  const { merged } = input;
  const paragraphs = merged.levels.map((l) =>
    levelDetail(f, UNIT_LEVEL_NAMES[l.level].toLocaleLowerCase('vi'), l),
  );
  if (input.scope === 'merged' && merged.units.length > 1) {
    // A unit that gave no dossier count is said to have none given, not to have received 0.
    const parts = merged.units.map((u) =>
      f.n('A07', u) === null
        ? T.unitNoDossiers(u.unit.name)
        : T.unitDetail(
            u.unit.name,
            f.q('A07', u)!,
            f.q('A11', u) ?? T.noFigure,
            [rateWords(f.rate('R02', u)), f.coverageWords('R02', u)]
              .filter(Boolean)
              .join(T.semicolon),
          ),
    );
    paragraphs.push([text(T.unitDetailLead + parts.join(T.semicolon) + T.sentenceEnd)]);
  }
  return footnote(...paragraphs);
}

export function procedureBlocks(input: ReportInput, f: FigureContext, period: string, desk: string): Block[] {
  const blocks: Block[] = [para(fill(T.fill.procedures))];
  const { merged } = input;
  const published = f.q('A01');
  if (published !== null) {
    const byLevel =
      merged.levels.length > 1
        ? [
            footnote([
              text(
                merged.levels
                  .map((l) => T.publishedByLevel(UNIT_LEVEL_NAMES[l.level], f.q('A01', l) ?? '0'))
                  .join(T.semicolon) + T.sentenceEnd,
              ),
            ]),
          ]
        : [];
    blocks.push(para(text(T.published(published)), ...byLevel, text(T.sentenceEnd)));
  }
  const digitised: string[] = [];
  const valid = f.rate('R05');
  if (valid)
    digitised.push(
      T.validDigitised(
        `${fraction(valid.numerator, valid.denominator)} ${f.unitOf('A18')}`,
        formatRate(valid.percent) + f.mark('R05'),
      ),
    );
  const onReceipt = f.rate('R04');
  if (onReceipt) {
    digitised.push(
      T.digitisedOnReceipt(
        fraction(onReceipt.numerator, onReceipt.denominator),
        formatRate(onReceipt.percent) + f.mark('R04'),
      ),
    );
  }
  if (digitised.length) blocks.push(para(text(digitised.join(' '))));
  const received = f.q('A07');
  const resolved = f.q('A11');
  if (received !== null && resolved !== null) {
    blocks.push(
      para(
        text(
          T.received(period, desk, received) +
            withChange(f, 'A07') +
            T.resolved(resolved, rateWords(f.rate('R02'), true) + f.mark('R02')),
        ),
        receivedDetail(input, f),
        text(T.sentenceEnd),
      ),
    );
  }
  const [pending, overdue, apologised] = [f.q('A14'), f.q('A13'), f.q('A15')];
  if (pending !== null && overdue !== null && apologised !== null) {
    blocks.push(para(text(T.pending(pending, overdue, apologised))));
  }
  const payment = f.rate('R06');
  if (payment) {
    blocks.push(
      para(
        text(
          T.onlinePayment(
            fraction(payment.numerator, payment.denominator),
            formatRate(payment.percent) + f.mark('R06'),
          ),
        ),
      ),
    );
  }
  const feedback = f.n('A21');
  if (feedback === 0) blocks.push(para(text(T.noFeedback(period))));
  else if (feedback !== null) {
    const rate = rateWords(f.rate('R07'), true) + f.mark(['A21', 'A22']);
    blocks.push(para(text(T.feedback(period, countText(feedback), countText(f.n('A22') ?? 0), rate))));
  }
  return blocks;
}

export function civilServiceBlocks(input: ReportInput, f: FigureContext, period: string): Block[] {
  const blocks: Block[] = [para(fill(T.fill.civilService))];
  const recruited = f.n('D08');
  if (recruited !== null) {
    blocks.push(para(text(T.recruited(period, countText(recruited)) + f.mark('D08') + T.sentenceEnd)));
  }
  const disciplined = f.n('D09');
  if (disciplined !== null) {
    const sentence = disciplined > 0 ? T.disciplined(countText(disciplined)) : T.noDiscipline;
    blocks.push(para(text(sentence + f.mark('D09') + T.sentenceEnd)));
  }
  const trained = f.n('C10');
  if (trained !== null) {
    const training = indicatorSections(input.template).find((s) =>
      s.indicators.some((i) => i.code === 'C10'),
    );
    const categories = (training?.indicators ?? [])
      .filter((i) => i.kind === 'count' && (f.n(i.code) ?? 0) > 0)
      .map((i) => T.category(i.label, f.q(i.code)!));
    const detail = categories.length
      ? [footnote([text(T.trainingLead + categories.join(T.semicolon) + T.sentenceEnd)])]
      : [];
    blocks.push(
      para(
        text(T.trained(period, countText(trained)) + f.mark('C10') + withChange(f, 'C10')),
        ...detail,
        text(T.sentenceEnd),
      ),
    );
  }
  return blocks;
}

function modelBlocks(input: ReportInput, period: string): Block[] {
  const { merged, template } = input;
  const list = listSection(template);
  if (!list) return [];
  if (merged.models.length === 0) return [para(text(T.noModels(period)))];
  const nameColumn = list.columns.find((c) => c.type === 'text')!;
  const byEnum = list.columns
    .filter((c) => c.type === 'enum')
    .map((c) => {
      const counts = c.options
        .map((o) => [o, merged.models.filter((m) => m.values[c.code] === o).length] as const)
        .filter(([, n]) => n > 0)
        .map(([o, n]) => `${o} ${countText(n)}`);
      return counts.length ? [text(T.modelsBy(c.label, counts.join(T.semicolon)))] : null;
    })
    .filter((p): p is Inline[] => p !== null);
  const count = countText(merged.models.length);
  const lead = input.scope === 'merged' ? T.modelsMerged(count) : T.modelsOwn(count);
  const items = merged.models.map((m, i) =>
    para(
      text(
        T.modelItem(m.values[nameColumn.code] ?? '', input.scope === 'merged' ? m.unit.name : null) +
          (i === merged.models.length - 1 ? T.sentenceEnd : ';'),
      ),
    ),
  );
  return [para(text(lead), ...(byEnum.length ? [footnote(...byEnum)] : []), text(T.modelsFollow)), ...items];
}

export function digitalBlocks(input: ReportInput, f: FigureContext, period: string): Block[] {
  const blocks: Block[] = [para(fill(T.fill.digital))];
  const [incoming, outgoing] = [f.n('D05'), f.n('D06')];
  if (known(incoming, outgoing)) {
    const rate = rateWords(f.rate('R08')) + f.mark(['D05', 'D06', 'R08']);
    blocks.push(para(text(T.documents(period, countText(incoming!), countText(outgoing!), rate))));
  }
  return [...blocks, ...modelBlocks(input, period)];
}

/**
 * "Tồn tại, hạn chế" (E01) and "Đề xuất, kiến nghị" (E02): a commune's own words verbatim; for a
 * merging office a place to write its assessment, with what each unit wrote in a footnote.
 */
export function unitTextsBlocks(input: ReportInput, code: 'E01' | 'E02'): Block[] {
  const placeholder = fill(code === 'E01' ? T.fill.assessment : T.fill.proposals);
  const written = input.merged.texts
    .map((t) => ({ unit: t.unit, words: t.texts[code]?.trim() ?? '' }))
    .filter((t) => t.words !== '');
  if (input.scope === 'own') {
    const lines = written.flatMap((t) => t.words.split(/\r?\n/u)).filter((l) => l.trim() !== '');
    return lines.length ? lines.map((l) => para(text(l.trim()))) : [para(placeholder)];
  }
  if (!written.length) return [para(placeholder)];
  return [
    para(
      placeholder,
      footnote(
        [text(T.unitsSaid)],
        ...written.map((t) => [text(T.unitSaid(t.unit.name, t.words.replace(/\s*\r?\n\s*/gu, ' ')))]),
      ),
    ),
  ];
}

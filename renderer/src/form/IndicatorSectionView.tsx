import { periodName } from '../../../shared/domain/periods';
import { formatCount, formatRateFixed } from '../../../shared/format/numbers';
import { previousPeriodUi } from '../../../shared/i18n/vi/report';
import { ui } from '../../../shared/i18n/vi/ui';
import type { Evaluation } from '../../../shared/rules/evaluate';
import {
  displayOrder,
  rowNumbers,
  type IndicatorSection,
  type TextIndicator,
} from '../../../shared/template';
import { useFormTemplate } from './formTemplate';
import { IndicatorRow } from './IndicatorRow';
import { missingParts } from './missingParts';
import { TextIndicatorField } from './TextIndicatorField';
import type { PreviousFigures } from './usePreviousPeriod';
import './previous-period.css';

/** A previous period's figure as the form writes figures: "27.630", "98,74%", "—". */
function previousValue(previous: PreviousFigures, code: string, kind: string): string {
  if (kind === 'rate') {
    const rate = previous.rates[code];
    return rate ? formatRateFixed(rate.percent) : ui.form.unknownValue;
  }
  const figure = previous.figures[code];
  return figure === null || figure === undefined ? ui.form.unknownValue : formatCount(figure);
}

/** An indicator section as the official table `STT | Mã số | Chỉ tiêu | Đơn vị tính | Số liệu`. */
export function IndicatorSectionView({
  section,
  evaluation,
  previous,
}: {
  section: IndicatorSection;
  evaluation: Evaluation;
  /** The unit's previous period, shown read-only in a last column when this PC holds it. */
  previous?: PreviousFigures | null;
}) {
  const template = useFormTemplate();
  const numeric = displayOrder(section).filter((i) => i.kind !== 'text');
  const stt = rowNumbers(section);
  const texts = section.indicators.filter((i): i is TextIndicator => i.kind === 'text');
  const c = ui.form.columns;
  return (
    <section className="indicator-section" aria-label={section.title}>
      <h2 className="section-title">{section.title}</h2>
      {numeric.length > 0 && (
        <table className="indicator-table">
          <thead>
            <tr>
              <th className="col-no">{c.no}</th>
              <th className="col-code">{c.code}</th>
              <th className="col-label">{c.label}</th>
              <th className="col-unit">{c.unit}</th>
              <th className="col-value">{c.value}</th>
              {previous && (
                <th className="col-previous" title={previousPeriodUi.columnHint}>
                  {previousPeriodUi.columnOf(periodName(previous.period))}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {numeric.map((indicator) => (
              <IndicatorRow
                key={indicator.code}
                indicator={indicator}
                stt={stt.get(indicator.code)!}
                figure={evaluation.figures[indicator.code]}
                rate={evaluation.rates[indicator.code]}
                missing={
                  indicator.kind === 'count' ? [] : missingParts(template, indicator.code, evaluation.figures)
                }
                {...(previous ? { previous: previousValue(previous, indicator.code, indicator.kind) } : {})}
              />
            ))}
          </tbody>
        </table>
      )}
      {texts.map((indicator) => (
        <TextIndicatorField key={indicator.code} indicator={indicator} />
      ))}
    </section>
  );
}

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

/** An indicator section as the official table `STT | Mã số | Chỉ tiêu | Đơn vị tính | Số liệu`. */
export function IndicatorSectionView({
  section,
  evaluation,
}: {
  section: IndicatorSection;
  evaluation: Evaluation;
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

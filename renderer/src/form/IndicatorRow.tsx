import { formatCount, formatRateFixed } from '../../../shared/format/numbers';
import { ui } from '../../../shared/i18n/vi/ui';
import type { RateResult } from '../../../shared/rules/evaluate';
import type { CountIndicator, RateIndicator, TotalIndicator } from '../../../shared/template';
import { CountInput } from './CountInput';
import { FieldMessage } from './FieldMessage';
import { countField, domId, indicatorLabel, messageId } from './fieldNames';
import { issueAria, issueClass, useFieldIssue } from './useFieldIssue';

type NumericRow = CountIndicator | TotalIndicator | RateIndicator;

const incompleteId = (field: string) => `${domId(field)}-incomplete`;

/** One line of an indicator table: a count to type, or a total or rate computed live. */
export function IndicatorRow({
  indicator,
  stt,
  figure,
  rate,
  missing = [],
  previous,
}: {
  indicator: NumericRow;
  /** The row number the workbook prints too (shared `rowNumbers`). */
  stt: number;
  figure: number | null | undefined;
  rate: RateResult | undefined;
  /** Counts not typed yet that this total or rate is made of: said under the label. */
  missing?: string[];
  /** The previous period's value, written out; a read-only column only when given. */
  previous?: string;
}) {
  const field = countField(indicator.code);
  const issue = useFieldIssue(field);
  const name = indicatorLabel(indicator.code, indicator.label);
  const indent = indicator.kind === 'count' && indicator.indent ? ` indent-${indicator.indent}` : '';
  let hint = '';
  let unit = '';
  let value = '';
  /** A rate shown as "—": some of its parts are not typed yet (said to screen readers and on hover). */
  let incomplete = false;
  if (indicator.kind === 'total') {
    hint = ui.form.totalHint(indicator.sumOf);
    unit = indicator.unit;
    value = figure === null || figure === undefined ? ui.form.unknownValue : formatCount(figure);
  } else if (indicator.kind === 'rate') {
    hint = ui.form.rateHint(indicator.numerator, indicator.denominator);
    unit = ui.form.percent;
    value = rate ? formatRateFixed(rate.percent) : ui.form.unknownValue;
    incomplete = !rate;
  } else {
    unit = indicator.unit;
  }
  // One rule for every computed row: "—" when nothing can be computed, and a visible reason
  // whenever some of its parts are not typed (a total then adds only those that are).
  const unknown = value === ui.form.unknownValue;
  const reason =
    missing.length === 0
      ? ''
      : unknown
        ? ui.form.notComputed(missing)
        : indicator.kind === 'total'
          ? ui.form.partialTotal(missing)
          : '';
  return (
    <tr
      className={`row-${indicator.kind}${issue ? ` row-${issue.type === 'error' ? 'error' : 'warning'}` : ''}`}
    >
      <td className="col-no">{stt}</td>
      <td className="col-code">{indicator.code}</td>
      <td className={`col-label${indent}`}>
        <span className="indicator-label">{indicator.label}</span>
        {hint && <span className="formula">{hint}</span>}
        {reason && <span className="missing-parts">{reason}</span>}
        <FieldMessage field={field} issue={issue} />
      </td>
      <td className="col-unit">{unit}</td>
      <td className="col-value">
        {indicator.kind === 'count' ? (
          <CountInput code={indicator.code} label={indicator.label} />
        ) : (
          <>
            <input
              id={domId(field)}
              type="text"
              readOnly
              tabIndex={-1}
              value={value}
              title={incomplete ? ui.form.rateIncomplete : undefined}
              className={`computed ${issueClass(issue)}`}
              aria-label={name}
              {...issueAria(issue, messageId(field))}
              aria-describedby={
                [issue ? messageId(field) : '', incomplete ? incompleteId(field) : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            />
            {incomplete && (
              <span id={incompleteId(field)} className="visually-hidden">
                {ui.form.rateIncomplete}
              </span>
            )}
          </>
        )}
      </td>
      {previous !== undefined && <td className="col-previous">{previous}</td>}
    </tr>
  );
}

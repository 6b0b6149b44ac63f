import { useId } from 'react';
import { periodName } from '../../../shared/domain/periods';
import { ui } from '../../../shared/i18n/vi/ui';

export function PeriodPicker({
  value,
  choices,
  onChange,
}: {
  value: string;
  choices: string[];
  onChange: (period: string) => void;
}) {
  const id = useId();
  return (
    <div className="period-picker">
      <label htmlFor={id}>{ui.header.periodLabel}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((p) => (
          <option key={p} value={p}>
            {periodName(p)}
          </option>
        ))}
      </select>
    </div>
  );
}

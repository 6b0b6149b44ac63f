import { useEffect, useMemo, useState } from 'react';
import type { ApiResult } from '../../../../shared/api/contract';
import { setupMessages as M } from '../../../../shared/i18n/vi/setup';
import { call } from '../../api/client';
import { messageOf } from '../errors';
import { ErrorText } from '../ErrorText';

type Province = ApiResult<'catalog.provinces'>[number];
type OldDistrict = ApiResult<'catalog.oldDistricts'>[number];

/** A catalog list loaded once, and the problem said when it could not be read. */
function useCatalog<T>(load: () => Promise<T[]>): [T[], string] {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    load()
      .then(setItems)
      .catch((e: unknown) => setError(M.loadFailed(messageOf(e))));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once, on first show
  }, []);
  return [items, error];
}

/** A labelled drop-down whose first choice is the "— Chọn … —" prompt (the empty value). */
function ChoiceField({
  label,
  prompt,
  value,
  choices,
  onChange,
  invalid,
  disabled,
}: {
  label: string;
  prompt: string;
  value: string;
  choices: { value: string; name: string }[];
  onChange: (value: string) => void;
  invalid?: boolean;
  disabled?: boolean;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={invalid || undefined}
      >
        <option value="">{prompt}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface PickerProps {
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
}

/** A merging office: its province (since 1/7/2025), whose communes become its expected units. */
export function ProvincePicker({ value, onChange, invalid }: PickerProps) {
  const [provinces, error] = useCatalog<Province>(() => call('catalog.provinces', {}));
  const chosen = provinces.find((p) => p.code === value);
  return (
    <>
      <ChoiceField
        label={M.provinceLabel}
        prompt={M.chooseProvince}
        value={value}
        choices={provinces.map((p) => ({ value: p.code, name: p.name }))}
        onChange={onChange}
        invalid={invalid}
      />
      {chosen && <p className="hint">{M.provinceNote(chosen.communeCount)}</p>}
      <ErrorText message={error} />
    </>
  );
}

/** A merging office of a district before 1/7/2025 (earlier periods): its old communes. */
export function OldDistrictPicker({ value, onChange, invalid }: PickerProps) {
  const [districts, error] = useCatalog<OldDistrict>(() => call('catalog.oldDistricts', {}));
  const [province, setProvince] = useState('');
  const provinces = useMemo(() => [...new Set(districts.map((d) => d.provinceName))], [districts]);
  const shown = districts.filter((d) => d.provinceName === province);
  const chosen = districts.find((d) => d.code === value);
  return (
    <>
      <ChoiceField
        label={M.provinceLabel}
        prompt={M.chooseProvince}
        value={province}
        choices={provinces.map((name) => ({ value: name, name }))}
        onChange={(name) => {
          setProvince(name);
          onChange('');
        }}
      />
      <ChoiceField
        label={M.oldDistrictLabel}
        prompt={M.chooseOldDistrict}
        value={value}
        choices={shown.map((d) => ({ value: d.code, name: d.name }))}
        onChange={onChange}
        invalid={invalid}
        disabled={!province}
      />
      {chosen && <p className="hint">{M.oldDistrictNote(chosen.communeCount)}</p>}
      <ErrorText message={error} />
    </>
  );
}

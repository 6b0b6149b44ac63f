import { useEffect, useMemo, useState } from 'react';
import type { ApiResult } from '../../../../shared/api/contract';
import { setupMessages as M } from '../../../../shared/i18n/vi/setup';
import { call } from '../../api/client';
import { messageOf } from '../errors';
import { ErrorText } from '../ErrorText';

type Province = ApiResult<'catalog.provinces'>[number];
type OldDistrict = ApiResult<'catalog.oldDistricts'>[number];

/** A merging office: its province (since 1/7/2025), whose communes become its expected units. */
export function ProvincePicker({
  value,
  onChange,
  invalid,
}: {
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
}) {
  const [provinces, setProvinces] = useState<Province[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    call('catalog.provinces', {})
      .then(setProvinces)
      .catch((e: unknown) => setError(M.loadFailed(messageOf(e))));
  }, []);
  const chosen = provinces.find((p) => p.code === value);
  return (
    <>
      <label className="field">
        <span className="field-label">{M.provinceLabel}</span>
        <select value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid || undefined}>
          <option value="">{M.chooseProvince}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && <p className="hint">{M.provinceNote(chosen.communeCount)}</p>}
      <ErrorText message={error} />
    </>
  );
}

/** A merging office of a district before 1/7/2025 (earlier periods): its old communes. */
export function OldDistrictPicker({
  value,
  onChange,
  invalid,
}: {
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
}) {
  const [districts, setDistricts] = useState<OldDistrict[]>([]);
  const [province, setProvince] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    call('catalog.oldDistricts', {})
      .then(setDistricts)
      .catch((e: unknown) => setError(M.loadFailed(messageOf(e))));
  }, []);
  const provinces = useMemo(() => [...new Set(districts.map((d) => d.provinceName))], [districts]);
  const shown = districts.filter((d) => d.provinceName === province);
  const chosen = districts.find((d) => d.code === value);
  return (
    <>
      <label className="field">
        <span className="field-label">{M.provinceLabel}</span>
        <select
          value={province}
          onChange={(e) => {
            setProvince(e.target.value);
            onChange('');
          }}
        >
          <option value="">{M.chooseProvince}</option>
          {provinces.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{M.oldDistrictLabel}</span>
        <select
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={!province}
          aria-invalid={invalid || undefined}
        >
          <option value="">{M.chooseOldDistrict}</option>
          {shown.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && <p className="hint">{M.oldDistrictNote(chosen.communeCount)}</p>}
      <ErrorText message={error} />
    </>
  );
}

import type { ApiResult } from '../../../shared/api/contract';
import { districtMessages, districtUi } from '../../../shared/i18n/vi/district';

type Counts = ApiResult<'district.completeness'>['counts'];

const PARTS = [
  { key: 'received', className: 'seg-received' },
  { key: 'warnings', className: 'seg-warnings' },
  { key: 'refused', className: 'seg-refused' },
  { key: 'missing', className: 'seg-missing' },
] as const;

/** One stacked bar of the units by status, with a legend that carries the numbers (not colour alone). */
export function CompletenessChart({ counts }: { counts: Counts }) {
  const total = Math.max(1, counts.expected);
  return (
    <figure className="completeness-chart" aria-label={districtUi.chartTitle}>
      <figcaption>{districtUi.counts(counts)}</figcaption>
      <div className="chart-bar" role="img" aria-label={districtUi.counts(counts)}>
        {PARTS.filter((p) => counts[p.key] > 0).map((p) => (
          <div
            key={p.key}
            className={`chart-seg ${p.className}`}
            style={{ width: `${(counts[p.key] / total) * 100}%` }}
            title={`${districtMessages.chartStatus[p.key]}: ${counts[p.key]}`}
          />
        ))}
      </div>
      <ul className="chart-legend">
        {PARTS.map((p) => (
          <li key={p.key} data-status={p.key}>
            <span className={`legend-swatch ${p.className}`} aria-hidden="true" />
            {districtMessages.chartStatus[p.key]}: <strong>{counts[p.key]}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}

import type { ApiResult } from '../../../shared/api/contract';
import { UNIT_LEVEL_NAMES } from '../../../shared/domain/units';
import { compareUi } from '../../../shared/i18n/vi/compare';
import { districtMessages, districtUi } from '../../../shared/i18n/vi/district';
import { problemText, shownDateTime } from './format';

type Completeness = ApiResult<'district.completeness'>;

/** Every expected unit with the state of its report for the period. */
export function CompletenessTable({
  completeness,
  onHistory,
  onCompare,
}: {
  completeness: Completeness;
  onHistory: (unit: { code: string; name: string }) => void;
  /** "So sánh kỳ": the unit's figures of this period beside another's (units with a report). */
  onCompare?: (unit: { code: string; name: string }) => void;
}) {
  const c = districtUi.columns;
  return (
    <table className="completeness-table">
      <thead>
        <tr>
          <th>{c.index}</th>
          <th>{c.unit}</th>
          <th>{c.level}</th>
          <th>{c.status}</th>
          <th>{c.revision}</th>
          <th>{c.receivedAt}</th>
          <th>{c.file}</th>
          <th>
            <span className="visually-hidden">{districtUi.history}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {completeness.rows.map((row, i) => {
          const shown = row.current ?? row.refused[0] ?? null;
          // A file sent after the one in use but refused: the unit probably meant to correct it.
          const current = row.current;
          const laterRefused = current
            ? row.refused.find((f) => f.receivedAt > current.receivedAt)
            : undefined;
          const notes = [
            ...(current?.problems.filter((p) => p.level === 'warning') ?? []),
            ...(laterRefused
              ? [
                  {
                    level: 'error' as const,
                    kind: 'later-refused',
                    message: districtUi.laterRefused(laterRefused.fileName),
                  },
                ]
              : []),
            // No file in use: why the one shown was refused (another period, wrong rule…), also
            // when it does not make the unit "refused" (a file of another period).
            ...(!current ? (row.refused[0]?.problems.filter((p) => p.level === 'error') ?? []) : []),
          ];
          return (
            <tr key={row.unit.code} data-unit={row.unit.code} data-status={row.status}>
              <td>{i + 1}</td>
              <td className="unit-cell">
                {row.unit.name} <span className="code">{row.unit.code}</span>
              </td>
              <td>{UNIT_LEVEL_NAMES[row.unit.level]}</td>
              <td>
                <span className={`status-badge status-${row.status}`}>
                  {districtMessages.status[row.status]}
                </span>
              </td>
              <td>{row.current ? districtMessages.revisionName(row.current.revision) : ''}</td>
              <td>{shown ? shownDateTime(shown.receivedAt) : ''}</td>
              <td className="file-cell">
                {shown?.fileName ?? ''}
                {notes.length > 0 && (
                  <ul className="problems">
                    {notes.slice(0, 3).map((p, j) => (
                      <li key={j} className={p.level === 'error' ? 'error-text' : 'warning-text'}>
                        {problemText(p)}
                      </li>
                    ))}
                    {notes.length > 3 && <li className="hint">{districtUi.problemsOf(notes.length)}</li>}
                  </ul>
                )}
              </td>
              <td className="history-cell">
                {row.fileCount > 0 && (
                  <button
                    type="button"
                    onClick={() => onHistory({ code: row.unit.code, name: row.unit.name })}
                  >
                    {districtUi.history}
                  </button>
                )}
                {onCompare && row.current && (
                  <button
                    type="button"
                    aria-label={compareUi.openFor(row.unit.name)}
                    onClick={() => onCompare({ code: row.unit.code, name: row.unit.name })}
                  >
                    {compareUi.open}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

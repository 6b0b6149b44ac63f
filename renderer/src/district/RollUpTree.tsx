import type { ApiResult } from '../../../shared/api/contract';
import { districtMessages, districtUi } from '../../../shared/i18n/vi/district';
import { rollUpMessages as R } from '../../../shared/i18n/vi/roll-up';
import { rollUpTree } from '../../../shared/merge/roll-up-tree';

type Completeness = ApiResult<'district.completeness'>;

/**
 * Province → district → commune: the units received through each merged workbook of the level
 * below, and those sent directly, each group opening onto its units (and a unit onto its history).
 * Nothing when no report came in a merge.
 */
export function RollUpTree({
  completeness,
  onHistory,
}: {
  completeness: Completeness;
  onHistory: (unit: { code: string; name: string }) => void;
}) {
  const groups = rollUpTree(completeness);
  if (!groups.length) return null;
  return (
    <section className="card roll-up-tree" aria-labelledby="roll-up-title">
      <h2 id="roll-up-title">{R.treeTitle}</h2>
      <p className="hint">{R.treeHint}</p>
      {groups.map((g) => (
        <details key={g.mergedFile ?? ''} data-file={g.mergedFile ?? ''}>
          <summary>{R.group(g.mergedFile ?? R.direct, g.rows.length)}</summary>
          <ul>
            {g.rows.map((row) => (
              <li key={row.unit.code}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onHistory({ code: row.unit.code, name: row.unit.name })}
                  aria-label={`${districtUi.history}: ${row.unit.name}`}
                >
                  {R.unitLine(
                    row.unit.name,
                    row.unit.code,
                    districtMessages.revisionName(row.current?.revision ?? null),
                    districtMessages.status[row.status],
                  )}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

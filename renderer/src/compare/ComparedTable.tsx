import type { Comparison } from '../../../shared/api/compare-contract';
import { formatChange, formatChangePercent, formatSide, type Shown } from '../../../shared/compare/format';
import { compareUi as T } from '../../../shared/i18n/vi/compare';

type Section = Comparison['sections'][number];

/** A figure, or "—" with why in words under it. */
function Cell({ shown, className }: { shown: Shown; className: string }) {
  return (
    <td className={className}>
      {shown.text}
      {shown.reason && <span className="compare-reason">{shown.reason}</span>}
    </td>
  );
}

/** One section of the form: its rows in the form's order and numbering, the two periods side by side. */
export function ComparedTable({
  section,
  nowName,
  otherName,
}: {
  section: Section;
  nowName: string;
  otherName: string;
}) {
  const c = T.columns;
  const headingId = `compare-section-${section.id}`;
  return (
    <section className="compare-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.title}</h3>
      {section.rows.length > 0 && (
        <table className="compare-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th className="col-no">{c.no}</th>
              <th className="col-code">{c.code}</th>
              <th className="col-label">{c.label}</th>
              <th className="col-unit">{c.unit}</th>
              <th className="col-num">{nowName}</th>
              <th className="col-num">{otherName}</th>
              <th className="col-num">{c.change}</th>
              <th className="col-num">{c.changePercent}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((r, i) => (
              <tr key={i} className={`row-${r.kind}`} data-code={r.code}>
                <td className="col-no">{r.stt}</td>
                <td className="col-code">{r.code}</td>
                <td className={`col-label${r.indent ? ` indent-${r.indent}` : ''}`}>{r.label}</td>
                <td className="col-unit">{r.unit}</td>
                <Cell className="col-num col-now" shown={formatSide(r.now, r.kind)} />
                <Cell className="col-num col-other" shown={formatSide(r.other, r.kind)} />
                <Cell className="col-num col-change" shown={formatChange(r)} />
                <Cell className="col-num col-change-percent" shown={formatChangePercent(r)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.texts.length > 0 && (
        <p className="hint">{T.textsNote(section.texts.map((t) => `${t.code} ${t.label}`).join(', '))}</p>
      )}
    </section>
  );
}

import type { Report } from '../../../shared/api/contract';
import { carryForwardText as t } from '../../../shared/i18n/vi/form-install';
import './carry-forward.css';

type Carried = NonNullable<Report['carriedForward']>;

/**
 * A report saved under an older form version, opened under the new one: what moved, what is new
 * and empty, what was dropped. Nothing is stored until the clerk agrees (or types a figure).
 */
export function CarryForwardReview({ carried, onAgree }: { carried: Carried; onAgree: () => void }) {
  const list = (codes: string[]) => codes.join(', ');
  return (
    <section className="banner warning carry-forward" role="region" aria-label={t.agree}>
      <p>{t.title(carried.fromVersion, carried.toVersion)}</p>
      <ul>
        {carried.moved.length > 0 && (
          <li>{t.moved(carried.moved.map((m) => `${m.from} → ${m.to}`).join(', '))}</li>
        )}
        {carried.added.length > 0 && <li>{t.added(list(carried.added))}</li>}
        {carried.dropped.length > 0 && <li>{t.dropped(list(carried.dropped))}</li>}
        {!carried.moved.length && !carried.dropped.length && <li>{t.nothing}</li>}
      </ul>
      <button type="button" className="primary" onClick={onAgree}>
        {t.agree}
      </button>
    </section>
  );
}

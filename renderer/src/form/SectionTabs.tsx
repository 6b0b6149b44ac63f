import type { KeyboardEvent } from 'react';
import { ui } from '../../../shared/i18n/vi/ui';
import type { TabSummary } from './tabSummaries';

export const tabId = (id: string) => `tab-${id}`;
export const PANEL_ID = 'form-panel';

/** The sections as tabs, each saying how much is filled and how many errors and warnings it has. */
export function SectionTabs({
  tabs,
  active,
  onSelect,
}: {
  tabs: TabSummary[];
  active: string;
  onSelect: (id: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    document.getElementById(tabId(next.id))?.focus();
  };
  return (
    <div role="tablist" aria-label={ui.form.sections} className="section-tabs">
      {tabs.map((t, index) => {
        const selected = t.id === active;
        return (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={selected}
            aria-controls={PANEL_ID}
            tabIndex={selected ? 0 : -1}
            className={selected ? 'tab current' : 'tab'}
            onClick={() => onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <span className="tab-title">{t.title}</span>
            <span className="tab-stats">
              <span className="tab-progress">{t.progress}</span>
              {t.errors > 0 && <span className="badge error">{ui.form.errors(t.errors)}</span>}
              {t.warnings > 0 && <span className="badge warning">{ui.form.warnings(t.warnings)}</span>}
            </span>
          </button>
        );
      })}
    </div>
  );
}

import { ui } from '../../../shared/i18n/vi/ui';
import { PeriodPicker } from './PeriodPicker';

export type View = 'form' | 'district' | 'settings';

export function AppHeader({
  unitName,
  period,
  periodChoices,
  onPeriodChange,
  view,
  showDistrict,
  onViewChange,
}: {
  unitName: string;
  period: string;
  periodChoices: string[];
  onPeriodChange: (period: string) => void;
  view: View;
  showDistrict: boolean;
  onViewChange: (view: View) => void;
}) {
  const views: View[] = showDistrict ? ['form', 'district', 'settings'] : ['form', 'settings'];
  return (
    <header className="app-header">
      <div className="app-identity">
        <span className="app-name">{ui.appName}</span>
        <span className="unit-name" aria-label={`${ui.header.unitCaption}: ${unitName}`}>
          {unitName}
        </span>
      </div>
      <PeriodPicker value={period} choices={periodChoices} onChange={onPeriodChange} />
      <nav className="app-nav" aria-label={ui.header.nav}>
        {views.map((v) => (
          <button
            key={v}
            type="button"
            className={v === view ? 'nav-item current' : 'nav-item'}
            aria-current={v === view ? 'page' : undefined}
            onClick={() => onViewChange(v)}
          >
            {ui.header.views[v]}
          </button>
        ))}
      </nav>
    </header>
  );
}

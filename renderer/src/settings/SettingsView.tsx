import type { AppInfo, Settings } from '../../../shared/api/contract';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { BackupsPanel } from './BackupsPanel';
import { BrowserSessionPanel } from './BrowserSessionPanel';
import { FormPackagesPanel } from './FormPackagesPanel';
import { ExportFolderSettings } from './ExportFolderSettings';
import { StationSettings } from './StationSettings';
import { SupportPanel } from './SupportPanel';
import { UnitImport } from './UnitImport';
import { UnitsManager } from './UnitsManager';

/** What the app knows of this PC once set up, and how a screen changes it (App → MainScreen → here). */
export interface StationProps {
  info: AppInfo;
  settings: Settings;
  units: Unit[];
  onSettingsChange: (settings: Settings) => void;
  onUnitsChange: (units: Unit[]) => void;
  /** A form package was installed: the app reloads the form in use. */
  onFormInstalled?: () => void;
}

export function SettingsView({
  info,
  settings,
  units,
  onSettingsChange,
  onUnitsChange,
  onFormInstalled = () => {},
}: StationProps) {
  return (
    <div className="settings">
      <h1 className="visually-hidden">{ui.settings.title}</h1>
      <StationSettings info={info} settings={settings} units={units} onSaved={onSettingsChange} />
      <ExportFolderSettings settings={settings} onSaved={onSettingsChange} />
      <UnitsManager units={units} currentUnit={settings.unitCode} onUnitsChange={onUnitsChange} />
      <UnitImport onUnitsChange={onUnitsChange} />
      <FormPackagesPanel onInstalled={onFormInstalled} />
      <BackupsPanel />
      {info.mode === 'browser' && <BrowserSessionPanel />}
      <SupportPanel />
    </div>
  );
}

import { useMemo, useRef, useState } from 'react';
import { DistrictView } from '../district/DistrictView';
import { ReportForm, type ReportFormHandle } from '../form/ReportForm';
import { useFormTemplate } from '../form/formTemplate';
import { SettingsView, type StationProps } from '../settings/SettingsView';
import { AppHeader, type View } from './AppHeader';
import { call } from '../api/client';
import { initialPeriod, periodsAround } from './periodState';

export function MainScreen(props: StationProps) {
  const { settings, units, onSettingsChange } = props;
  // The periods the form in use is reported for (a package's "Kỳ báo cáo").
  const { periodKinds } = useFormTemplate();
  const choices = useMemo(() => periodsAround(new Date(), periodKinds), [periodKinds]);
  const [period, setPeriod] = useState(() => initialPeriod(new Date(), choices, settings.period));
  // A merging office's day is the files it receives: it opens on "Tổng hợp"; a commune on its form.
  const [view, setView] = useState<View>(settings.isMergingOffice ? 'district' : 'form');
  const form = useRef<ReportFormHandle>(null);
  const shownView = view === 'district' && !settings.isMergingOffice ? 'form' : view;

  /**
   * Whatever was typed is on disk before the form goes away; if it cannot be saved, or a box
   * holds an entry that is not a count (it would be dropped), stay: the form says why.
   */
  const leaveForm = async () => (form.current ? form.current.leave() : true);

  const changePeriod = async (next: string) => {
    if (next === period || !(await leaveForm())) return;
    setPeriod(next);
    // Kept in the data folder; not remembering it is harmless (the next start opens the default).
    call('settings.save', {
      unitCode: settings.unitCode,
      isMergingOffice: settings.isMergingOffice,
      period: next,
    })
      .then(onSettingsChange)
      .catch(() => undefined);
  };
  const changeView = async (next: View) => {
    if (next === shownView) return;
    if (shownView === 'form' && !(await leaveForm())) return;
    setView(next);
  };

  const unit = units.find((u) => u.code === settings.unitCode);
  return (
    <div className="app">
      <AppHeader
        unitName={unit?.name ?? settings.unitCode}
        period={period}
        periodChoices={choices}
        onPeriodChange={(p) => void changePeriod(p)}
        view={shownView}
        showDistrict={settings.isMergingOffice}
        onViewChange={(v) => void changeView(v)}
      />
      <main className="app-main">
        {shownView === 'form' && (
          <ReportForm
            key={`${settings.unitCode}/${period}`}
            ref={form}
            unitCode={settings.unitCode}
            period={period}
          />
        )}
        {shownView === 'district' && <DistrictView period={period} />}
        {shownView === 'settings' && <SettingsView {...props} />}
      </main>
    </div>
  );
}

import { ui } from '../../shared/i18n/vi/ui';
import { FirstRun } from './app/FirstRun';
import { MainScreen } from './app/MainScreen';
import { RecoveryScreen } from './app/RecoveryScreen';
import { useStartup } from './app/useStartup';
import { FormTemplateContext } from './form/formTemplate';

export function App() {
  const { state, retry, setSettings, setUnits, reloadForm } = useStartup();
  if (state.status === 'loading') return <p className="app-loading">{ui.loading}</p>;
  if (state.status === 'failed') {
    return (
      <div className="app-failed" role="alert">
        <h1>{ui.startupFailed}</h1>
        <p>{state.message}</p>
        <button type="button" className="primary" onClick={retry}>
          {ui.retry}
        </button>
      </div>
    );
  }
  if (state.status === 'recovery') return <RecoveryScreen status={state.recovery} onDone={retry} />;
  if (!state.settings) {
    return (
      <FirstRun
        units={state.units.filter((u) => u.active)}
        onDone={(settings, units) => {
          setUnits(units);
          setSettings(settings);
        }}
      />
    );
  }
  return (
    <FormTemplateContext.Provider value={state.template}>
      <MainScreen
        info={state.info}
        settings={state.settings}
        units={state.units}
        onSettingsChange={setSettings}
        onUnitsChange={setUnits}
        onFormInstalled={() => void reloadForm().catch(retry)}
      />
    </FormTemplateContext.Provider>
  );
}

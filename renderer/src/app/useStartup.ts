import { useCallback, useState } from 'react';
import type { AppInfo, Settings } from '../../../shared/api/contract';
import type { RecoveryStatus } from '../../../shared/api/recovery-contract';
import type { Unit } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE, type FormTemplate } from '../../../shared/template';
import { call } from '../api/client';
import { messageOf } from './errors';
import { useApiCall } from './useApiCall';

export type Startup =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** The database is missing, empty or damaged: the recovery screen, before anything else. */
  | { status: 'recovery'; recovery: RecoveryStatus }
  | { status: 'ready'; info: AppInfo; settings: Settings | null; units: Unit[]; template: FormTemplate };

/** What the app needs before it shows anything: its facts, this PC's settings and the unit list. */
export function useStartup() {
  const [state, setState] = useState<Startup>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useApiCall(
    async (): Promise<Startup> => {
      const recovery = await call('recovery.status', {});
      if (recovery.needed) return { status: 'recovery', recovery };
      const [info, settings, units] = await Promise.all([
        call('app.info', {}),
        call('settings.get', {}),
        call('units.list', { includeInactive: true }),
      ]);
      // A form package installed from Settings: its template comes from the main process.
      const builtIn =
        info.templateId === CURRENT_TEMPLATE.id && info.templateVersion === CURRENT_TEMPLATE.version;
      const template = builtIn
        ? CURRENT_TEMPLATE
        : ((await call('form.current', {})) as unknown as FormTemplate);
      return { status: 'ready', info, settings, units, template };
    },
    setState,
    (error) => setState({ status: 'failed', message: messageOf(error) }),
    [attempt],
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const setSettings = useCallback(
    (settings: Settings) => setState((s) => (s.status === 'ready' ? { ...s, settings } : s)),
    [],
  );
  const setUnits = useCallback(
    (units: Unit[]) => setState((s) => (s.status === 'ready' ? { ...s, units } : s)),
    [],
  );
  /** After a form package is installed: the form in use (and the facts naming it) again. */
  const reloadForm = useCallback(async () => {
    const [info, template] = await Promise.all([call('app.info', {}), call('form.current', {})]);
    setState((s) =>
      s.status === 'ready' ? { ...s, info, template: template as unknown as FormTemplate } : s,
    );
  }, []);
  return { state, retry, setSettings, setUnits, reloadForm };
}

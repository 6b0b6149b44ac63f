import { useEffect, useState } from 'react';
import type { ReportData } from '../../../shared/domain/report';
import { Autosaver, type SaveState } from './autosaver';
import type { DraftSink } from './draftStore';

/**
 * One autosaver per open report. Also saves when the window is hidden or closed; in a browser a
 * pending change or a box holding an entry that is not a count asks before leaving (Electron would
 * silently refuse to close, so never there: the draft keeps such an entry for the next opening).
 */
export function useAutosave(options: {
  opened: ReportData;
  snapshot: () => ReportData;
  save: (data: ReportData, base: string) => Promise<void>;
  onStale?: (based: ReportData, saver: Autosaver) => Promise<void>;
  draft?: DraftSink;
  entries?: () => Record<string, string>;
  onSaved?: (data: ReportData) => void;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new Autosaver(
        {
          snapshot: options.snapshot,
          save: options.save,
          onStale: options.onStale,
          onState: setState,
          delayMs: 300,
          retryMs: 4000,
          draft: options.draft,
          entries: options.entries,
          onSaved: options.onSaved,
        },
        options.opened,
      ),
  );

  useEffect(() => {
    saver.resume();
    const flush = () => {
      // Kept on this computer at once: a save still waiting (a hung or refused one) may never end.
      saver.keepDraft();
      void saver.flush();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges()) return;
      flush();
      if (!window.cchc) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the form (another period, another view): what was typed goes to disk.
      flush();
      saver.dispose();
    };
  }, [saver]);

  return { state, saver };
}

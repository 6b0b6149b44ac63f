import { log } from '../log';

/** What closeOnQuit needs of Electron's `app`. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * On quit, closes what the app holds (the check pool's worker threads, then the database) once,
 * in order, and then quits for real. A closer that throws or rejects is logged and the next one
 * still runs: the process must never stay alive without a window because closing failed.
 */
export function closeOnQuit(app: QuittingApp, closers: ReadonlyArray<() => unknown>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void (async () => {
      for (const close of closers) {
        try {
          await close();
        } catch (error) {
          log('app', `closing on quit failed: ${(error as Error)?.message ?? String(error)}`);
        }
      }
      state = 'closed';
      app.quit();
    })();
  });
}

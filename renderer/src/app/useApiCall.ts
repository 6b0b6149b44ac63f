import { useEffect, type DependencyList } from 'react';

/**
 * Loads something from the main process when the component appears and whenever `deps` change,
 * and hands the answer (or the error) over only while it is still wanted: an answer that arrives
 * after the component left, or after `deps` changed again, is dropped. `load` null: nothing to load.
 */
export function useApiCall<T>(
  load: (() => Promise<T>) | null,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
  deps: DependencyList,
): void {
  useEffect(() => {
    if (!load) return;
    let live = true;
    load()
      .then((value) => {
        if (live) onValue(value);
      })
      .catch((error: unknown) => {
        if (live) onError(error);
      });
    return () => {
      live = false;
    };
    // The caller's deps say when to load again; the callbacks of a later render are the same code.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

import { useEffect, useState, useSyncExternalStore } from 'react';
import { registerBeforeLock } from '../../shell/beforeLock.ts';
import { createAutosave, type Autosave, type AutosaveOptions, type SaveState } from './autosave.ts';

/**
 * One autosave for the life of an editor. Its last words are saved before any lock started in
 * this window, and when the editor closes (another page, another note).
 */
export function useAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  // Created once: the save function it was given reads the editor's state through refs.
  const [autosave] = useState(() => createAutosave(options));
  useEffect(() => {
    autosave.open();
    const unregister = registerBeforeLock(autosave.flush);
    return () => {
      unregister();
      void autosave.flush();
      autosave.close();
    };
  }, [autosave]);
  return autosave;
}

/** The save state, for the one small line that shows it: typing re-renders nothing else. */
export function useSaveState<T>(autosave: Autosave<T>): SaveState {
  return useSyncExternalStore(autosave.subscribe, autosave.getState);
}

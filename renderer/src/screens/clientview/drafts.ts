import { createContext, useContext, useEffect, useRef } from 'react';

/** Saves one unsaved entry; true once it is saved. */
export type SaveDraft = () => Promise<boolean>;

/**
 * Unsaved words and ratings on the current step. Moving to another step saves them first, so
 * nothing a client wrote is lost because they pressed Next instead of Save.
 */
export class Drafts {
  readonly #pending = new Map<string, SaveDraft>();

  set(key: string, save: SaveDraft | null): void {
    if (save) this.#pending.set(key, save);
    else this.#pending.delete(key);
  }

  /** Saves every pending entry in turn; false if any could not be saved (its field says why). */
  async flush(): Promise<boolean> {
    let ok = true;
    for (const save of [...this.#pending.values()]) ok = (await save()) && ok;
    return ok;
  }
}

export const DraftsContext = createContext<Drafts | null>(null);

/** Registers `save` while `dirty`, under a key unique on the page. */
export function useDraft(key: string, dirty: boolean, save: SaveDraft): void {
  const drafts = useContext(DraftsContext);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    if (!drafts || !dirty) return;
    drafts.set(key, () => saveRef.current());
    return () => drafts.set(key, null);
  }, [drafts, key, dirty]);
}

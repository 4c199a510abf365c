import { toShownError } from '../../errors.ts';

export type SavePhase = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveState {
  phase: SavePhase;
  /** When the last save reached the vault. */
  savedAt: Date | null;
  /** Why the last save failed, in the core's words. */
  message: string;
  /** A failed save that will be tried again by itself. */
  retrying: boolean;
}

export interface Autosave<T> {
  /** The latest value; saved once typing pauses, and at least every few seconds while it goes on. */
  change(value: T): void;
  /** Saves anything not yet saved, now; resolves when it is saved or the attempt failed. */
  flush(): Promise<void>;
  getState(): SaveState;
  subscribe(listener: () => void): () => void;
  /** Stops timers and retries while no editor owns the value; open() starts them again. */
  close(): void;
  open(): void;
}

export interface AutosaveOptions<T> {
  /** Resolves false when there was nothing worth saving yet (e.g. an empty note not created). */
  save: (value: T) => Promise<boolean>;
  idleMs?: number;
  maxMs?: number;
}

const RETRY_MS = [2_000, 4_000, 8_000, 15_000];
// Retrying cannot fix what the core refused on purpose; the next edit tries again.
const FINAL = new Set(['VALIDATION', 'CONFLICT', 'NOT_FOUND', 'LOCKED']);

/** Saves still under way from editors that have closed: a screen that reads notes waits for them. */
const inFlight = new Set<Promise<void>>();

export async function savesSettled(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

/**
 * The save loop behind a note: the value lives in the editor; this only decides when to send
 * the latest copy, one save at a time, so the order of saves is the order of edits.
 */
export function createAutosave<T>({
  save,
  idleMs = 800,
  maxMs = 2_000,
}: AutosaveOptions<T>): Autosave<T> {
  let latest: { value: T } | null = null;
  let edits = 0;
  let savedEdits = 0;
  let failures = 0;
  let running: Promise<void> | null = null;
  let disposed = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let state: SaveState = { phase: 'idle', savedAt: null, message: '', retrying: false };
  const listeners = new Set<() => void>();

  const set = (next: Partial<SaveState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const clearTimers = () => {
    clearTimeout(idleTimer);
    clearTimeout(maxTimer);
    clearTimeout(retryTimer);
    idleTimer = maxTimer = retryTimer = undefined;
  };

  const saveOnce = async (): Promise<void> => {
    if (!latest) return;
    const target = edits;
    set({ phase: 'saving' });
    try {
      const wrote = await save(latest.value);
      savedEdits = Math.max(savedEdits, target);
      failures = 0;
      set(wrote ? { phase: 'saved', savedAt: new Date(), message: '' } : { phase: 'idle' });
    } catch (error) {
      const shown = toShownError(error);
      const retrying = !disposed && !FINAL.has(shown.code);
      failures += 1;
      set({ phase: 'failed', message: shown.message, retrying });
      if (retrying) {
        const delay = RETRY_MS[Math.min(failures, RETRY_MS.length) - 1] ?? 15_000;
        retryTimer = setTimeout(() => void flush(), delay);
      }
      throw error;
    }
  };

  const flush = async (): Promise<void> => {
    clearTimeout(idleTimer);
    clearTimeout(maxTimer);
    idleTimer = maxTimer = undefined;
    for (;;) {
      if (running) {
        await running.catch(() => undefined);
        continue;
      }
      if (savedEdits >= edits) return;
      clearTimeout(retryTimer);
      const attempt = saveOnce().finally(() => {
        running = null;
        inFlight.delete(attempt);
      });
      running = attempt;
      inFlight.add(attempt);
      try {
        await attempt;
      } catch {
        return;
      }
    }
  };

  return {
    change(value) {
      if (disposed) return;
      latest = { value };
      edits += 1;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void flush(), idleMs);
      // Continuous typing never pauses: a second timer saves at least every maxMs.
      maxTimer ??= setTimeout(() => void flush(), maxMs);
    },
    flush,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      disposed = true;
      clearTimers();
    },
    open() {
      disposed = false;
    },
  };
}

import { createClient, type AccordBridge, type AccordClient } from '../../shared/api.ts';
import { AccordError } from '../../shared/errors.ts';

declare global {
  interface Window {
    /** Set by the preload in Electron, and by the test harness in the browser. */
    readonly accord: AccordBridge;
  }
}

// Looked up at call time: the bridge is defined before the page's scripts, never replaced.
const client = createClient({ invoke: (channel, input) => window.accord.invoke(channel, input) });

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** Called whenever main answers LOCKED: main has locked on its own (idle, suspend, screen lock). */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** The typed client every screen uses. A LOCKED answer also tells the app to drop its data. */
export const call = (async (...args: Parameters<AccordClient>) => {
  try {
    return await client(...args);
  } catch (error) {
    if (error instanceof AccordError && error.code === 'LOCKED') {
      for (const listener of lockListeners) listener();
    }
    throw error;
  }
}) as AccordClient;

import { logError } from './log.ts';

/** How often the system idle time is read: auto-lock fires at most this late. */
export const IDLE_POLL_MS = 15_000;

/** The slice of Electron's powerMonitor the auto-lock uses, so tests can drive it by hand. */
export interface PowerMonitorLike {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  removeListener(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input anywhere on the system. */
  getSystemIdleTime(): number;
}

export interface AutoLockOptions {
  powerMonitor: PowerMonitorLike;
  isUnlocked: () => boolean;
  /** The counselor's auto-lock setting; only asked while the vault is unlocked. */
  autoLockMinutes: () => Promise<number>;
  /** `reason` completes the audit summary "Locked …". */
  lock: (reason: string) => Promise<void>;
  pollMs?: number;
}

/**
 * Locks the vault when the screen locks, when the computer sleeps, and after the counselor's
 * idle minutes: a laptop left open between sessions must not show a client's record. Returns a
 * function that stops watching.
 */
export function installAutoLock(options: AutoLockOptions): () => void {
  const { powerMonitor } = options;
  const lock = (reason: string) =>
    options.lock(reason).catch((error: unknown) => logError('auto-lock', error));
  const onLockScreen = () => void lock('when the screen locked');
  const onSuspend = () => void lock('when the computer went to sleep');

  let checking = false;
  const checkIdle = async () => {
    if (checking || !options.isUnlocked()) return;
    checking = true;
    try {
      const minutes = await options.autoLockMinutes();
      if (options.isUnlocked() && powerMonitor.getSystemIdleTime() >= minutes * 60) {
        await lock(`after ${minutes} idle minutes`);
      }
    } catch (error) {
      logError('auto-lock', error);
    } finally {
      checking = false;
    }
  };

  powerMonitor.on('lock-screen', onLockScreen);
  powerMonitor.on('suspend', onSuspend);
  const timer = setInterval(() => void checkIdle(), options.pollMs ?? IDLE_POLL_MS);
  return () => {
    clearInterval(timer);
    powerMonitor.removeListener('lock-screen', onLockScreen);
    powerMonitor.removeListener('suspend', onSuspend);
  };
}

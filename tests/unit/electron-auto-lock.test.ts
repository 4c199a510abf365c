import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDLE_POLL_MS, installAutoLock } from '../../electron/auto-lock.ts';

/** powerMonitor as the auto-lock sees it: events, and an idle clock the test sets. */
class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}

function setup({ minutes = 10, unlocked = true } = {}) {
  const powerMonitor = new FakePowerMonitor();
  const state = { unlocked };
  const lock = vi.fn(async (_reason: string) => {
    state.unlocked = false;
  });
  const autoLockMinutes = vi.fn(async () => minutes);
  const stop = installAutoLock({
    powerMonitor,
    isUnlocked: () => state.unlocked,
    autoLockMinutes,
    lock,
  });
  return { powerMonitor, state, lock, autoLockMinutes, stop };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('auto-lock', () => {
  test('locks when the screen locks', () => {
    const { powerMonitor, lock } = setup();
    powerMonitor.emit('lock-screen');
    expect(lock).toHaveBeenCalledExactlyOnceWith('when the screen locked');
  });

  test('locks when the computer goes to sleep', () => {
    const { powerMonitor, lock } = setup();
    powerMonitor.emit('suspend');
    expect(lock).toHaveBeenCalledExactlyOnceWith('when the computer went to sleep');
  });

  test('polls the system idle time every 15 seconds', () => {
    expect(IDLE_POLL_MS).toBe(15_000);
  });

  test('does not lock before the idle minutes have passed', async () => {
    const { powerMonitor, lock, autoLockMinutes } = setup({ minutes: 10 });
    powerMonitor.idleSeconds = 10 * 60 - 1;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(autoLockMinutes).toHaveBeenCalledOnce();
    expect(lock).not.toHaveBeenCalled();
  });

  test('locks once the system has been idle for the configured minutes', async () => {
    const { powerMonitor, lock } = setup({ minutes: 5 });
    powerMonitor.idleSeconds = 5 * 60;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(lock).toHaveBeenCalledExactlyOnceWith('after 5 idle minutes');
    // Locked now: later polls neither read settings nor lock again.
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 4);
    expect(lock).toHaveBeenCalledOnce();
  });

  test('reads the setting only while unlocked', async () => {
    const { powerMonitor, autoLockMinutes, lock } = setup({ unlocked: false });
    powerMonitor.idleSeconds = 999_999;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 3);
    expect(autoLockMinutes).not.toHaveBeenCalled();
    expect(lock).not.toHaveBeenCalled();
  });

  test('a failing lock or settings read is logged by kind and watching goes on', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const powerMonitor = new FakePowerMonitor();
    let reads = 0;
    const lock = vi.fn(async () => {
      throw new Error('database is locked by Jane Doe');
    });
    installAutoLock({
      powerMonitor,
      isUnlocked: () => true,
      autoLockMinutes: async () => {
        reads += 1;
        if (reads === 1) throw new TypeError('no settings');
        return 1;
      },
      lock,
    });
    powerMonitor.idleSeconds = 120;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 2);
    expect(lock).toHaveBeenCalledOnce();
    expect(log.mock.calls.flat().join(' ')).not.toContain('Jane');
    expect(log).toHaveBeenCalledWith('[accord] auto-lock: TypeError');
    expect(log).toHaveBeenCalledWith('[accord] auto-lock: Error');
    log.mockRestore();
  });

  test('stop removes the listeners and the timer', async () => {
    const { powerMonitor, lock, autoLockMinutes, stop } = setup();
    stop();
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    powerMonitor.idleSeconds = 999_999;
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 4);
    expect(lock).not.toHaveBeenCalled();
    expect(autoLockMinutes).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../shared/api.ts';
import type { AccordError } from '../../shared/errors.ts';
import type { Clock } from '../../electron/app/context.ts';
import { createApp, type App } from '../../electron/app/index.ts';

export const PASSPHRASE = 'correct horse battery staple';

export function tempDir(prefix = 'accord-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A clock the test moves by hand. */
export function manualClock(
  start = '2026-03-02T15:00:00.000Z',
): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface TestApp extends App {
  dataDir: string;
  /** Where "save as" dialogs answer: a folder apart from the data folder. */
  exportDir: string;
  call: ReturnType<typeof createClient>;
  dispose(): Promise<void>;
}

/** The real app core on a real encrypted database in a temporary folder. */
export function startApp(
  options: { dataDir?: string; clock?: Clock; kdfTargetMs?: number } = {},
): TestApp {
  const dataDir = options.dataDir ?? tempDir();
  const exportDir = tempDir('accord-export-');
  const app = createApp({
    dataDir,
    files: {
      chooseSavePath: async ({ suggestedName }) => join(exportDir, suggestedName),
      chooseFolder: async () => join(exportDir, 'backups'),
    },
    checkOutputs: true,
    onInternalError: (channel, error) => console.error('INTERNAL', channel, error),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.kdfTargetMs ? { kdfTargetMs: options.kdfTargetMs } : {}),
  });
  const call = createClient({ invoke: app.dispatch });
  return {
    ...app,
    dataDir,
    exportDir,
    call,
    dispose: async () => {
      await app.close();
      rmSync(exportDir, { recursive: true, force: true });
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` and returns the AccordError it threw (fails the test when it throws nothing). */
export async function rejection(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    return error as AccordError;
  }
  throw new Error('expected the call to fail');
}

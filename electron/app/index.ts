import { mkdirSync } from 'node:fs';
import { auditHandlers } from './audit/handlers.ts';
import { systemClock, type AppContext, type Clock } from './context.ts';
import { createDispatch, type Dispatch, type DispatchOptions, type Handlers } from './dispatch.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { vaultHandlers } from './vault/handlers.ts';
import { Vault } from './vault/vault.ts';

export interface AppOptions extends DispatchOptions {
  dataDir: string;
  clock?: Clock;
  kdfTargetMs?: number;
}

export interface App {
  vault: Vault;
  dispatch: Dispatch;
  /** Locks the vault (closing the database) before the process exits. */
  close(): Promise<void>;
}

const handlers: Handlers = {
  ...vaultHandlers,
  ...settingsHandlers,
  ...auditHandlers,
};

/**
 * The app core. Electron's ipc.ts and the test harness both call `dispatch`; nothing else
 * reaches the database.
 */
export function createApp(options: AppOptions): App {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const vaultOptions = { dataDir: options.dataDir, clock, ...pick(options, 'kdfTargetMs') };
  const vault = new Vault(vaultOptions);
  const ctx: AppContext = {
    vault,
    clock,
    get db() {
      return vault.db;
    },
  };
  return {
    vault,
    dispatch: createDispatch(handlers, ctx, options),
    close: () => vault.lock('because Accord closed'),
  };
}

function pick<T extends object, K extends keyof T>(obj: T, key: K): Partial<Pick<T, K>> {
  return obj[key] === undefined ? {} : ({ [key]: obj[key] } as Partial<Pick<T, K>>);
}

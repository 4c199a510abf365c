import { mkdirSync } from 'node:fs';
import { auditHandlers } from './audit/handlers.ts';
import { systemClock, type AppContext, type Clock } from './context.ts';
import { createDispatch, type Dispatch, type DispatchOptions, type Handlers } from './dispatch.ts';
import { clientsHandlers, consentsHandlers, diagnosesHandlers } from './clients/handlers.ts';
import { backupHandlers } from './backup/handlers.ts';
import { billingHandlers } from './billing/handlers.ts';
import { claimsHandlers } from './claims/handlers.ts';
import { estimatesHandlers } from './estimates/handlers.ts';
import { reportsHandlers } from './reports/handlers.ts';
import { sampleHandlers } from './sample/handlers.ts';
import { documentsHandlers } from './statements/handlers.ts';
import { dataHandlers } from './exchange/handlers.ts';
import { ClientViewGate } from './clientview/gate.ts';
import { noFileDialogs, type FileDialogs } from './files.ts';
import {
  feesHandlers,
  scheduleHandlers,
  timeOffHandlers,
  todayHandlers,
} from './scheduling/handlers.ts';
import { clientViewHandlers } from './clientview/handlers.ts';
import { measuresHandlers } from './measures/handlers.ts';
import { notesHandlers } from './notes/handlers.ts';
import { plansHandlers } from './plans/handlers.ts';
import { resourcesHandlers } from './resources/handlers.ts';
import { seedResources } from './resources/resources.ts';
import { servicesHandlers } from './services/handlers.ts';
import { seedServices } from './services/services.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { vaultHandlers } from './vault/handlers.ts';
import { Vault } from './vault/vault.ts';

export interface AppOptions extends DispatchOptions {
  dataDir: string;
  clock?: Clock;
  kdfTargetMs?: number;
  /** How the counselor picks where exported files go (a save dialog in Electron). */
  files?: FileDialogs;
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
  ...clientsHandlers,
  ...consentsHandlers,
  ...diagnosesHandlers,
  ...servicesHandlers,
  ...scheduleHandlers,
  ...timeOffHandlers,
  ...feesHandlers,
  ...todayHandlers,
  ...plansHandlers,
  ...measuresHandlers,
  ...resourcesHandlers,
  ...clientViewHandlers,
  ...notesHandlers,
  ...backupHandlers,
  ...dataHandlers,
  ...billingHandlers,
  ...claimsHandlers,
  ...documentsHandlers,
  ...estimatesHandlers,
  ...reportsHandlers,
  ...sampleHandlers,
};

/**
 * The app core. Electron's ipc.ts and the test harness both call `dispatch`; nothing else
 * reaches the database.
 */
export function createApp(options: AppOptions): App {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const vaultOptions = {
    dataDir: options.dataDir,
    clock,
    ...pick(options, 'kdfTargetMs'),
    onOpen: async (db: Parameters<typeof seedServices>[0]) => {
      await seedServices(db, clock.now());
      await seedResources(db, clock.now());
    },
  };
  const clientView = new ClientViewGate();
  // Locking ends Client view: whoever unlocks again is the counselor, with the passphrase.
  const vault = new Vault({ ...vaultOptions, onClose: () => clientView.close() });
  const ctx: AppContext = {
    vault,
    clock,
    get db() {
      return vault.db;
    },
    files: options.files ?? noFileDialogs,
    clientView,
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

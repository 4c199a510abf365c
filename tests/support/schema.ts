import { SCHEMA_VERSION } from '../../electron/app/db/migrations/index.ts';
import type { SqliteHandle } from '../../electron/app/db/open.ts';

/**
 * Turns a current database back into what the previous release left: the newest migration's
 * tables gone and the version one lower. Update it with each new migration.
 */
export function stepBackOneVersion(handle: SqliteHandle): void {
  handle.exec(`
    DROP INDEX IF EXISTS allocations_charge_money;
    DROP INDEX IF EXISTS adjustments_charge_money;
  `);
  handle.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
}

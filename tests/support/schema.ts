import { SCHEMA_VERSION } from '../../electron/app/db/migrations/index.ts';
import type { SqliteHandle } from '../../electron/app/db/open.ts';

/**
 * Turns a current database back into what the previous release left: the newest migration's
 * tables gone and the version one lower. Update it with each new migration.
 */
export function stepBackOneVersion(handle: SqliteHandle): void {
  handle.exec(`
    DROP TRIGGER IF EXISTS charges_open;
    DROP TRIGGER IF EXISTS charge_settlements_close;
    DROP TABLE IF EXISTS open_charges;
    DROP TABLE IF EXISTS charge_settlements;
  `);
  handle.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
}

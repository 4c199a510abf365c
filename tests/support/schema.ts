import { SCHEMA_VERSION } from '../../electron/app/db/migrations/index.ts';
import type { SqliteHandle } from '../../electron/app/db/open.ts';

/**
 * Turns a current database back into what the previous release left: the newest migration's
 * tables gone and the version one lower. Update it with each new migration.
 */
export function stepBackOneVersion(handle: SqliteHandle): void {
  handle.exec(`
    DROP TABLE IF EXISTS good_faith_estimates;
    DROP TABLE IF EXISTS claim_charges;
    DROP TABLE IF EXISTS claims;
    DROP TABLE IF EXISTS fee_arrangements;
    DROP INDEX IF EXISTS charges_service_date;
    DROP INDEX IF EXISTS payments_received_on;
    ALTER TABLE charges DROP COLUMN payer_share_cents;
    ALTER TABLE charges DROP COLUMN diagnosis_pointers;
    ALTER TABLE charges DROP COLUMN fee_basis;
    ALTER TABLE client_insurance DROP COLUMN coinsurance_bp;
  `);
  handle.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
}

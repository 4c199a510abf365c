import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_clients_scheduling.ts';
import * as m0003 from './0003_plans_measures_resources.ts';
import * as m0004 from './0004_notes.ts';
import * as m0005 from './0005_ledger.ts';
import * as m0006 from './0006_day_sheets.ts';
import * as m0007 from './0007_billing_documents.ts';
import * as m0008 from './0008_money_indexes.ts';
import * as m0009 from './0009_open_charges.ts';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration, in order; the database's schema version is how many of them it has run.
 * A released migration is never edited: a change is a new file. Imported statically, so the
 * packaged app needs no folder scan.
 */
export const migrations: readonly (readonly [name: string, migration: Migration])[] = [
  ['0001_foundation', m0001],
  ['0002_clients_scheduling', m0002],
  ['0003_plans_measures_resources', m0003],
  ['0004_notes', m0004],
  ['0005_ledger', m0005],
  ['0006_day_sheets', m0006],
  ['0007_billing_documents', m0007],
  ['0008_money_indexes', m0008],
  ['0009_open_charges', m0009],
];

export const SCHEMA_VERSION = migrations.length;

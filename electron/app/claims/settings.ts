import type { Kysely } from 'kysely';
import {
  claimSettings,
  DEFAULT_CLAIM_SETTINGS,
  type ClaimSettings,
} from '../../../shared/domain/claims.ts';
import type { Database } from '../db/schema.ts';
import { readSetting } from '../settings/settings.ts';

/** The claim settings (saved with `putSetting(trx, 'claims', …)`), or the defaults. */
export async function getClaimSettings(db: Kysely<Database>): Promise<ClaimSettings> {
  const parsed = claimSettings.safeParse(await readSetting(db, 'claims'));
  return parsed.success ? parsed.data : DEFAULT_CLAIM_SETTINGS;
}

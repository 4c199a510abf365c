import type { Kysely, Transaction } from 'kysely';
import {
  AUTO_LOCK_LIMITS,
  defaultPracticeProfile,
  practiceProfile,
  securitySettings,
  type PracticeProfile,
  type SecuritySettings,
  type Settings,
} from '../../../shared/domain/settings.ts';
import type { Database } from '../db/schema.ts';

/** The time zone of the machine, used for a new practice until the counselor sets theirs. */
const machineTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function readJson(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? JSON.parse(row.value) : undefined;
}

export async function getPractice(db: Kysely<Database>): Promise<PracticeProfile> {
  const parsed = practiceProfile.safeParse(await readJson(db, 'practice'));
  return parsed.success ? parsed.data : defaultPracticeProfile(machineTimeZone);
}

export async function getSecurity(db: Kysely<Database>): Promise<SecuritySettings> {
  const parsed = securitySettings.safeParse(await readJson(db, 'security'));
  return parsed.success ? parsed.data : { autoLockMinutes: AUTO_LOCK_LIMITS.default };
}

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  return { practice: await getPractice(db), security: await getSecurity(db) };
}

export async function putSetting(
  trx: Transaction<Database>,
  key: 'practice' | 'security',
  value: PracticeProfile | SecuritySettings,
  at: Date,
): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: at.toISOString() };
  await trx
    .insertInto('settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }),
    )
    .execute();
}

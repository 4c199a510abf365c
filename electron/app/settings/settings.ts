import type { Kysely, Transaction } from 'kysely';
import {
  AUTO_LOCK_LIMITS,
  DEFAULT_PLAN_SETTINGS,
  defaultPracticeProfile,
  planSettings,
  type PlanSettings,
  practiceProfile,
  securitySettings,
  type PracticeProfile,
  type SecuritySettings,
  type Settings,
} from '../../../shared/domain/settings.ts';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  scheduleSettings,
  type ScheduleSettings,
} from '../../../shared/domain/scheduling.ts';
import {
  DEFAULT_NOTE_SETTINGS,
  noteSettings,
  type NoteSettings,
} from '../../../shared/domain/notes.ts';
import type { BackupSettings } from '../../../shared/domain/backup.ts';
import type { BillingSettings } from '../../../shared/domain/billing.ts';
import type { ClaimSettings } from '../../../shared/domain/claims.ts';
import type { Database } from '../db/schema.ts';

/** The time zone of the machine, used for a new practice until the counselor sets theirs. */
const machineTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A stored setting as JSON, undefined when never set; each domain validates its own. */
export async function readSetting(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row ? JSON.parse(row.value) : undefined;
}

export async function getPractice(db: Kysely<Database>): Promise<PracticeProfile> {
  const parsed = practiceProfile.safeParse(await readSetting(db, 'practice'));
  return parsed.success ? parsed.data : defaultPracticeProfile(machineTimeZone);
}

export async function getSecurity(db: Kysely<Database>): Promise<SecuritySettings> {
  const parsed = securitySettings.safeParse(await readSetting(db, 'security'));
  return parsed.success ? parsed.data : { autoLockMinutes: AUTO_LOCK_LIMITS.default };
}

export async function getSchedule(db: Kysely<Database>): Promise<ScheduleSettings> {
  const parsed = scheduleSettings.safeParse(await readSetting(db, 'schedule'));
  return parsed.success ? parsed.data : DEFAULT_SCHEDULE_SETTINGS;
}

export async function getPlanSettings(db: Kysely<Database>): Promise<PlanSettings> {
  const parsed = planSettings.safeParse(await readSetting(db, 'plans'));
  return parsed.success ? parsed.data : DEFAULT_PLAN_SETTINGS;
}

export async function getNoteSettings(db: Kysely<Database>): Promise<NoteSettings> {
  const parsed = noteSettings.safeParse(await readSetting(db, 'notes'));
  return parsed.success ? parsed.data : DEFAULT_NOTE_SETTINGS;
}

/** The Client view PIN's hash (scrypt), or null when none is set. Never leaves the core. */
export async function getPinHash(db: Kysely<Database>): Promise<string | null> {
  const value = await readSetting(db, 'client_view_pin');
  return typeof value === 'string' ? value : null;
}

export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  return {
    practice: await getPractice(db),
    security: await getSecurity(db),
    schedule: await getSchedule(db),
    plans: { ...(await getPlanSettings(db)), clientViewPinSet: (await getPinHash(db)) !== null },
    notes: await getNoteSettings(db),
  };
}

export async function putSetting(
  trx: Transaction<Database>,
  key:
    | 'practice'
    | 'security'
    | 'schedule'
    | 'plans'
    | 'notes'
    | 'backup'
    | 'billing'
    | 'claims'
    | 'client_view_pin',
  value:
    | PracticeProfile
    | SecuritySettings
    | ScheduleSettings
    | PlanSettings
    | NoteSettings
    | BackupSettings
    | BillingSettings
    | ClaimSettings
    | string
    | null,
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

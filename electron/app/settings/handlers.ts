import type { DomainHandlers } from '../context.ts';
import { recordAudit } from '../audit/audit.ts';
import { getPractice, getSchedule, getSecurity, getSettings, putSetting } from './settings.ts';

/** Names the fields that changed, never their values: the trail must not copy the data. */
function changedFields(before: object, after: object): string {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const names = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return names.length ? names.join(', ') : 'nothing';
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': async (_input, { db }) => getSettings(db),

  'settings.savePractice': async (practice, { db, clock }) => {
    const before = await getPractice(db);
    await db.transaction().execute(async (trx) => {
      await putSetting(trx, 'practice', practice, clock.now());
      await recordAudit(trx, {
        action: 'settings.practice_updated',
        entity: 'settings',
        entityId: 'practice',
        summary: `Practice profile changed: ${changedFields(before, practice)}`,
        at: clock.now(),
      });
    });
    return practice;
  },

  'settings.saveSecurity': async (security, { db, clock }) => {
    const before = await getSecurity(db);
    await db.transaction().execute(async (trx) => {
      await putSetting(trx, 'security', security, clock.now());
      await recordAudit(trx, {
        action: 'settings.security_updated',
        entity: 'settings',
        entityId: 'security',
        summary: `Auto-lock changed from ${before.autoLockMinutes} to ${security.autoLockMinutes} minutes`,
        at: clock.now(),
      });
    });
    return security;
  },

  'settings.saveSchedule': async (schedule, { db, clock }) => {
    const before = await getSchedule(db);
    await db.transaction().execute(async (trx) => {
      await putSetting(trx, 'schedule', schedule, clock.now());
      await recordAudit(trx, {
        action: 'settings.schedule_updated',
        entity: 'settings',
        entityId: 'schedule',
        summary: `Scheduling settings changed: ${changedFields(before, schedule)}`,
        at: clock.now(),
      });
    });
    return schedule;
  },
};

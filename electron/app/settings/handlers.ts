import type { AuditAction } from '../../../shared/domain/audit.ts';
import { audited } from '../audit/audit.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { hashPin } from '../clientview/pin.ts';
import {
  getPlanSettings,
  getPractice,
  getSchedule,
  getSecurity,
  getSettings,
  putSetting,
} from './settings.ts';

/** Names the fields that changed, never their values: the trail must not copy the data. */
function changedFields(before: object, after: object): string {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const names = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return names.length ? names.join(', ') : 'nothing';
}

async function save<T extends Parameters<typeof putSetting>[2]>(
  ctx: AppContext,
  key: 'practice' | 'security' | 'schedule' | 'plans' | 'notes',
  value: T,
  action: AuditAction,
  summary: string,
): Promise<T> {
  await audited(ctx, (trx) => putSetting(trx, key, value, ctx.clock.now()), {
    action,
    entity: 'settings',
    entityId: key,
    summary,
  });
  return value;
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': async (_input, { db }) => getSettings(db),

  'settings.savePractice': async (practice, ctx) =>
    save(
      ctx,
      'practice',
      practice,
      'settings.practice_updated',
      `Practice profile changed: ${changedFields(await getPractice(ctx.db), practice)}`,
    ),

  'settings.saveSecurity': async (security, ctx) =>
    save(
      ctx,
      'security',
      security,
      'settings.security_updated',
      `Auto-lock changed from ${(await getSecurity(ctx.db)).autoLockMinutes} to ${security.autoLockMinutes} minutes`,
    ),

  'settings.savePlans': async (plans, ctx) =>
    save(
      ctx,
      'plans',
      plans,
      'settings.plans_updated',
      `Plan review interval changed from ${(await getPlanSettings(ctx.db)).reviewDays} to ${plans.reviewDays} days`,
    ),

  'settings.setClientViewPin': async ({ pin }, ctx) => {
    const hash = pin === null ? null : await hashPin(pin);
    await audited(ctx, (trx) => putSetting(trx, 'client_view_pin', hash, ctx.clock.now()), {
      action: 'settings.pin_changed',
      entity: 'settings',
      entityId: 'client_view_pin',
      summary: pin === null ? 'Client view PIN removed' : 'Client view PIN set',
    });
    return {};
  },

  'settings.saveNotes': async (notes, ctx) =>
    save(
      ctx,
      'notes',
      notes,
      'settings.notes_updated',
      `Default note template set to ${notes.defaultTemplate.toUpperCase()}`,
    ),

  'settings.saveSchedule': async (schedule, ctx) =>
    save(
      ctx,
      'schedule',
      schedule,
      'settings.schedule_updated',
      `Scheduling settings changed: ${changedFields(await getSchedule(ctx.db), schedule)}`,
    ),
};

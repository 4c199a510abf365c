import type { Transaction } from 'kysely';
import type { AuditAction } from '../../../shared/domain/audit.ts';
import { GENESIS_HASH, linkHash } from '../audit/audit.ts';
import type { Database } from '../db/schema.ts';
import type { SampleWorld } from './world.ts';

/** Every earlier working day was closed at the end of End of day, with its totals then. */
export function writeDaySheets(w: SampleWorld): void {
  for (const [day, t] of [...w.dayTotals.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (day >= w.today || w.open.has(day) || [...w.open].some((d) => d < day)) continue;
    w.sink.add('day_sheets', {
      day,
      totals: JSON.stringify({
        chargedCents: t.charged,
        paidCents: t.paid,
        byService: t.byService,
        byMethod: t.byMethod,
      }),
      closed_at: `${day}T23:30:00.000Z`,
    });
    w.record(`${day}T23:30:00.000Z`, 'day.closed', 'day', day, null, `Day ${day} closed`);
  }
}

/**
 * The trail, in time order, chained on after the vault's own first events with the audit
 * module's own link hash, so `verifyAudit` walks it like any other.
 */
export async function writeTrail(trx: Transaction<Database>, w: SampleWorld): Promise<void> {
  const { sink, audit, now } = w;
  audit.sort((a, b) => a.at.localeCompare(b.at));
  const last = await trx
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  let nextId = (last?.id ?? 0) + 1;
  const finish = {
    at: now.toISOString(),
    action: 'settings.practice_updated' as AuditAction,
    entity: 'sample',
    entityId: null,
    clientId: null,
    summary: 'Sample practice generated (invented data)',
  };
  for (const a of [...audit, finish]) {
    const linked = {
      id: nextId++,
      at: a.at,
      actor: 'counselor',
      action: a.action,
      entity: a.entity,
      entity_id: a.entityId,
      client_id: a.clientId,
      summary: a.summary,
    };
    const hash = linkHash(prev, linked);
    sink.add('audit_events', { ...linked, prev_hash: prev, hash });
    prev = hash;
    await sink.maybeFlush(20_000);
  }
  await sink.flush();
}

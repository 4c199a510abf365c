import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditAction, AuditEvent, AuditVerification } from '../../../shared/domain/audit.ts';
import type { Clock } from '../context.ts';
import type { AuditRow, Database } from '../db/schema.ts';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  clientId?: number | null;
  /** What happened, without clinical content: the trail says who saw or changed what, not what it said. */
  summary: string;
  at: Date;
  actor?: string;
}

export const GENESIS_HASH = '0'.repeat(64);

type Linked = Omit<AuditRow, 'prev_hash' | 'hash'>;

/** The bytes a link hashes: the event's fields in a fixed order. */
function canonical(row: Linked): string {
  return JSON.stringify([
    row.id,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.client_id,
    row.summary,
  ]);
}

export function linkHash(prevHash: string, row: Linked): string {
  return createHash('sha256').update(prevHash).update(canonical(row)).digest('hex');
}

/**
 * Appends an event to the chain. Takes a transaction, so the event commits with the change it
 * records or not at all.
 */
export async function recordAudit(trx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  const last = await trx
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row: Linked = {
    id: (last?.id ?? 0) + 1,
    at: entry.at.toISOString(),
    actor: entry.actor ?? 'counselor',
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    client_id: entry.clientId ?? null,
    summary: entry.summary,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_events')
    .values({ ...row, prev_hash: prevHash, hash: linkHash(prevHash, row) })
    .execute();
}

export type AuditRecord = Omit<AuditEntry, 'at'>;

/**
 * Runs a change and appends its audit event in one transaction: both commit, or neither. The
 * event may depend on what the change returned (a new record's id).
 */
export function audited<T>(
  { db, clock }: { db: Kysely<Database>; clock: Clock },
  change: (trx: Transaction<Database>) => Promise<T>,
  event: AuditRecord | ((result: T) => AuditRecord),
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await change(trx);
    await recordAudit(trx, {
      ...(typeof event === 'function' ? event(result) : event),
      at: clock.now(),
    });
    return result;
  });
}

/** Records an event that changes nothing else (a record viewed, a file exported). */
export function recordEvent(
  ctx: { db: Kysely<Database>; clock: Clock },
  event: AuditRecord,
): Promise<void> {
  return audited(ctx, async () => undefined, event);
}

/** Records events that belong to no other change, in a transaction of their own. */
export async function recordAuditNow(
  db: Kysely<Database>,
  ...entries: AuditEntry[]
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const entry of entries) await recordAudit(trx, entry);
  });
}

const VERIFY_PAGE = 2000;

/** Walks the whole chain and names the first event whose link does not hold. */
export async function verifyAudit(db: Kysely<Database>): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>=', expectedId)
      .orderBy('id')
      .limit(VERIFY_PAGE)
      .execute();
    for (const row of rows) {
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        checked,
        brokenAt: row.id,
        reason,
      });
      if (row.id !== expectedId) return broken(`event ${expectedId} is missing`);
      if (row.prev_hash !== prevHash) return broken('it does not link to the event before it');
      if (linkHash(prevHash, row) !== row.hash) return broken('its content was changed');
      prevHash = row.hash;
      expectedId++;
      checked++;
    }
    if (rows.length < VERIFY_PAGE) return { ok: true, checked, brokenAt: null, reason: null };
  }
}

export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    clientId: row.client_id,
    summary: row.summary,
  };
}

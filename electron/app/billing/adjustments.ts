import type { Transaction } from 'kysely';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Database } from '../db/schema.ts';
import { settleCharges } from './settlements.ts';

export type AdjustmentInput = ParsedInput<'billing.adjust'>;

/**
 * Writes an adjustment or write-off, on one charge or on the account. Runs inside the caller's
 * transaction; `chargeDues` decides whose share it reduces (the payer's first).
 */
export async function insertAdjustment(
  trx: Transaction<Database>,
  input: AdjustmentInput,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('adjustments')
    .values({
      client_id: input.clientId,
      charge_id: input.chargeId,
      kind: input.kind,
      amount_cents: input.amountCents,
      reason: input.reason,
      adjusted_on: input.on,
      created_at: now.toISOString(),
    })
    .execute();
  if (input.chargeId !== null) await settleCharges(trx, [input.chargeId]);
}

import type { Transaction } from 'kysely';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { Database } from '../db/schema.ts';
import { allocate } from './ledger.ts';

export type PaymentInput = ParsedInput<'billing.recordPayment'>;

/**
 * Writes a payment and applies it to the client's open charges (the chosen ones first, then the
 * oldest). Returns how much was applied; the rest is the client's credit. Runs inside the
 * caller's transaction, so a payment and what it pays are one write.
 */
export async function insertPayment(
  trx: Transaction<Database>,
  input: PaymentInput,
  now: Date,
): Promise<{ paymentId: number; appliedCents: number }> {
  const { id } = await trx
    .insertInto('payments')
    .values({
      client_id: input.clientId,
      received_on: input.receivedOn,
      method: input.method,
      reference: input.reference,
      payer: input.from,
      amount_cents: input.amountCents,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const appliedCents = await allocate(
    trx,
    id,
    input.clientId,
    input.amountCents,
    input.chargeIds,
    now,
  );
  return { paymentId: id, appliedCents };
}

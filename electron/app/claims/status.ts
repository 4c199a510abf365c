import type { Kysely } from 'kysely';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/domain/claims.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited } from '../audit/audit.ts';
import { chargeDues } from '../billing/dues.ts';
import { requireOpenDay } from '../billing/day.ts';
import { insertAdjustment } from '../billing/adjustments.ts';
import { insertPayment } from '../billing/payments.ts';
import type { Database } from '../db/schema.ts';
import type { AppContext } from '../context.ts';
import { getPractice } from '../settings/settings.ts';
import { claimCharges, requireClaim, type ClaimRow } from './claims.ts';

/** Where a claim may go from each state by hand. Paid and denied are final. */
const NEXT: Record<ClaimStatus, readonly ClaimStatus[]> = {
  ready: ['exported', 'denied'],
  exported: ['ready', 'denied'],
  paid: [],
  denied: [],
};

function refuseFinal(claim: ClaimRow): never {
  throw new AccordError(
    'CONFLICT',
    claim.status === 'paid'
      ? `Claim #${claim.id} is paid; its status no longer changes. Record corrections on the client’s billing.`
      : `Claim #${claim.id} was denied and stays denied. To send its charges again, create a new claim from them under New claims.`,
  );
}

export async function setClaimStatus(
  ctx: AppContext,
  input: ParsedInput<'claims.setStatus'>,
): Promise<void> {
  const claim = await requireClaim(ctx.db, input.id);
  if (claim.status === input.status) {
    throw new AccordError(
      'CONFLICT',
      `Claim #${claim.id} is already ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}.`,
    );
  }
  if (!NEXT[claim.status].includes(input.status)) refuseFinal(claim);
  const at = ctx.clock.now().toISOString();
  await audited(
    ctx,
    (trx) =>
      trx
        .updateTable('claims')
        .set({
          status: input.status,
          status_note: input.note,
          status_changed_at: at,
          ...(input.status === 'exported' && claim.exported_at === null ? { exported_at: at } : {}),
        })
        .where('id', '=', claim.id)
        .execute(),
    {
      action: 'claim.status_changed',
      entity: 'claim',
      entityId: String(claim.id),
      clientId: claim.client_id,
      summary: `Claim #${claim.id}: ${CLAIM_STATUS_LABELS[claim.status]} → ${CLAIM_STATUS_LABELS[input.status]}`,
    },
  );
}

/** Spreads `cents` over the dues in order, each taking at most what it can. */
function spread(cents: number, room: readonly number[]): number[] {
  let left = cents;
  return room.map((r) => {
    const part = Math.min(left, r);
    left -= part;
    return part;
  });
}

/** Where an insurer's payment went beyond what it was expected to pay on the claim. */
export interface ClaimPaymentResult {
  /** Applied to what the insurer owed on the client's other charges. */
  otherChargesCents: number;
  /** Not applied to anything: the client's credit. */
  creditCents: number;
}

/**
 * The payer's payment on a claim: one insurer payment applied to the claim's charges first (the
 * ledger's `allocate` pays the insurer's share of each, in line order), the contractual adjustment
 * on what the insurer still owed after it, and the claim marked paid, in one audited transaction.
 */
export async function postClaimPayment(
  ctx: AppContext,
  input: ParsedInput<'claims.postPayment'>,
): Promise<ClaimPaymentResult> {
  const claim = await requireClaim(ctx.db, input.claimId);
  if (claim.status === 'paid' || claim.status === 'denied') {
    throw new AccordError(
      'CONFLICT',
      claim.status === 'paid'
        ? `Claim #${claim.id} is already paid. Record a later payment on the client’s billing.`
        : `Claim #${claim.id} was denied. Record the payment on the claim that resent its charges, or on the client’s billing.`,
    );
  }
  await requireOpenDay(ctx.db, input.receivedOn);
  const currency = (await getPractice(ctx.db)).currency;
  const money = (cents: number) => formatMoney(cents, currency);

  const chargeIds = (await claimCharges(ctx.db, claim.id)).map((c) => c.id);
  const claimDues = async (db: Kysely<Database>) => {
    const dues = new Map(
      (await chargeDues(db, { clientId: claim.client_id })).map((d) => [d.id, d]),
    );
    return chargeIds.map((id) => dues.get(id));
  };
  const dues = await claimDues(ctx.db);
  const payerDue = dues.reduce((s, d) => s + (d?.payerDueCents ?? 0), 0);
  const owed = dues.reduce((s, d) => s + (d?.payerDueCents ?? 0) + (d?.clientDueCents ?? 0), 0);
  if (input.amountCents > owed) {
    throw new AccordError(
      'VALIDATION',
      `That is more than is still owed on this claim’s services (${money(owed)}). Record the extra as an insurer payment on the client’s billing.`,
      { fields: { amountCents: `At most ${money(owed)}.` } },
    );
  }
  const adjustable = Math.max(0, payerDue - input.amountCents);
  if (input.adjustmentCents > adjustable) {
    throw new AccordError(
      'VALIDATION',
      `The adjustment can be at most ${money(adjustable)}: what the insurer still owed after this payment.`,
      { fields: { adjustmentCents: `At most ${money(adjustable)}.` } },
    );
  }

  const now = ctx.clock.now();
  return audited(
    ctx,
    async (trx) => {
      const { appliedCents } = await insertPayment(
        trx,
        {
          clientId: claim.client_id,
          receivedOn: input.receivedOn,
          method: input.method,
          reference: input.reference,
          from: 'payer',
          amountCents: input.amountCents,
          chargeIds,
        },
        now,
      );
      // What the insurer still owes on each line after its payment takes the adjustment.
      const payerLeft = (await claimDues(trx)).map((d) => d?.payerDueCents ?? 0);
      const adjustments = spread(input.adjustmentCents, payerLeft);
      for (const [i, chargeId] of chargeIds.entries()) {
        const amountCents = adjustments[i] ?? 0;
        if (amountCents === 0) continue;
        await insertAdjustment(
          trx,
          {
            clientId: claim.client_id,
            chargeId,
            kind: 'adjustment',
            amountCents,
            reason: input.adjustmentReason,
            on: input.receivedOn,
          },
          now,
        );
      }
      await trx
        .updateTable('claims')
        .set({
          status: 'paid',
          status_note: `Received ${input.receivedOn}${input.reference ? ` · ${input.reference}` : ''}`,
          status_changed_at: now.toISOString(),
        })
        .where('id', '=', claim.id)
        .execute();
      return {
        otherChargesCents: appliedCents - Math.min(input.amountCents, payerDue),
        creditCents: input.amountCents - appliedCents,
      };
    },
    {
      action: 'claim.payment_posted',
      entity: 'claim',
      entityId: String(claim.id),
      clientId: claim.client_id,
      summary: `Insurer payment of ${money(input.amountCents)} by ${input.method} posted to claim #${claim.id}${input.adjustmentCents > 0 ? `, adjustment ${money(input.adjustmentCents)}` : ''}`,
    },
  );
}

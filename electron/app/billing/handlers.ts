import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { requireAppointment } from '../scheduling/appointments.ts';
import { getPractice, putSetting } from '../settings/settings.ts';
import { dateInZone } from '../../../shared/dates.ts';
import type { Ledger } from '../../../shared/domain/billing.ts';
import { insertAdjustment } from './adjustments.ts';
import { insertFeeArrangement, priceSession } from './fees.ts';
import { allocate, ledgerOf } from './ledger.ts';
import { insertPayment } from './payments.ts';
import {
  closeDay,
  endOfDay,
  insertFeeCharge,
  insertSessionCharge,
  postDay,
  requireOpenDay,
} from './day.ts';

async function money(ctx: AppContext, cents: number): Promise<string> {
  return formatMoney(cents, (await getPractice(ctx.db)).currency);
}

/** The ledger as of today in the practice's time zone (today picks the fee in force). */
async function ledgerFor(ctx: AppContext, clientId: number): Promise<Ledger> {
  const { timeZone } = await getPractice(ctx.db);
  return ledgerOf(ctx.db, clientId, dateInZone(ctx.clock.now(), timeZone));
}

export const billingHandlers: DomainHandlers<'billing'> = {
  'billing.ledger': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    return ledgerFor(ctx, clientId);
  },

  'billing.postSession': async ({ appointmentId, responsible, serviceCode }, ctx) => {
    const session = await requireAppointment(ctx.db, appointmentId);
    if (session.status !== 'attended') {
      throw new AccordError(
        'CONFLICT',
        'Only an attended session is charged. Late cancels and no-shows are charged through their fee.',
      );
    }
    const existing = await ctx.db
      .selectFrom('charges')
      .select('id')
      .where('appointment_id', '=', appointmentId)
      .executeTakeFirst();
    if (existing) throw new AccordError('CONFLICT', 'This session is already charged.');
    await requireOpenDay(ctx.db, session.local_date);
    // Priced before writing so a refusal (no insurance, no such service) writes nothing.
    const priced = await priceSession(ctx.db, session, { responsible, serviceCode });
    await audited(
      ctx,
      (trx) => insertSessionCharge(trx, session, { responsible, serviceCode }, ctx.clock.now()),
      {
        action: 'charge.posted',
        entity: 'charge',
        entityId: String(appointmentId),
        clientId: session.client_id,
        summary: `Session of ${session.local_date} charged ${await money(ctx, priced.amountCents)}`,
      },
    );
    return ledgerFor(ctx, session.client_id);
  },

  'billing.setFeeArrangement': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    const kind = { standard: 'Standard fee', rate: 'Own rate', sliding: 'Sliding scale' }[
      input.kind
    ];
    await audited(ctx, (trx) => insertFeeArrangement(trx, input, ctx.clock.now()), {
      action: 'fee.arrangement_set',
      entity: 'fee_arrangement',
      clientId: input.clientId,
      // The reason can be personal (income, hardship): it stays out of the audit trail.
      summary: `${kind} from ${input.effectiveFrom}`,
    });
    return ledgerFor(ctx, input.clientId);
  },

  'billing.postFee': async ({ feeId }, ctx) => {
    const fee = await ctx.db
      .selectFrom('policy_fees')
      .selectAll()
      .where('id', '=', feeId)
      .executeTakeFirst();
    if (!fee) throw new AccordError('NOT_FOUND', 'That fee could not be found.');
    if (fee.status !== 'pending')
      throw new AccordError('CONFLICT', `This fee is already ${fee.status}.`);
    const session = await requireAppointment(ctx.db, fee.appointment_id);
    await requireOpenDay(ctx.db, session.local_date);
    await audited(ctx, (trx) => insertFeeCharge(trx, fee, session.local_date, ctx.clock.now()), {
      action: 'charge.posted',
      entity: 'charge',
      entityId: `fee-${fee.id}`,
      clientId: fee.client_id,
      summary: `${fee.kind === 'no_show' ? 'No-show' : 'Late cancellation'} fee of ${session.local_date} charged`,
    });
    return ledgerFor(ctx, fee.client_id);
  },

  'billing.recordPayment': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    await requireOpenDay(ctx.db, input.receivedOn);
    const now = ctx.clock.now();
    const { appliedCents: applied } = await audited(ctx, (trx) => insertPayment(trx, input, now), {
      action: 'payment.recorded',
      entity: 'payment',
      clientId: input.clientId,
      summary: `Payment of ${await money(ctx, input.amountCents)} by ${input.method} received ${input.receivedOn}`,
    });
    const ledger = await ledgerFor(ctx, input.clientId);
    const left = input.amountCents - applied;
    return {
      ...ledger,
      note:
        left > 0
          ? `${await money(ctx, left)} more than ${input.from === 'payer' ? 'the insurer was expected to pay' : 'was owed'} is kept as credit for this client.`
          : null,
    };
  },

  'billing.adjust': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    await requireOpenDay(ctx.db, input.on);
    if (input.chargeId !== null) {
      const open = (await ledgerFor(ctx, input.clientId)).openCharges.find(
        (c) => c.id === input.chargeId,
      );
      if (!open) {
        throw new AccordError('VALIDATION', 'Choose an open charge of this client.', {
          fields: { chargeId: 'Not an open charge of this client.' },
        });
      }
      if (input.amountCents > open.dueCents) {
        throw new AccordError(
          'VALIDATION',
          `At most ${await money(ctx, open.dueCents)} is still due on this charge.`,
          {
            fields: { amountCents: 'More than is due on the charge.' },
          },
        );
      }
    }
    await audited(ctx, (trx) => insertAdjustment(trx, input, ctx.clock.now()), {
      action: 'adjustment.recorded',
      entity: 'adjustment',
      clientId: input.clientId,
      summary: `${input.kind === 'write_off' ? 'Write-off' : 'Adjustment'} of ${await money(ctx, input.amountCents)}`,
    });
    return ledgerFor(ctx, input.clientId);
  },

  'billing.refund': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    await requireOpenDay(ctx.db, input.on);
    const { creditCents } = await ledgerFor(ctx, input.clientId);
    if (input.amountCents > creditCents) {
      throw new AccordError(
        'VALIDATION',
        `Only the client’s credit can be refunded: ${await money(ctx, creditCents)}.`,
        {
          fields: { amountCents: 'More than the client’s credit.' },
        },
      );
    }
    await audited(
      ctx,
      (trx) =>
        trx
          .insertInto('refunds')
          .values({
            client_id: input.clientId,
            amount_cents: input.amountCents,
            method: input.method,
            reference: input.reference,
            refunded_on: input.on,
            created_at: ctx.clock.now().toISOString(),
          })
          .execute(),
      {
        action: 'refund.recorded',
        entity: 'refund',
        clientId: input.clientId,
        summary: `Refund of ${await money(ctx, input.amountCents)} by ${input.method}`,
      },
    );
    return ledgerFor(ctx, input.clientId);
  },

  'billing.applyCredit': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const ledger = await ledgerFor(ctx, clientId);
    if (ledger.creditCents <= 0 || ledger.openCharges.length === 0) {
      throw new AccordError(
        'CONFLICT',
        'There is no credit to apply, or nothing open to apply it to.',
      );
    }
    const payments = await ctx.db
      .selectFrom('payments')
      .leftJoin('allocations', 'allocations.payment_id', 'payments.id')
      .select(['payments.id', 'payments.amount_cents'])
      .select((eb) =>
        eb.fn.coalesce(eb.fn.sum<number>('allocations.amount_cents'), eb.val(0)).as('used'),
      )
      .where('payments.client_id', '=', clientId)
      .groupBy('payments.id')
      .orderBy('payments.received_on')
      .orderBy('payments.id')
      .execute();
    let credit = ledger.creditCents;
    await audited(
      ctx,
      async (trx) => {
        for (const p of payments) {
          const free = Math.min(credit, p.amount_cents - Number(p.used));
          if (free <= 0) continue;
          credit -= await allocate(trx, p.id, clientId, free, [], ctx.clock.now());
          if (credit === 0) break;
        }
        // Refused inside the transaction, so the audit event goes too: nothing was applied.
        if (credit === ledger.creditCents) {
          throw new AccordError(
            'CONFLICT',
            'Nothing open can take this credit: the client’s money pays what the client owes, and an insurer’s what the insurer is expected to pay.',
          );
        }
      },
      {
        action: 'credit.applied',
        entity: 'payment',
        clientId,
        summary: 'Credit applied to open charges',
      },
    );
    return ledgerFor(ctx, clientId);
  },

  'billing.endOfDay': async ({ day }, ctx) => {
    const { timeZone } = await getPractice(ctx.db);
    const date = day ?? dateInZone(ctx.clock.now(), timeZone);
    return endOfDay(ctx.db, date, timeZone, dateInZone(ctx.clock.now(), timeZone));
  },

  'billing.postDay': async ({ day }, ctx) => {
    const { timeZone } = await getPractice(ctx.db);
    await audited(
      ctx,
      (trx) => postDay(trx, day, timeZone, ctx.clock.now()),
      (n) => ({
        action: 'charge.posted',
        entity: 'day',
        entityId: day,
        summary: `${n} charges posted for ${day}`,
      }),
    );
    return endOfDay(ctx.db, day, timeZone, dateInZone(ctx.clock.now(), timeZone));
  },

  'billing.closeDay': async ({ day }, ctx) => {
    const { timeZone } = await getPractice(ctx.db);
    const today = dateInZone(ctx.clock.now(), timeZone);
    const summary = await endOfDay(ctx.db, day, timeZone, today);
    await audited(ctx, (trx) => closeDay(trx, summary, ctx.clock.now()), {
      action: 'day.closed',
      entity: 'day',
      entityId: day,
      summary: `Day ${day} closed: ${await money(ctx, summary.totals.chargedCents)} charged, ${await money(ctx, summary.totals.paidCents)} received`,
    });
    return endOfDay(ctx.db, day, timeZone, today);
  },

  'billing.saveSettings': async (settings, ctx) => {
    await audited(ctx, (trx) => putSetting(trx, 'billing', settings, ctx.clock.now()), {
      action: 'settings.billing_updated',
      entity: 'settings',
      entityId: 'billing',
      summary: settings.requireSignedNote
        ? 'Charges wait for signed notes'
        : 'Charges no longer wait for signed notes',
    });
    return settings;
  },
};

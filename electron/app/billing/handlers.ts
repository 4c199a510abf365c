import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { requireAppointment } from '../scheduling/appointments.ts';
import { getService } from '../services/services.ts';
import { getPractice } from '../settings/settings.ts';
import { allocate, ledgerOf } from './ledger.ts';

async function money(ctx: AppContext, cents: number): Promise<string> {
  return formatMoney(cents, (await getPractice(ctx.db)).currency);
}

export const billingHandlers: DomainHandlers<'billing'> = {
  'billing.ledger': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    return ledgerOf(ctx.db, clientId);
  },

  'billing.postSession': async ({ appointmentId, responsible }, ctx) => {
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
    const service = await getService(ctx.db, session.service_id);
    const now = ctx.clock.now().toISOString();
    await audited(
      ctx,
      (trx) =>
        trx
          .insertInto('charges')
          .values({
            client_id: session.client_id,
            appointment_id: appointmentId,
            policy_fee_id: null,
            service_date: session.local_date,
            description: `${service.code} ${service.label}`,
            service_code: service.code,
            modifiers: session.modifiers,
            place_of_service: session.place_of_service,
            units: 1,
            amount_cents: service.feeCents,
            responsible,
            created_at: now,
          })
          .execute(),
      {
        action: 'charge.posted',
        entity: 'charge',
        entityId: String(appointmentId),
        clientId: session.client_id,
        summary: `Session of ${session.local_date} charged ${await money(ctx, service.feeCents)}`,
      },
    );
    return ledgerOf(ctx.db, session.client_id);
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
    const now = ctx.clock.now().toISOString();
    await audited(
      ctx,
      async (trx) => {
        await trx
          .insertInto('charges')
          .values({
            client_id: fee.client_id,
            appointment_id: null,
            policy_fee_id: fee.id,
            service_date: session.local_date,
            description: fee.kind === 'no_show' ? 'No-show fee' : 'Late cancellation fee',
            service_code: null,
            modifiers: '[]',
            place_of_service: null,
            units: 1,
            amount_cents: fee.amount_cents,
            responsible: 'client',
            created_at: now,
          })
          .execute();
        await trx
          .updateTable('policy_fees')
          .set({ status: 'billed', resolved_at: now })
          .where('id', '=', fee.id)
          .execute();
      },
      {
        action: 'charge.posted',
        entity: 'charge',
        entityId: `fee-${fee.id}`,
        clientId: fee.client_id,
        summary: `${fee.kind === 'no_show' ? 'No-show' : 'Late cancellation'} fee of ${session.local_date} charged`,
      },
    );
    return ledgerOf(ctx.db, fee.client_id);
  },

  'billing.recordPayment': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    const now = ctx.clock.now();
    const applied = await audited(
      ctx,
      async (trx) => {
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
        return allocate(trx, id, input.clientId, input.amountCents, input.chargeIds, now);
      },
      {
        action: 'payment.recorded',
        entity: 'payment',
        clientId: input.clientId,
        summary: `Payment of ${await money(ctx, input.amountCents)} by ${input.method} received ${input.receivedOn}`,
      },
    );
    const ledger = await ledgerOf(ctx.db, input.clientId);
    const left = input.amountCents - applied;
    return {
      ...ledger,
      note:
        left > 0
          ? `${await money(ctx, left)} more than was owed is kept as credit for this client.`
          : null,
    };
  },

  'billing.adjust': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    if (input.chargeId !== null) {
      const open = (await ledgerOf(ctx.db, input.clientId)).openCharges.find(
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
    await audited(
      ctx,
      (trx) =>
        trx
          .insertInto('adjustments')
          .values({
            client_id: input.clientId,
            charge_id: input.chargeId,
            kind: input.kind,
            amount_cents: input.amountCents,
            reason: input.reason,
            adjusted_on: input.on,
            created_at: ctx.clock.now().toISOString(),
          })
          .execute(),
      {
        action: 'adjustment.recorded',
        entity: 'adjustment',
        clientId: input.clientId,
        summary: `${input.kind === 'write_off' ? 'Write-off' : 'Adjustment'} of ${await money(ctx, input.amountCents)}`,
      },
    );
    return ledgerOf(ctx.db, input.clientId);
  },

  'billing.refund': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    const { creditCents } = await ledgerOf(ctx.db, input.clientId);
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
    return ledgerOf(ctx.db, input.clientId);
  },

  'billing.applyCredit': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const ledger = await ledgerOf(ctx.db, clientId);
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
      },
      {
        action: 'credit.applied',
        entity: 'payment',
        clientId,
        summary: 'Credit applied to open charges',
      },
    );
    return ledgerOf(ctx.db, clientId);
  },
};

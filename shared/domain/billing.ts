import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { id, line } from './text.ts';

/** A positive amount of money in cents: whole, not absurd. */
export const amount = (label: string) =>
  z
    .number(`Enter ${label}.`)
    .int(`${label} must be whole cents.`)
    .positive(`${label} must be more than zero.`)
    .max(100_000_00, `${label} can be at most $100,000.`);

export const PAYMENT_METHODS = ['cash', 'check', 'card', 'transfer'] as const;
export const PAYMENT_METHOD_LABELS: Record<(typeof PAYMENT_METHODS)[number], string> = {
  cash: 'Cash',
  check: 'Check',
  card: 'Card (taken outside Accord)',
  transfer: 'Bank transfer',
};

export const paymentInput = z
  .strictObject({
    clientId: id('client'),
    receivedOn: isoDate,
    method: z.enum(PAYMENT_METHODS, 'Choose how it was paid.'),
    /** Check number or card/transfer reference. */
    reference: line(60, 'Reference'),
    from: z.enum(['client', 'payer'], 'Choose who paid.'),
    amountCents: amount('The amount'),
    /** Charges to pay, in order; empty: the oldest open charges first. */
    chargeIds: z.array(id('charge')).max(100).default([]),
  })
  .refine((p) => p.method !== 'check' || p.reference.length > 0, {
    message: 'Enter the check number.',
    path: ['reference'],
  });

export const adjustmentInput = z.strictObject({
  clientId: id('client'),
  chargeId: id('charge').nullable(),
  kind: z.enum(['write_off', 'adjustment'], 'Choose write-off or adjustment.'),
  amountCents: amount('The amount'),
  reason: line(300, 'Reason').refine((v) => v.length > 0, 'Say why.'),
  on: isoDate,
});

export const refundInput = z.strictObject({
  clientId: id('client'),
  amountCents: amount('The refund'),
  method: z.enum(PAYMENT_METHODS, 'Choose how it was refunded.'),
  reference: line(60, 'Reference'),
  on: isoDate,
});

export const ledgerLine = z.strictObject({
  kind: z.enum(['charge', 'payment', 'adjustment', 'refund']),
  id: z.number().int(),
  on: z.string(),
  description: z.string(),
  /** What the line does to the balance: charges and refunds add, payments and adjustments take away. */
  amountCents: z.number().int(),
  balanceCents: z.number().int(),
});
export type LedgerLine = z.infer<typeof ledgerLine>;

export const ledger = z.strictObject({
  lines: z.array(ledgerLine),
  balanceCents: z.number().int(),
  /** Money received and not yet applied to a charge (or refunded). */
  creditCents: z.number().int(),
  openCharges: z.array(
    z.strictObject({
      id: z.number().int(),
      on: z.string(),
      description: z.string(),
      dueCents: z.number().int(),
    }),
  ),
});
export type Ledger = z.infer<typeof ledger>;

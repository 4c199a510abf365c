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

/** The psychotherapy time rule: the code that fits the minutes actually spent. */
export function codeForMinutes(minutes: number): '90832' | '90834' | '90837' | null {
  if (minutes >= 53) return '90837';
  if (minutes >= 38) return '90834';
  if (minutes >= 16) return '90832';
  return null;
}

const TIME_RULE_CODES = new Set(['90832', '90834', '90837']);
export function isTimedPsychotherapy(code: string): boolean {
  return TIME_RULE_CODES.has(code);
}

export const endOfDayRow = z.strictObject({
  appointmentId: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  time: z.string(),
  durationMin: z.number().int(),
  status: z.string(),
  serviceCode: z.string(),
  /** A better-fitting code by the time rule, when it differs from the booked one. */
  suggestedCode: z.string().nullable(),
  note: z.enum(['missing', 'draft', 'signed', 'not_needed']),
  charge: z.strictObject({
    state: z.enum(['posted', 'suggested', 'none', 'waiting_for_note']),
    amountCents: z.number().int(),
  }),
  fee: z
    .strictObject({
      id: z.number().int(),
      kind: z.string(),
      amountCents: z.number().int(),
      status: z.string(),
    })
    .nullable(),
  paidTodayCents: z.number().int(),
  balanceCents: z.number().int(),
});

export const endOfDay = z.strictObject({
  day: z.string(),
  closed: z.boolean(),
  rows: z.array(endOfDayRow),
  totals: z.strictObject({
    chargedCents: z.number().int(),
    paidCents: z.number().int(),
    byService: z.record(z.string(), z.number().int()),
    byMethod: z.record(z.string(), z.number().int()),
  }),
  /** Earlier days that still have attended sessions without a charge, or are not closed. */
  openEarlier: z.array(z.string()),
  /** The practice's choice: charges wait for a signed note. */
  requireSignedNote: z.boolean(),
});
export type EndOfDay = z.infer<typeof endOfDay>;

export const billingSettings = z.strictObject({
  /** Do not post a session's charge until its note is signed. */
  requireSignedNote: z.boolean(),
});
export type BillingSettings = z.infer<typeof billingSettings>;
export const DEFAULT_BILLING_SETTINGS: BillingSettings = { requireSignedNote: false };

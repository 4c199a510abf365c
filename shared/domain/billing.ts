import { z } from 'zod';
import { daysBetween, isoDate } from '../dates.ts';
import { applyBasisPoints, formatMoney } from '../money.ts';
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
  /** A charge's details: how its fee was set and who is expected to pay which part. */
  charge: z
    .strictObject({
      feeBasis: z.string(),
      responsible: z.enum(['client', 'payer']),
      clientShareCents: z.number().int(),
      payerShareCents: z.number().int(),
      clientDueCents: z.number().int(),
      payerDueCents: z.number().int(),
    })
    .nullable(),
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
      /** Everything still due: the client's part plus the payer's. */
      dueCents: z.number().int(),
      clientDueCents: z.number().int(),
      payerDueCents: z.number().int(),
    }),
  ),
  /** Still owed by the client, and still expected from the insurer, over all open charges. */
  clientDueCents: z.number().int(),
  payerDueCents: z.number().int(),
  fee: z.strictObject({
    /** The arrangement in force today; null: the service's standard fee. */
    current: z.lazy(() => feeArrangement).nullable(),
    /** Every arrangement ever set, newest first (kept as history, never edited). */
    history: z.array(z.lazy(() => feeArrangement)),
  }),
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
  /** What the session would be charged under the suggested code (null: no suggestion). */
  suggestedAmountCents: z.number().int().nullable(),
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

export const FEE_KINDS = ['standard', 'rate', 'sliding'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/**
 * A client's own fee from a day on: the service's standard fee, a set rate per session, or a
 * sliding-scale discount off the service's fee. A reason is needed for anything but standard.
 */
export const feeArrangementInput = z
  .strictObject({
    clientId: id('client'),
    kind: z.enum(FEE_KINDS, 'Choose the standard fee, a set rate or a sliding scale.'),
    rateCents: amount('The rate').nullable().default(null),
    discountBp: z
      .number('Enter the discount as a percentage.')
      .int('The discount can have at most two decimals, like 12.5%.')
      .min(1, 'The discount must be more than 0%.')
      // A charge is never zero: a session given at no cost is charged and written off, so
      // the ledger still shows it.
      .max(9_900, 'The discount can be at most 99%. For a free session, write the charge off.')
      .nullable()
      .default(null),
    reason: line(300, 'Reason'),
    effectiveFrom: isoDate,
  })
  .superRefine((f, issue) => {
    if (f.kind === 'rate' && f.rateCents === null)
      issue.addIssue({ code: 'custom', path: ['rateCents'], message: 'Enter the client’s rate.' });
    if (f.kind === 'sliding' && f.discountBp === null)
      issue.addIssue({
        code: 'custom',
        path: ['discountBp'],
        message: 'Enter the sliding-scale discount.',
      });
    if (f.kind !== 'standard' && f.reason.length === 0)
      issue.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why this client has their own fee.',
      });
  });
export type FeeArrangementInput = z.infer<typeof feeArrangementInput>;

export const feeArrangement = z.strictObject({
  id: z.number().int(),
  kind: z.enum(FEE_KINDS),
  rateCents: z.number().int().nullable(),
  discountBp: z.number().int().nullable(),
  reason: z.string(),
  effectiveFrom: z.string(),
  /** In words, e.g. "Sliding scale 40% (reduced income)". */
  description: z.string(),
});
export type FeeArrangement = z.infer<typeof feeArrangement>;

/** The arrangement in force on a day, from a history newest first: the latest started by then. */
export function arrangementOn<A extends Pick<FeeArrangement, 'effectiveFrom'>>(
  history: readonly A[],
  day: string,
): A | null {
  return history.find((a) => a.effectiveFrom <= day) ?? null;
}

/** "40%", "12.5%": basis points as a percentage, without trailing zeros. */
export function percentText(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** "40", "12.5", "12.50%" as basis points; null when it is not a percentage with ≤ 2 decimals. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

type Arrangement = Pick<FeeArrangement, 'kind' | 'rateCents' | 'discountBp' | 'reason'>;

export function describeArrangement(a: Arrangement | null, currency: string): string {
  const why = a?.reason ? ` (${a.reason})` : '';
  if (!a || a.kind === 'standard') return `Standard fee${why}`;
  if (a.kind === 'rate') return `Client rate ${formatMoney(a.rateCents ?? 0, currency)}${why}`;
  return `Sliding scale ${percentText(a.discountBp ?? 0)}${why}`;
}

/**
 * The fee of a session, the one place its rounding lives:
 * - standard: the service's fee × units;
 * - rate: the client's rate × units;
 * - sliding: discount = round half up (fee × units × bp / 10,000); charged = fee × units − discount,
 *   so the charged amount and the discount always add up to the standard fee exactly.
 */
export function sessionFee(
  serviceFeeCents: number,
  units: number,
  arrangement: Arrangement | null,
): { amountCents: number; standardCents: number; discountCents: number } {
  const standardCents = serviceFeeCents * units;
  if (arrangement?.kind === 'rate' && arrangement.rateCents !== null) {
    return { amountCents: arrangement.rateCents * units, standardCents, discountCents: 0 };
  }
  if (arrangement?.kind === 'sliding' && arrangement.discountBp !== null) {
    const discountCents = applyBasisPoints(standardCents, arrangement.discountBp);
    return { amountCents: standardCents - discountCents, standardCents, discountCents };
  }
  return { amountCents: standardCents, standardCents, discountCents: 0 };
}

/**
 * An insurance charge's split: the client pays the copay plus their coinsurance of the rest
 * (rounded half up), never more than the charge; the payer is expected to pay what remains, so
 * the two parts add up to the charge exactly.
 */
export function insuranceSplit(
  amountCents: number,
  copayCents: number,
  coinsuranceBp: number,
): { clientShareCents: number; payerShareCents: number } {
  const copay = Math.min(copayCents, amountCents);
  const clientShareCents = Math.min(
    amountCents,
    copay + applyBasisPoints(amountCents - copay, coinsuranceBp),
  );
  return { clientShareCents, payerShareCents: amountCents - clientShareCents };
}

export const TIMED_CODES = ['90832', '90834', '90837'] as const;

/** The aging buckets of money still owed, by days from the date of service to the as-of day. */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export const AGING_BUCKET_LABELS: Record<AgingBucket, string> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
};

/**
 * The bucket of a charge dated `serviceDate`, seen on `asOf`: 0-30 days old, 31-60, 61-90, or
 * more than 90. The one rule for invoices, statements and reports. A charge dated after `asOf`
 * counts as current rather than being lost.
 */
export function agingBucket(serviceDate: string, asOf: string): AgingBucket {
  const age = daysBetween(serviceDate, asOf);
  if (age <= 30) return '0-30';
  if (age <= 60) return '31-60';
  if (age <= 90) return '61-90';
  return '90+';
}

/** Cents in each bucket, in the order of AGING_BUCKETS. */
export type BucketCents = [number, number, number, number];

export function emptyBuckets(): BucketCents {
  return [0, 0, 0, 0];
}

/** Adds `cents` owed on a charge of `serviceDate` to its bucket as of `asOf`. */
export function addToBucket(
  buckets: BucketCents,
  serviceDate: string,
  asOf: string,
  cents: number,
): void {
  const i = AGING_BUCKETS.indexOf(agingBucket(serviceDate, asOf));
  buckets[i] = (buckets[i] ?? 0) + cents;
}

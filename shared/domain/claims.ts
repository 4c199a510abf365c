import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { amount, PAYMENT_METHODS } from './billing.ts';
import { id, line, phone } from './text.ts';

export const CLAIM_STATUSES = ['ready', 'exported', 'paid', 'denied'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  ready: 'Ready to send',
  exported: 'Sent',
  paid: 'Paid',
  denied: 'Denied',
};

/** Box 24 of the CMS-1500 has six service lines; a longer claim is split into several. */
export const LINES_PER_CLAIM = 6;

/** Letters and digits (and the dashes some clearinghouses put in their ids). */
const code = (max: number, label: string) =>
  line(max, label).refine(
    (v) => v === '' || /^[A-Za-z0-9-]+$/.test(v),
    `${label} is letters and digits only.`,
  );

/**
 * What the clearinghouse gave the counselor when they signed up, and how claims are filled in.
 * Kept as one setting; the 837P needs the submitter and receiver ids.
 */
export const claimSettings = z.strictObject({
  /** The submitter id (ETIN) the clearinghouse assigned to the practice. */
  submitterId: code(80, 'Submitter ID'),
  submitterName: line(60, 'Submitter name'),
  contactName: line(60, 'Contact name'),
  contactPhone: phone('Contact phone'),
  /** The clearinghouse: its receiver id and name. */
  receiverId: code(80, 'Receiver ID'),
  receiverName: line(60, 'Receiver name'),
  /** The provider taxonomy code, e.g. 101YP2500X for a professional counselor. */
  taxonomyCode: line(10, 'Taxonomy code').refine(
    (v) => v === '' || /^[0-9A-Za-z]{9}X$/.test(v),
    'A taxonomy code is 10 characters ending in X, like 101YP2500X.',
  ),
  /** Where services happen when a charge does not say: 11 office, 10 telehealth at home. */
  placeOfService: z
    .string('Enter a place of service code.')
    .regex(/^\d{2}$/, 'A place of service is two digits, like 11 for an office.'),
  acceptAssignment: z.boolean('Say whether you accept assignment.'),
  signatureOnFile: z.boolean('Say whether the client’s signature is on file.'),
  /** Test files are checked by the clearinghouse but not sent on to payers. */
  fileUse: z.enum(['production', 'test'], 'Choose production or test.'),
});
export type ClaimSettings = z.infer<typeof claimSettings>;

export const DEFAULT_CLAIM_SETTINGS: ClaimSettings = {
  submitterId: '',
  submitterName: '',
  contactName: '',
  contactPhone: '',
  receiverId: '',
  receiverName: '',
  taxonomyCode: '',
  placeOfService: '11',
  acceptAssignment: true,
  signatureOnFile: true,
  fileUse: 'production',
};

export const claimLine = z.strictObject({
  chargeId: z.number().int(),
  lineNumber: z.number().int(),
  serviceDate: z.string(),
  serviceCode: z.string(),
  description: z.string(),
  amountCents: z.number().int(),
});

export const claim = z.strictObject({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  payerName: z.string(),
  payerId: z.string(),
  status: z.enum(CLAIM_STATUSES),
  totalCents: z.number().int(),
  /** The interchange control number of the 837P file it went out in. */
  controlNumber: z.number().int().nullable(),
  statusNote: z.string(),
  createdAt: z.string(),
  exportedAt: z.string().nullable(),
  statusChangedAt: z.string(),
  lines: z.array(claimLine),
  /** Received from the insurer on these charges, and still expected from it. */
  payerPaidCents: z.number().int(),
  payerDueCents: z.number().int(),
  /** Still owed by the client on these charges (all of it once the claim is denied). */
  clientDueCents: z.number().int(),
});
export type Claim = z.infer<typeof claim>;

export const claimList = z.strictObject({
  claims: z.array(claim),
  counts: z.strictObject({
    ready: z.number().int(),
    exported: z.number().int(),
    paid: z.number().int(),
    denied: z.number().int(),
  }),
});
export type ClaimList = z.infer<typeof claimList>;

export const claimListInput = z.strictObject({
  status: z.enum(CLAIM_STATUSES, 'Choose a claim status.').optional(),
});

/** Insurance charges not on a claim yet (or only on denied ones), by client. */
export const claimCandidates = z.strictObject({
  clients: z.array(
    z.strictObject({
      clientId: z.number().int(),
      clientName: z.string(),
      payerName: z.string(),
      /** Why a claim cannot be made yet (no member id, no diagnosis), in plain words. */
      problem: z.string().nullable(),
      charges: z.array(
        z.strictObject({
          id: z.number().int(),
          serviceDate: z.string(),
          serviceCode: z.string(),
          description: z.string(),
          amountCents: z.number().int(),
          payerShareCents: z.number().int(),
          /** The charge was on a claim that was denied: this would resubmit it. */
          denied: z.boolean(),
        }),
      ),
    }),
  ),
});
export type ClaimCandidates = z.infer<typeof claimCandidates>;

export const claimCreateInput = z.strictObject({
  chargeIds: z
    .array(id('charge'), 'Choose the charges to claim.')
    .min(1, 'Choose at least one charge to claim.')
    .max(200, 'Claim at most 200 charges at once.'),
});

export const claimStatusInput = z
  .strictObject({
    id: id('claim'),
    status: z.enum(['denied', 'exported', 'ready'], 'Choose denied, sent or ready.'),
    note: line(300, 'Note'),
  })
  .refine((v) => v.status !== 'denied' || v.note.length > 0, {
    message: 'Say why the claim was denied (from the payer’s notice).',
    path: ['note'],
  });

export const claimPaymentInput = z
  .strictObject({
    claimId: id('claim'),
    receivedOn: isoDate,
    amountCents: amount('The amount paid'),
    /** The payer's check or EFT trace number. */
    reference: line(60, 'Reference'),
    method: z.enum(PAYMENT_METHODS, 'Choose how it was paid.'),
    /** The contractual adjustment on the payer's notice: what the payer's contract writes off. */
    adjustmentCents: z
      .number('Enter the adjustment as an amount.')
      .int('The adjustment must be whole cents.')
      .min(0, 'The adjustment cannot be negative.')
      .max(100_000_00, 'The adjustment can be at most $100,000.')
      .default(0),
    adjustmentReason: line(300, 'Adjustment reason').default(''),
  })
  .refine((p) => p.method !== 'check' || p.reference.length > 0, {
    message: 'Enter the check number.',
    path: ['reference'],
  })
  .refine((p) => p.adjustmentCents === 0 || p.adjustmentReason.length > 0, {
    message: 'Say why (for example “Contractual adjustment, CO-45”).',
    path: ['adjustmentReason'],
  });

export const claimPaymentOutput = z.strictObject({
  claim,
  /** What the counselor should know: money still expected, or the client's part. */
  note: z.string().nullable(),
});

export const claimExportInput = z.strictObject({
  claimIds: z
    .array(id('claim'), 'Choose the claims to send.')
    .min(1, 'Choose at least one claim to send.')
    .max(100, 'Send at most 100 claims in one file.'),
});

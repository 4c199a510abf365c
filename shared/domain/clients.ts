import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { address } from './address.ts';
import { email, id, line, paragraph, phone, requiredLine } from './text.ts';

export const CLIENT_STATUSES = ['active', 'waitlist', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

const birthDate = isoDate.refine((v) => v >= '1900-01-01', 'Enter a date of birth after 1900.');

export const contactPreferences = z.strictObject({
  preferredChannel: z.enum(
    ['phone', 'text', 'email', 'none'],
    'Choose how the client prefers to be contacted.',
  ),
  voicemailOk: z.boolean(),
  textOk: z.boolean(),
  emailOk: z.boolean(),
});
export type ContactPreferences = z.infer<typeof contactPreferences>;

export const emergencyContact = z.strictObject({
  name: line(200, 'Emergency contact name'),
  relationship: line(100, 'Relationship'),
  phone: phone('Emergency contact phone'),
});

/** What the counselor edits on the client form. Status changes have their own channels. */
export const clientFields = z.strictObject({
  legalFirstName: requiredLine(100, 'Legal first name'),
  legalMiddleName: line(100, 'Middle name'),
  legalLastName: requiredLine(100, 'Legal last name'),
  preferredName: line(100, 'Preferred name'),
  pronouns: line(40, 'Pronouns'),
  dateOfBirth: birthDate.nullable(),
  phone: phone(),
  email: email(),
  address,
  contactPreferences,
  emergencyContact,
  referralSource: line(200, 'Referral source'),
  counselorNotes: paragraph(10_000, 'Notes'),
});
export type ClientFields = z.infer<typeof clientFields>;

export const clientCreateInput = clientFields.extend({
  status: z.enum(['active', 'waitlist'], 'A new client is active or on the waitlist.'),
});

export const clientUpdateInput = clientFields.extend({ id: id('client') });

export const subscriber = z.strictObject({
  relationship: z.enum(['spouse', 'child', 'other'], 'Choose how the subscriber is related.'),
  name: requiredLine(200, 'Subscriber name'),
  dateOfBirth: birthDate,
});

const centsAmount = (label: string) =>
  z
    .number(`Enter ${label} as an amount.`)
    .int(`${label} must be whole cents.`)
    .min(0, `${label} cannot be negative.`)
    .max(100_000_00, `${label} looks too large.`);

export const insurance = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('self_pay') }),
    z.strictObject({
      kind: z.literal('insurance'),
      payerName: requiredLine(200, 'Payer name'),
      payerId: line(20, 'Payer ID').refine(
        (v) => v === '' || /^[A-Za-z0-9]{2,20}$/.test(v),
        'A payer ID is letters and digits only.',
      ),
      memberId: requiredLine(40, 'Member ID'),
      groupNumber: line(40, 'Group number'),
      /** null: the client is the subscriber. */
      subscriber: subscriber.nullable(),
      copayCents: centsAmount('Copay'),
      /** The client's share after the copay, in basis points; 0 for records saved before it. */
      coinsuranceBp: z
        .number('Enter the coinsurance as a percentage.')
        .int('Coinsurance can have at most two decimals, like 12.5%.')
        .min(0, 'Coinsurance cannot be negative.')
        .max(10_000, 'Coinsurance can be at most 100%.')
        .default(0),
    }),
  ],
  'Choose self-pay or insurance.',
);
export type Insurance = z.infer<typeof insurance>;

export const diagnosisInput = z.strictObject({
  code: z.string('Enter an ICD-10-CM code.').max(10, 'That is not an ICD-10-CM code.'),
  /** Needed only for codes outside Accord's list. */
  title: line(300, 'Diagnosis title').optional(),
  diagnosedOn: isoDate,
});

export const diagnosesInput = z.strictObject({
  clientId: id('client'),
  /** In order: the first is the primary diagnosis. */
  diagnoses: z.array(diagnosisInput).max(12, 'A claim carries at most 12 diagnoses.'),
});

export const diagnosis = z.strictObject({
  code: z.string(),
  title: z.string(),
  rank: z.number().int(),
  diagnosedOn: z.string(),
});
export type Diagnosis = z.infer<typeof diagnosis>;

export const CONSENT_KINDS = ['treatment', 'telehealth', 'release'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_LABELS: Record<ConsentKind, string> = {
  treatment: 'Informed consent to treatment',
  telehealth: 'Telehealth consent',
  release: 'Release of information',
};

export const signature = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('typed'), name: requiredLine(200, 'Signature') }),
    z.strictObject({
      kind: z.literal('drawn'),
      name: requiredLine(200, 'Name of the signer'),
      /** A PNG data URL from the signature pad. */
      image: z
        .string()
        .max(300_000, 'The drawn signature is too large. Clear it and sign again.')
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'Draw the signature again.'),
    }),
  ],
  'The client must sign.',
);
export type Signature = z.infer<typeof signature>;

export const release = z.strictObject({
  to: requiredLine(300, 'Who the information goes to'),
  what: requiredLine(1_000, 'What may be shared'),
  until: isoDate,
});

export const consentInput = z
  .strictObject({
    clientId: id('client'),
    kind: z.enum(CONSENT_KINDS, 'Choose the kind of consent.'),
    text: paragraph(50_000, 'Consent text').refine((v) => v.length > 0, 'Enter the consent text.'),
    signedOn: isoDate,
    signature,
    release: release.nullable(),
  })
  .refine((v) => (v.kind === 'release') === (v.release !== null), {
    message: 'A release of information says who receives what, and until when.',
    path: ['release'],
  })
  .refine((v) => !v.release || v.release.until >= v.signedOn, {
    message: 'The release must end on or after the day it is signed.',
    path: ['release', 'until'],
  });

export const consentRevokeInput = z.strictObject({
  id: id('consent'),
  revokedOn: isoDate,
  reason: line(500, 'Reason'),
});

export const consent = z.strictObject({
  id: z.number().int(),
  kind: z.enum(CONSENT_KINDS),
  text: z.string(),
  signedOn: z.string(),
  signature,
  release: release.nullable(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type Consent = z.infer<typeof consent>;

export const clientSummary = z.strictObject({
  id: z.number().int(),
  legalFirstName: z.string(),
  legalLastName: z.string(),
  preferredName: z.string(),
  pronouns: z.string(),
  dateOfBirth: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  status: z.enum(CLIENT_STATUSES),
});
export type ClientSummary = z.infer<typeof clientSummary>;

export const client = clientFields.extend({
  id: z.number().int(),
  status: z.enum(CLIENT_STATUSES),
  dischargedOn: z.string().nullable(),
  dischargeReason: z.string().nullable(),
  insurance: insurance.nullable(),
  diagnoses: z.array(diagnosis),
  consents: z.array(consent),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof client>;

export const clientListInput = z.strictObject({
  query: line(200, 'Search').default(''),
  status: z.enum([...CLIENT_STATUSES, 'all'], 'Choose a status.').default('active'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const clientList = z.strictObject({
  clients: z.array(clientSummary),
  total: z.number().int(),
});

export const dischargeInput = z.strictObject({
  id: id('client'),
  dischargedOn: isoDate,
  reason: requiredLine(500, 'Reason for discharge'),
});

export const reactivateInput = z.strictObject({
  id: id('client'),
  status: z.enum(['active', 'waitlist'], 'Choose active or waitlist.'),
});

/** The name a counselor uses for a client: preferred first name if any, then last name. */
export function displayName(c: {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
}): string {
  return `${c.preferredName || c.legalFirstName} ${c.legalLastName}`;
}

export function initials(c: {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
}): string {
  const first = [...(c.preferredName || c.legalFirstName)][0] ?? '';
  const last = [...c.legalLastName][0] ?? '';
  return `${first}${last}`.toUpperCase();
}

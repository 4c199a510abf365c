import { z } from 'zod';
import { addDays, isoDate } from '../dates.ts';
import { isIcd10Format, normalizeIcd10 } from '../icd10.ts';
import { amount } from './billing.ts';
import { id, paragraph, requiredLine } from './text.ts';

/**
 * Under the US No Surprises Act a self-pay client may dispute a bill that is $400 or more above
 * their Good Faith Estimate. Accord warns a little before that line is reached.
 */
export const DISPUTE_MARGIN_CENTS = 400_00;
export const APPROACH_MARGIN_CENTS = 100_00;

export const ESTIMATE_WARNINGS = ['ok', 'approaching', 'exceeded'] as const;
export type EstimateWarning = (typeof ESTIMATE_WARNINGS)[number];

/**
 * How what was billed in an estimate's period compares with it: 'exceeded' above the estimate
 * plus $400, 'approaching' from $100 below that line, 'ok' below.
 */
export function estimateWarning(billedCents: number, totalCents: number): EstimateWarning {
  const line = totalCents + DISPUTE_MARGIN_CENTS;
  if (billedCents > line) return 'exceeded';
  if (billedCents >= line - APPROACH_MARGIN_CENTS) return 'approaching';
  return 'ok';
}

export const estimateItem = z.strictObject({
  serviceCode: requiredLine(20, 'Service code'),
  label: requiredLine(200, 'Service description'),
  quantity: z
    .number('Enter how many.')
    .int('Enter a whole number of sessions.')
    .min(1, 'Expect at least one.')
    .max(200, 'At most 200 in one estimate.'),
  unitCents: amount('The expected charge'),
});
export type EstimateItem = z.infer<typeof estimateItem>;

const diagnosisCode = z
  .string('Enter an ICD-10-CM code.')
  .max(10, 'That is not an ICD-10-CM code.')
  .transform(normalizeIcd10)
  .refine(isIcd10Format, 'Enter an ICD-10-CM code like F41.1.');

export const estimateCreateInput = z
  .strictObject({
    clientId: id('client'),
    issuedOn: isoDate,
    primaryService: requiredLine(200, 'Primary service'),
    expectedDate: isoDate,
    items: z
      .array(estimateItem, 'List the expected services.')
      .min(1, 'List at least one expected service.')
      .max(30, 'List at most 30 services.'),
    diagnosisCodes: z.array(diagnosisCode).max(12, 'At most 12 diagnosis codes.').default([]),
    separateScheduling: paragraph(2000, 'Services scheduled separately').default(''),
    /** The last day of care the estimate covers (at most a year, as the rule allows). */
    periodEnd: isoDate,
  })
  .superRefine((v, issue) => {
    // Zod runs this even when a date above failed its own check: compare only real dates.
    if (![v.issuedOn, v.expectedDate, v.periodEnd].every((d) => isoDate.safeParse(d).success))
      return;
    if (v.expectedDate < v.issuedOn)
      issue.addIssue({
        code: 'custom',
        path: ['expectedDate'],
        message: 'The expected date of service is on or after the day the estimate is given.',
      });
    if (v.periodEnd < v.expectedDate)
      issue.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'The estimate must cover the expected date of service.',
      });
    if (v.periodEnd > addDays(v.issuedOn, 365))
      issue.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'An estimate covers at most 12 months; give a new one after that.',
      });
  });
export type EstimateCreateInput = z.infer<typeof estimateCreateInput>;

/** Who gives the estimate, as it stood on the day it was given. */
export const estimateProvider = z.strictObject({
  practiceName: z.string(),
  counselorName: z.string(),
  credentials: z.string(),
  npi: z.string(),
  taxId: z.string(),
  address: z.string(),
  phone: z.string(),
});

/** The estimate as given to the client: kept unchanged, so a later copy reads the same. */
export const estimateContent = z.strictObject({
  clientName: z.string(),
  dateOfBirth: z.string().nullable(),
  primaryService: z.string(),
  expectedDate: z.string(),
  items: z.array(estimateItem),
  diagnoses: z.array(z.strictObject({ code: z.string(), title: z.string() })),
  separateScheduling: z.string(),
  periodEnd: z.string(),
  provider: estimateProvider,
});
export type EstimateContent = z.infer<typeof estimateContent>;

export const estimate = estimateContent.extend({
  id: z.number().int(),
  clientId: z.number().int(),
  issuedOn: z.string(),
  totalCents: z.number().int(),
  createdAt: z.string(),
  /** Charged to the client from the day it was given to the end of its period. */
  billedCents: z.number().int(),
  warning: z.enum(ESTIMATE_WARNINGS),
  /** The newest estimate of the client: the one the warnings use. */
  current: z.boolean(),
});
export type Estimate = z.infer<typeof estimate>;

export const estimateWarningRow = z.strictObject({
  clientId: z.number().int(),
  clientName: z.string(),
  estimateId: z.number().int(),
  totalCents: z.number().int(),
  billedCents: z.number().int(),
  warning: z.enum(['approaching', 'exceeded']),
});
export type EstimateWarningRow = z.infer<typeof estimateWarningRow>;

export const estimateListInput = z.strictObject({ clientId: id('client') });
export const estimateWarningsInput = z.strictObject({ day: isoDate });
export const estimateExportInput = z.strictObject({ id: id('estimate') });

import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { MEASURE_KINDS, measureInput, SEVERITIES } from '../measures.ts';
import { DIFF_SECTIONS } from '../plan-diff.ts';
import { signature } from './clients.ts';
import { itemId, planContent, planSummary, planVersion } from './plans.ts';
import { id, line, paragraph } from './text.ts';

/** Channel schemas for plans, measures, the resource library and Client view. */

export const rating = z
  .number('Choose a rating from 0 to 10.')
  .int('Choose a whole number from 0 to 10.')
  .min(0, 'Choose a rating from 0 to 10.')
  .max(10, 'Choose a rating from 0 to 10.');

export const ratingEntry = z.strictObject({
  id: z.number().int(),
  objectiveId: z.string(),
  ratedOn: z.string(),
  rater: z.enum(['client', 'counselor']),
  rating: z.number().int(),
});

export const review = z.strictObject({
  id: z.number().int(),
  reviewedOn: z.string(),
  summary: z.string(),
  nextReviewOn: z.string(),
});

export const planState = z.strictObject({
  current: planVersion.nullable(),
  versions: z.array(planSummary),
  /** A blank plan with the default review date, for a client who has none yet. */
  blank: planContent,
  reviewDate: z.string().nullable(),
  reviewStatus: z.enum(['overdue', 'soon', 'later']).nullable(),
  reviews: z.array(review),
  ratings: z.array(ratingEntry),
  /** Per objective id: the progress notes that addressed it, oldest first. */
  addressedBy: z.record(
    z.string(),
    z.array(
      z.strictObject({ noteId: z.number().int(), serviceDate: z.string(), comment: z.string() }),
    ),
  ),
});
export type PlanState = z.infer<typeof planState>;

const fieldChange = z.strictObject({
  field: z.string(),
  fieldLabel: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  clientWords: z.boolean(),
});
export const planDiffOutput = z.strictObject({
  from: planSummary,
  to: planSummary,
  sections: z.array(
    z.strictObject({
      section: z.enum(DIFF_SECTIONS),
      title: z.string(),
      entries: z.array(
        z.strictObject({
          section: z.enum(DIFF_SECTIONS),
          kind: z.enum(['added', 'removed', 'changed']),
          itemId: z.string().nullable(),
          label: z.string(),
          parent: z.strictObject({ itemId: z.string(), label: z.string() }).nullable(),
          changes: z.array(fieldChange),
        }),
      ),
    }),
  ),
});

export const planSignInput = z.strictObject({
  versionId: id('plan version'),
  signer: z.enum(['client', 'counselor'], 'Choose who is signing.'),
  signature,
});

export const planReviewInput = z
  .strictObject({
    clientId: id('client'),
    reviewedOn: isoDate,
    summary: paragraph(10_000, 'What changed').refine(
      (v) => v.length > 0,
      'Say what the review found or changed.',
    ),
    nextReviewOn: isoDate,
    ratings: z
      .array(
        z.strictObject({ objectiveId: itemId, rater: z.enum(['client', 'counselor']), rating }),
      )
      .max(100),
  })
  .refine((v) => v.nextReviewOn > v.reviewedOn, {
    message: 'The next review must come after this one.',
    path: ['nextReviewOn'],
  });

export const rateInput = z.strictObject({
  clientId: id('client'),
  objectiveId: itemId,
  rater: z.enum(['client', 'counselor'], 'Choose whose rating this is.'),
  rating,
  ratedOn: isoDate,
});

export const planExportInput = z.strictObject({
  versionId: id('plan version'),
  includeDiagnoses: z.boolean().default(false),
  includeCounselorNotes: z.boolean().default(false),
});

export const measure = z.strictObject({
  id: z.number().int(),
  kind: z.enum(MEASURE_KINDS),
  givenOn: z.string(),
  appointmentId: z.number().int().nullable(),
  answers: z.array(z.number().int().nullable()),
  difficulty: z.number().int().nullable(),
  complete: z.boolean(),
  total: z.number().int().nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  safetyFlag: z.boolean(),
  enteredBy: z.enum(['client', 'counselor']),
});
export type Measure = z.infer<typeof measure>;

export const measureRecordInput = z.strictObject({
  clientId: id('client'),
  givenOn: isoDate,
  appointmentId: id('session').nullable().default(null),
  form: measureInput,
});

export const measuresOutput = z.strictObject({
  measures: z.array(measure),
  ratings: z.array(ratingEntry),
  objectives: z.array(z.strictObject({ id: z.string(), label: z.string() })),
  /** The latest PHQ-9 answered item 9 above 0: the counselor must see it. */
  safetyFlag: z.boolean(),
});

export const resourceFields = z.strictObject({
  title: line(200, 'Title').refine((v) => v.length > 0, 'Give the resource a title.'),
  body: paragraph(50_000, 'Text').refine((v) => v.length > 0, 'Write the resource’s text.'),
  benefits: paragraph(2_000, 'Benefits'),
  drawbacks: paragraph(2_000, 'Drawbacks'),
  asks: paragraph(2_000, 'What it asks of the client'),
  tags: z
    .array(line(40, 'Tag').refine((v) => v.length > 0, 'A tag cannot be empty.'))
    .max(12, 'Use at most 12 tags.'),
});

export const resourceSaveInput = resourceFields.extend({
  id: id('resource').nullable(),
  /** A PDF to keep with it (encrypted in the database), base64; undefined keeps the current one. */
  attachment: z
    .strictObject({
      name: line(200, 'File name').refine((v) => /\.pdf$/i.test(v), 'Attach a PDF file.'),
      base64: z
        .string()
        .max(14_000_000, 'The attachment is larger than 10 MB.')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The attachment could not be read.'),
    })
    .nullable()
    .optional(),
});

export const resource = resourceFields.extend({
  id: z.number().int(),
  starter: z.boolean(),
  attachmentName: z.string().nullable(),
  attachmentBytes: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type Resource = z.infer<typeof resource>;

export const resourceShare = z.strictObject({
  id: z.number().int(),
  resourceId: z.number().int(),
  title: z.string(),
  sharedOn: z.string(),
  method: z.enum(['client_view', 'pdf', 'discussed']),
});

export const resourceShareInput = z.strictObject({
  resourceId: id('resource'),
  clientId: id('client'),
  sharedOn: isoDate,
  method: z.enum(['client_view', 'discussed'], 'Choose how it was shared.'),
});

/** What Client view may show: the plan without counselor-only notes, and nothing else. */
export const clientViewState = z.strictObject({
  firstName: z.string(),
  versionId: z.number().int().nullable(),
  version: z.number().int().nullable(),
  signedByClient: z.boolean(),
  plan: planContent.omit({ counselorNotes: true }),
  resources: z.array(
    resource.pick({
      id: true,
      title: true,
      body: true,
      benefits: true,
      drawbacks: true,
      asks: true,
    }),
  ),
  latestRatings: z.record(z.string(), z.number().int()),
});
export type ClientViewState = z.infer<typeof clientViewState>;

export const clientWordsTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('concern'), itemId: itemId.nullable() }),
  z.strictObject({ kind: z.literal('goal'), itemId: itemId.nullable() }),
  z.strictObject({ kind: z.literal('objective'), itemId }),
  z.strictObject({ kind: z.literal('strength'), itemId: itemId.nullable() }),
  z.strictObject({ kind: z.literal('completion') }),
  z.strictObject({ kind: z.literal('helps') }),
  z.strictObject({ kind: z.literal('doesNotHelp') }),
]);

export const clientWordsInput = z.strictObject({
  target: clientWordsTarget,
  text: paragraph(5_000, 'Your words').refine(
    (v) => v.length > 0,
    'Write a few words, or leave it for now.',
  ),
});

export const clientDecisionInput = z
  .strictObject({
    interventionId: itemId,
    decision: z.enum(['chosen', 'declined', 'deferred'], 'Choose yes, no, or later.'),
    reason: paragraph(5_000, 'Your reason'),
  })
  .refine((v) => v.decision !== 'declined' || v.reason.length > 0, {
    message: 'It is your right to say no. In a few words, what makes this not right for you?',
    path: ['reason'],
  });

export const clientViewExitInput = z
  .strictObject({ passphrase: z.string().max(1024).optional(), pin: z.string().max(8).optional() })
  .refine((v) => (v.passphrase ? 1 : 0) + (v.pin ? 1 : 0) === 1, {
    message: 'Enter the passphrase or the PIN.',
    path: ['passphrase'],
  });

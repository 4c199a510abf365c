import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { signature } from './clients.ts';
import { id, line, paragraph } from './text.ts';

/**
 * The collaborative treatment plan. Client autonomy is data: every item records who proposed
 * it, the client's own words sit beside the counselor's clinical wording, and interventions keep
 * the options discussed and the client's decision with their reason — declined ones included.
 * A version's content is one document; a signed version never changes.
 */

export const PROPOSERS = ['client', 'counselor', 'together'] as const;
export type Proposer = (typeof PROPOSERS)[number];
export const proposer = z.enum(PROPOSERS, 'Choose who proposed it: the client, you, or together.');

/** Who typed a text: the client (in Client view) or the counselor. */
export const AUTHORS = ['client', 'counselor'] as const;
export type Author = (typeof AUTHORS)[number];
const author = z.enum(AUTHORS);

/** Items keep a stable id across versions, so a diff can say what changed rather than guess. */
export const itemId = z
  .string()
  .regex(/^[a-z0-9-]{6,40}$/, 'Items are named by Accord; reload the plan and try again.');

const words = (label: string) => paragraph(5_000, label);

export const concern = z.strictObject({
  id: itemId,
  /** "In the client's own words". */
  clientWords: words('In your own words'),
  clientWordsBy: author,
  clinical: words('Clinical wording'),
});
export type Concern = z.infer<typeof concern>;

export const GOAL_STATUSES = ['active', 'achieved', 'revised', 'discontinued'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const objective = z.strictObject({
  id: itemId,
  clientWords: words('In your own words'),
  clientWordsBy: author,
  description: words('Objective'),
  baseline: line(300, 'Baseline'),
  target: line(300, 'Target'),
  targetDate: isoDate.nullable(),
});
export type Objective = z.infer<typeof objective>;

export const goal = z
  .strictObject({
    id: itemId,
    clientWords: words('In your own words'),
    clientWordsBy: author,
    clinical: words('Clinical statement'),
    proposedBy: proposer,
    targetDate: isoDate.nullable(),
    status: z.enum(GOAL_STATUSES, 'Choose a status.'),
    /** Why the client discontinued it, in their words. */
    statusReason: words('Reason'),
    objectives: z.array(objective).max(20, 'A goal can have at most 20 objectives.'),
  })
  .refine((g) => g.status !== 'discontinued' || g.statusReason.length > 0, {
    message: 'Say why the client chose to stop working on this goal, in their words.',
    path: ['statusReason'],
  });
export type Goal = z.infer<typeof goal>;

export const DECISIONS = ['undecided', 'chosen', 'declined', 'deferred'] as const;
export type Decision = (typeof DECISIONS)[number];

/** One option discussed: what it offers, what it costs, what it asks of the client. */
export const intervention = z
  .strictObject({
    id: itemId,
    name: line(200, 'Name').refine((v) => v.length > 0, 'Name the intervention.'),
    /** The goal it serves, if any. */
    goalId: itemId.nullable(),
    /** The library resource it was explained with, if any. */
    resourceId: z.number().int().positive().nullable(),
    benefits: words('Benefits'),
    drawbacks: words('Drawbacks'),
    asks: words('What it asks of you'),
    proposedBy: proposer,
    decision: z.enum(DECISIONS, 'Choose a decision.'),
    /** The client's reason, in their words. */
    reason: words('Your reason'),
    reasonBy: author,
  })
  .refine((i) => i.decision !== 'declined' || i.reason.length > 0, {
    message: 'Declining is the client’s right; note their reason in their words.',
    path: ['reason'],
  });
export type Intervention = z.infer<typeof intervention>;

export const strength = z.strictObject({
  id: itemId,
  text: words('Strength'),
  textBy: author,
});

export const preferences = z.strictObject({
  frequency: line(200, 'How often'),
  modality: line(200, 'Kind of therapy'),
  format: z.enum(['in_person', 'telehealth', 'either', 'unsure'], 'Choose a format.'),
  involvement: z.enum(
    ['lead', 'share', 'guide', 'unsure'],
    'Choose how involved the client wants to be in decisions.',
  ),
  helps: words('What helps'),
  doesNotHelp: words('What does not help'),
});
export type Preferences = z.infer<typeof preferences>;

export const planContent = z.strictObject({
  concerns: z.array(concern).max(20, 'At most 20 concerns.'),
  goals: z.array(goal).max(20, 'At most 20 goals.'),
  interventions: z.array(intervention).max(40, 'At most 40 interventions.'),
  strengths: z.array(strength).max(30, 'At most 30 strengths.'),
  preferences,
  /** The client's own criteria for finishing therapy. */
  completionCriteria: words('How you will know you are done'),
  completionCriteriaBy: author,
  reviewDate: isoDate,
  /** Seen by the counselor only: never in Client view or the client's copy. */
  counselorNotes: paragraph(20_000, 'Counselor notes'),
});
export type PlanContent = z.infer<typeof planContent>;

export const signed = z.strictObject({
  signature,
  at: z.string(),
});

export const planVersion = z.strictObject({
  id: z.number().int(),
  planId: z.number().int(),
  clientId: z.number().int(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed']),
  content: planContent,
  clientSignature: signed.nullable(),
  counselorSignature: signed.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
});
export type PlanVersion = z.infer<typeof planVersion>;

export const planSummary = z.strictObject({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed']),
  createdAt: z.string(),
  signedAt: z.string().nullable(),
});

export const planSaveInput = z.strictObject({
  clientId: id('client'),
  /** The version the counselor edited; a stale one is refused rather than overwritten. */
  baseVersionId: id('plan version').nullable(),
  content: planContent,
});

export function emptyPlan(reviewDate: string): PlanContent {
  return {
    concerns: [],
    goals: [],
    interventions: [],
    strengths: [],
    preferences: {
      frequency: '',
      modality: '',
      format: 'unsure',
      involvement: 'unsure',
      helps: '',
      doesNotHelp: '',
    },
    completionCriteria: '',
    completionCriteriaBy: 'counselor',
    reviewDate,
    counselorNotes: '',
  };
}

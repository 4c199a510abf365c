import { z } from 'zod';

/**
 * The PHQ-9 and GAD-7, as the client sees and answers them. Both were developed by Drs. Robert L.
 * Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer
 * Inc., and no permission is required to reproduce, translate, display or distribute them.
 *
 * The wording below is the published English forms' wording, character for character, including
 * their em dashes and the question mark inside PHQ-9 item 8. A validated questionnaire is only
 * valid as printed, so it is never reworded here for style or reading level.
 */

export const MEASURE_KINDS = ['phq9', 'gad7'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** How often, scored 0 to 3: the index of the option is its score. */
export type Answer = 0 | 1 | 2 | 3;

export const RESPONSE_OPTIONS: readonly { readonly value: Answer; readonly label: string }[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/** The functional question's answers. It is never added to the total. */
export const DIFFICULTY_OPTIONS: readonly { readonly value: Answer; readonly label: string }[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

export const SEVERITIES = ['minimal', 'mild', 'moderate', 'moderately severe', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface SeverityBand {
  readonly min: number;
  readonly max: number;
  readonly label: Severity;
}

export interface MeasureDefinition {
  readonly kind: MeasureKind;
  readonly name: string;
  readonly title: string;
  readonly stem: string;
  readonly items: readonly string[];
  readonly options: typeof RESPONSE_OPTIONS;
  readonly difficulty: {
    readonly question: string;
    readonly options: typeof DIFFICULTY_OPTIONS;
  };
  /** The highest possible total: three points for every item. */
  readonly max: number;
  /** Contiguous, ascending, and covering 0..max with no gaps. */
  readonly bands: readonly SeverityBand[];
  /**
   * The index of the item that raises a safety flag when answered above "Not at all", or null.
   * PHQ-9 item 9 asks about thoughts of death or self-harm; the counselor must see any positive
   * answer whatever the total, so it is flagged apart from the score.
   */
  readonly safetyItem: number | null;
}

const PHQ9: MeasureDefinition = {
  kind: 'phq9',
  name: 'PHQ-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: RESPONSE_OPTIONS,
  difficulty: {
    question:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: DIFFICULTY_OPTIONS,
  },
  max: 27,
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 19, label: 'moderately severe' },
    { min: 20, max: 27, label: 'severe' },
  ],
  safetyItem: 8,
};

const GAD7: MeasureDefinition = {
  kind: 'gad7',
  name: 'GAD-7',
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  // Unlike the PHQ-9's, the GAD-7's stem has no "any of", and its functional question says
  // "these" rather than "these problems".
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  options: RESPONSE_OPTIONS,
  difficulty: {
    question:
      'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
    options: DIFFICULTY_OPTIONS,
  },
  max: 21,
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 21, label: 'severe' },
  ],
  safetyItem: null,
};

export const MEASURES: Readonly<Record<MeasureKind, MeasureDefinition>> = {
  phq9: PHQ9,
  gad7: GAD7,
};

const answer = z.literal([0, 1, 2, 3], 'Choose one of the four answers.');

/**
 * One filled-in form. Items may be left unanswered (null): a client may skip a question, and the
 * form is kept as given rather than guessed at, but it is then not scored.
 */
export function measureAnswers<K extends MeasureKind>(kind: K) {
  const { name, items } = MEASURES[kind];
  return z.strictObject({
    kind: z.literal(kind),
    answers: z
      .array(answer.nullable())
      .length(
        items.length,
        `The ${name} has ${items.length} questions; reload the form and try again.`,
      ),
    difficulty: answer.nullable(),
  });
}

export const measureInput = z.discriminatedUnion('kind', [
  measureAnswers('phq9'),
  measureAnswers('gad7'),
]);
export type MeasureInput = z.infer<typeof measureInput>;

export interface MeasureScore {
  /** Every item answered. */
  readonly complete: boolean;
  /** The sum of the items, or null when any item is unanswered: a partial sum would understate. */
  readonly total: number | null;
  readonly severity: Severity | null;
  /** PHQ-9 item 9 answered above "Not at all", complete form or not. Always false for the GAD-7. */
  readonly safetyFlag: boolean;
}

/** The band a total falls in. Throws for a total the form cannot produce. */
export function bandFor(kind: MeasureKind, total: number): SeverityBand {
  const band = MEASURES[kind].bands.find((b) => total >= b.min && total <= b.max);
  if (!Number.isInteger(total) || band === undefined) {
    throw new RangeError(
      `A ${MEASURES[kind].name} total must be a whole number from 0 to ${MEASURES[kind].max}.`,
    );
  }
  return band;
}

/**
 * Scores answers already checked by `measureAnswers`. Throws on a wrong length or an impossible
 * value, since either means the caller skipped validation, and a wrong score would be silent.
 */
export function scoreMeasure(kind: MeasureKind, answers: readonly (Answer | null)[]): MeasureScore {
  const definition = MEASURES[kind];
  if (answers.length !== definition.items.length) {
    throw new RangeError(
      `The ${definition.name} has ${definition.items.length} items; got ${answers.length} answers.`,
    );
  }
  for (const value of answers) {
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 3)) {
      throw new RangeError(`A ${definition.name} answer must be 0, 1, 2, 3 or unanswered.`);
    }
  }
  const safetyAnswer = definition.safetyItem === null ? null : answers[definition.safetyItem];
  const safetyFlag = safetyAnswer !== null && safetyAnswer !== undefined && safetyAnswer > 0;
  const complete = answers.every((value) => value !== null);
  if (!complete) return { complete, total: null, severity: null, safetyFlag };
  const total = answers.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return { complete, total, severity: bandFor(kind, total).label, safetyFlag };
}

import { planContent, type PlanContent } from '../../../shared/domain/plans.ts';
import { addDays } from '../../../shared/dates.ts';
import type { Random } from './random.ts';
import {
  CHOSEN_REASONS,
  COMPLETION,
  DECLINE_REASONS,
  DEFER_REASONS,
  DISCONTINUE_REASONS,
  DOES_NOT_HELP,
  FREQUENCIES,
  HELPS,
  INTERVENTIONS,
  MODALITIES,
  STRENGTHS,
  type Theme,
} from './words.ts';

/** What stays the same across a client's plan versions: the themes, options and strengths. */
export interface PlanSeed {
  themes: Theme[];
  options: (typeof INTERVENTIONS)[number][];
  strengths: string[];
  /** Per option: what the client decided in the first version. */
  decisions: ('chosen' | 'declined' | 'deferred')[];
  reasons: string[];
  completion: string;
  format: PlanContent['preferences']['format'];
  involvement: PlanContent['preferences']['involvement'];
  frequency: string;
  modality: string;
  helps: string;
  doesNotHelp: string;
}

export function planSeed(random: Random, themes: Theme[]): PlanSeed {
  const options = random.sample(INTERVENTIONS, random.int(2, 4));
  const decisions = options.map((_, i) =>
    i === 0
      ? 'chosen'
      : random.weighted([
          ['chosen', 3],
          ['declined', 3],
          ['deferred', 1],
        ] as const),
  );
  return {
    themes,
    options,
    strengths: random.sample(STRENGTHS, random.int(1, 3)),
    decisions,
    reasons: decisions.map((d) =>
      random.pick(
        d === 'chosen' ? CHOSEN_REASONS : d === 'declined' ? DECLINE_REASONS : DEFER_REASONS,
      ),
    ),
    completion: random.pick(COMPLETION),
    format: random.pick(['in_person', 'telehealth', 'either'] as const),
    involvement: random.pick(['lead', 'share', 'guide'] as const),
    frequency: random.pick(FREQUENCIES),
    modality: random.pick(MODALITIES),
    helps: random.pick(HELPS),
    doesNotHelp: random.pick(DOES_NOT_HELP),
  };
}

/**
 * Version `index` (0-based) of `count` of a client's plan, written on `on`. Goals keep their ids
 * across versions, so the diff between two versions reads as what changed: an objective's
 * progress, a deferred option decided, a goal achieved or set aside by the client.
 */
export function planVersionContent(
  random: Random,
  seed: PlanSeed,
  index: number,
  count: number,
  on: string,
  finished: boolean,
): PlanContent {
  const last = index === count - 1;
  const goals: PlanContent['goals'] = seed.themes.map((theme, g) => {
    const discontinued = g > 0 && index >= 2 && seed.decisions.length % 2 === 0;
    const achieved = finished && last && !discontinued;
    return {
      id: `goal-${g + 1}`,
      clientWords: theme.goal,
      clientWordsBy: g === 0 ? ('client' as const) : ('counselor' as const),
      clinical: theme.goalClinical,
      proposedBy: g === 0 ? ('client' as const) : ('together' as const),
      targetDate: addDays(on, 120),
      status: discontinued
        ? ('discontinued' as const)
        : achieved
          ? ('achieved' as const)
          : index > 0 && g === 0 && index % 3 === 0
            ? ('revised' as const)
            : ('active' as const),
      statusReason: discontinued ? (DISCONTINUE_REASONS[g % DISCONTINUE_REASONS.length] ?? '') : '',
      objectives: [
        {
          id: `objective-${g + 1}-1`,
          clientWords: theme.objective,
          clientWordsBy: 'client' as const,
          description: `${theme.objective} (tracked weekly).`,
          baseline: `${Math.max(0, 1 + g)} of 7 days`,
          target: `${Math.min(7, 4 + index)} of 7 days`,
          targetDate: addDays(on, 60),
        },
        ...(index > 0
          ? [
              {
                id: `objective-${g + 1}-2`,
                clientWords: 'Notice early signs and use a skill',
                clientWordsBy: 'counselor' as const,
                description: 'Names an early warning sign and uses a coping skill the same day.',
                baseline: 'Rarely',
                target: 'Most weeks',
                targetDate: addDays(on, 90),
              },
            ]
          : []),
      ],
    };
  });
  const interventions = seed.options.map((option, i) => {
    const first = seed.decisions[i] ?? 'chosen';
    // A deferred option is decided at a later review: the client's call, in their words.
    const decision = first === 'deferred' && index >= 1 ? (i % 2 ? 'chosen' : 'declined') : first;
    const reason =
      decision === first
        ? (seed.reasons[i] ?? '')
        : decision === 'declined'
          ? DECLINE_REASONS[i % DECLINE_REASONS.length]
          : CHOSEN_REASONS[i % CHOSEN_REASONS.length];
    return {
      id: `option-${i + 1}`,
      name: option.name,
      goalId: i < goals.length ? `goal-${i + 1}` : null,
      resourceId: null,
      benefits: option.benefits,
      drawbacks: option.drawbacks,
      asks: option.asks,
      proposedBy: i === 0 ? ('counselor' as const) : ('together' as const),
      decision,
      reason: reason ?? '',
      reasonBy: 'client' as const,
    };
  });
  const content: PlanContent = {
    concerns: seed.themes.map((theme, c) => ({
      id: `concern-${c + 1}`,
      clientWords: theme.words,
      clientWordsBy: 'client',
      clinical: theme.clinical,
    })),
    goals,
    interventions,
    strengths: seed.strengths
      .slice(0, 1 + Math.min(index, seed.strengths.length - 1))
      .map((text, s) => ({ id: `strength-${s + 1}`, text, textBy: 'client' as const })),
    preferences: {
      frequency: seed.frequency,
      modality: seed.modality,
      format: seed.format,
      involvement: seed.involvement,
      helps: seed.helps,
      doesNotHelp: seed.doesNotHelp,
    },
    completionCriteria: index === 0 ? '' : seed.completion,
    completionCriteriaBy: 'client',
    reviewDate: addDays(on, 63),
    counselorNotes: random.chance(0.5) ? 'Sample practice: invented counselor-only note.' : '',
  };
  // The same check the plan channels apply, so the sample never holds a plan the app would refuse.
  return planContent.parse(content);
}

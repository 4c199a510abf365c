import type { PlanContent } from '../../shared/domain/plans.ts';

/** A plan as a counselor drafts it in session (invented content). */
export function draftPlan(reviewDate = '2026-06-01'): PlanContent {
  return {
    concerns: [
      {
        id: 'concern-sleep',
        clientWords: 'I lie awake worrying about work every night.',
        clientWordsBy: 'counselor',
        clinical: 'Persistent worry with sleep-onset insomnia.',
      },
    ],
    goals: [
      {
        id: 'goal-calm',
        clientWords: 'Feel calmer at work',
        clientWordsBy: 'counselor',
        clinical: 'Reduce anxiety symptoms (GAD-7 below 10).',
        proposedBy: 'together',
        targetDate: '2026-09-01',
        status: 'active',
        statusReason: '',
        objectives: [
          {
            id: 'objective-sleep',
            clientWords: 'Fall asleep within 30 minutes',
            clientWordsBy: 'counselor',
            description: 'Sleep onset under 30 minutes on 5 of 7 nights.',
            baseline: '1 of 7 nights',
            target: '5 of 7 nights',
            targetDate: '2026-07-01',
          },
        ],
      },
    ],
    interventions: [
      {
        id: 'option-cbt',
        name: 'Cognitive behavioral therapy',
        goalId: 'goal-calm',
        resourceId: null,
        benefits: 'Practical tools for worry.',
        drawbacks: 'Weekly practice between sessions.',
        asks: 'About 20 minutes of practice most days.',
        proposedBy: 'counselor',
        decision: 'undecided',
        reason: '',
        reasonBy: 'counselor',
      },
      {
        id: 'option-meds',
        name: 'Talking with a prescriber about medication',
        goalId: null,
        resourceId: null,
        benefits: 'Can ease symptoms while skills grow.',
        drawbacks: 'Side effects are possible.',
        asks: 'A visit with a prescriber.',
        proposedBy: 'counselor',
        decision: 'undecided',
        reason: '',
        reasonBy: 'counselor',
      },
    ],
    strengths: [{ id: 'strength-friends', text: 'Close friends I can call', textBy: 'counselor' }],
    preferences: {
      frequency: 'Weekly',
      modality: 'Talk therapy with homework',
      format: 'either',
      involvement: 'share',
      helps: 'Clear next steps',
      doesNotHelp: 'Being rushed',
    },
    completionCriteria: '',
    completionCriteriaBy: 'counselor',
    reviewDate,
    counselorNotes: 'Counselor-only: consider sleep hygiene referral. COUNSELOR-ONLY-MARKER',
  };
}

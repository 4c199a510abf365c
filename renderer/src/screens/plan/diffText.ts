import type { DiffSection, FieldChange } from '../../../../shared/plan-diff.ts';
import type { Decision, GoalStatus } from '../../../../shared/domain/plans.ts';
import { DECISION_LABELS, formatDate, GOAL_STATUS_LABELS } from './planText.ts';

/** The diff's sections under the names the editor gives them. */
export const DIFF_TITLES: Partial<Record<DiffSection, string>> = {
  concerns: 'What brings you here',
  interventions: 'Options discussed',
  completionCriteria: 'How you’ll know you’re done',
  counselorNotes: 'Counselor-only notes',
};

/** The core says "the client"; on screen the client has a name. */
export function named(text: string, person: string): string {
  return text
    .replace(/\bThe client’s\b/g, `${person}’s`)
    .replace(/\bthe client’s\b/g, `${person}’s`)
    .replace(/\bthe client\b/g, person);
}

const TYPED_BY = new Set(['clientWordsBy', 'reasonBy', 'textBy', 'completionCriteriaBy']);

/** A changed value in plain words: decisions, statuses, who typed it, dates. */
export function shownValue(change: FieldChange, value: string | null, person: string): string {
  if (value === null) return '';
  if (value === '') return '(empty)';
  if (change.field === 'decision') return DECISION_LABELS[value as Decision] ?? value;
  if (change.field === 'status') return GOAL_STATUS_LABELS[value as GoalStatus] ?? value;
  if (change.field === 'proposedBy') {
    return { client: person, counselor: 'you', together: 'together' }[value] ?? value;
  }
  if (TYPED_BY.has(change.field)) {
    return { client: `${person}, in Client view`, counselor: 'you' }[value] ?? value;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value;
}

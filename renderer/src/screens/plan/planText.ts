import type {
  Decision,
  GoalStatus,
  Preferences,
  Proposer,
} from '../../../../shared/domain/plans.ts';

/**
 * How the plan's values read on screen. The counselor is "you" (this is their app); the client
 * is named, because in session they read along.
 */

export function proposerLabel(proposer: Proposer, person: string): string {
  return { client: person, counselor: 'You', together: 'Together' }[proposer];
}

/** "Proposed by Peggy", "Proposed by you", "Proposed together". */
export function proposedBy(proposer: Proposer, person: string): string {
  return {
    client: `Proposed by ${person}`,
    counselor: 'Proposed by you',
    together: 'Proposed together',
  }[proposer];
}

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = {
  active: 'Active',
  achieved: 'Achieved',
  revised: 'Revised',
  discontinued: 'Discontinued',
};

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  undecided: 'Not decided yet',
  chosen: 'Chosen',
  declined: 'Declined',
  deferred: 'Later',
};

export function reasonLabel(decision: Decision, person: string): string {
  switch (decision) {
    case 'declined':
      return `Why ${person} said no, in their words`;
    case 'deferred':
      return `What ${person} wants to wait for, in their words`;
    default:
      return `Why ${person} chose it, in their words (optional)`;
  }
}

export const FORMAT_LABELS: Readonly<Record<Preferences['format'], string>> = {
  in_person: 'In person',
  telehealth: 'Telehealth',
  either: 'Either',
  unsure: 'Not sure yet',
};

export function involvementOptions(person: string) {
  return [
    { value: 'lead', label: 'Lead', hint: `${person} decides, with your input.` },
    { value: 'share', label: 'Share', hint: 'You decide together.' },
    { value: 'guide', label: 'Guide', hint: `${person} would like you to suggest the way.` },
    { value: 'unsure', label: 'Not sure yet', hint: 'Ask again later.' },
  ] as const;
}

export function involvementLabel(value: Preferences['involvement'], person: string): string {
  const option = involvementOptions(person).find((o) => o.value === value);
  return option ? `${option.label}: ${option.hint}` : value;
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Mar 2, 2026" for a plain YYYY-MM-DD date. */
export function formatDate(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** "Mar 2, 2026" for an instant, in the practice's time zone. */
export function formatInstantDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** "10:42 AM" for an instant, in the practice's time zone. */
export function formatInstantTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

import type {
  Concern,
  Goal,
  Intervention,
  Objective,
  PlanContent,
} from '../../../../shared/domain/plans.ts';
import type { Resource } from '../../../../shared/domain/care.ts';

/** New plan items. Ids are made here and never change, so versions can be compared item by item. */

const newId = (): string => crypto.randomUUID();

export type Strength = PlanContent['strengths'][number];

export const newConcern = (): Concern => ({
  id: newId(),
  clientWords: '',
  clientWordsBy: 'counselor',
  clinical: '',
});

export const newObjective = (): Objective => ({
  id: newId(),
  clientWords: '',
  clientWordsBy: 'counselor',
  description: '',
  baseline: '',
  target: '',
  targetDate: null,
});

export const newGoal = (): Goal => ({
  id: newId(),
  clientWords: '',
  clientWordsBy: 'counselor',
  clinical: '',
  proposedBy: 'together',
  targetDate: null,
  status: 'active',
  statusReason: '',
  objectives: [],
});

export const newIntervention = (): Intervention => ({
  id: newId(),
  name: '',
  goalId: null,
  resourceId: null,
  benefits: '',
  drawbacks: '',
  asks: '',
  proposedBy: 'counselor',
  decision: 'undecided',
  reason: '',
  reasonBy: 'counselor',
});

/** An option card explained with a library resource: its benefits, drawbacks and asks to start. */
export const interventionFrom = (resource: Resource): Intervention => ({
  ...newIntervention(),
  name: resource.title,
  resourceId: resource.id,
  benefits: resource.benefits,
  drawbacks: resource.drawbacks,
  asks: resource.asks,
});

export const newStrength = (): Strength => ({ id: newId(), text: '', textBy: 'counselor' });

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Removing a goal also unlinks the options that served it: a link to nothing is refused. */
export function withoutGoal(content: PlanContent, goalId: string): PlanContent {
  return {
    ...content,
    goals: content.goals.filter((g) => g.id !== goalId),
    interventions: content.interventions.map((i) =>
      i.goalId === goalId ? { ...i, goalId: null } : i,
    ),
  };
}

/** All objectives of a plan with the goal they sit under, in order, numbered as shown ("1.2"). */
export function objectivesOf(
  content: PlanContent,
): { goal: Goal; objective: Objective; number: string }[] {
  return content.goals.flatMap((goal, i) =>
    goal.objectives.map((objective, j) => ({ goal, objective, number: `${i + 1}.${j + 1}` })),
  );
}

/** A concern or strength left empty is a row never used, not part of the plan: it is not saved. */
export function withoutBlanks(content: PlanContent): PlanContent {
  return {
    ...content,
    concerns: content.concerns.filter((c) => c.clientWords.trim() || c.clinical.trim()),
    strengths: content.strengths.filter((s) => s.text.trim()),
  };
}

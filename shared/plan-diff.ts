import type {
  Author,
  Concern,
  Goal,
  Intervention,
  Objective,
  PlanContent,
  Preferences,
} from './domain/plans.ts';

/**
 * A readable diff between two versions of a plan: what was added, removed or changed, section by
 * section, in plain words, so a client can see what they are about to sign again and a counselor
 * can see how a plan grew. Items are matched by their stable id, never by position, so moving a
 * goal up the list is not a change, and editing one goal is never mistaken for replacing another.
 *
 * Fields holding the client's own words are flagged, so the UI can show them as the client's.
 * Values are given as display text (enum values as plain words, dates as YYYY-MM-DD); the raw
 * values stay in the plan versions themselves.
 */

export const DIFF_SECTIONS = [
  'concerns',
  'goals',
  'objectives',
  'interventions',
  'strengths',
  'preferences',
  'completionCriteria',
  'reviewDate',
  'counselorNotes',
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<DiffSection, string>> = {
  concerns: 'Concerns',
  goals: 'Goals',
  objectives: 'Objectives',
  interventions: 'Interventions',
  strengths: 'Strengths',
  preferences: 'Preferences',
  completionCriteria: 'Completion criteria',
  reviewDate: 'Review date',
  counselorNotes: 'Counselor notes',
};

export interface FieldChange {
  /** The property name in the plan content, or `goal` when an objective moved to another goal. */
  readonly field: string;
  readonly fieldLabel: string;
  /** Display text; null when the item did not exist on that side (added or removed). */
  readonly before: string | null;
  readonly after: string | null;
  /** The value is the client's own words. */
  readonly clientWords: boolean;
}

export interface DiffEntry {
  readonly section: DiffSection;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The item's id; null for the plan-wide sections (preferences, review date, ...). */
  readonly itemId: string | null;
  /** A short title for the item, from the version that has it (the later one when both do). */
  readonly label: string;
  /** For an objective, the goal it sits under, from the same version as the label. */
  readonly parent: { readonly itemId: string; readonly label: string } | null;
  /** What changed; for an added or removed item, its filled-in fields. */
  readonly changes: readonly FieldChange[];
}

export interface PlanDiffSection {
  readonly section: DiffSection;
  readonly title: string;
  readonly entries: readonly DiffEntry[];
}

/** Only sections with at least one entry, in the order of `DIFF_SECTIONS`. */
export interface PlanDiff {
  readonly sections: readonly PlanDiffSection[];
}

export interface DiffOptions {
  /**
   * Counselor notes are the counselor's alone: a diff for the client (Client view, the client's
   * copy) never contains them, rather than relying on every screen to filter them out.
   */
  readonly audience?: 'counselor' | 'client';
  /** Names a library resource; without it a resource is shown by number. */
  readonly resourceTitle?: (id: number) => string | undefined;
}

const LABEL_LENGTH = 60;

/** One line, at most LABEL_LENGTH characters, cut at a word where one is near. */
export function shortLabel(text: string, fallback: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return fallback;
  if (flat.length <= LABEL_LENGTH) return flat;
  // Never end on half of a surrogate pair: a lone one renders as a replacement character.
  const cut = flat.slice(0, LABEL_LENGTH - 1).replace(/[\ud800-\udbff]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space >= LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const goalLabel = (g: Goal): string =>
  shortLabel(g.clientWords || g.clinical, 'Untitled goal');
const concernLabel = (c: Concern): string =>
  shortLabel(c.clientWords || c.clinical, 'Untitled concern');
const objectiveLabel = (o: Objective): string =>
  shortLabel(o.clientWords || o.description, 'Untitled objective');
const interventionLabel = (i: Intervention): string => shortLabel(i.name, 'Untitled intervention');
type Strength = PlanContent['strengths'][number];
const strengthLabel = (s: Strength): string => shortLabel(s.text, 'Untitled strength');

type Raw = string | number | null;

/** What a field's formatter may need from the version the value came from. */
interface Side {
  readonly plan: PlanContent;
  readonly options: DiffOptions;
}

interface FieldSpec<T> {
  readonly field: string;
  readonly label: string;
  readonly get: (item: T) => Raw;
  readonly show?: (raw: Raw, side: Side) => string;
  readonly clientWords?: boolean;
  /** An author field: listed for an added or removed item only when those words were written. */
  readonly authorOf?: (item: T) => string;
  /** Not listed for an added or removed item, where the entry already says it (its goal). */
  readonly changesOnly?: boolean;
}

const noDate = (raw: Raw): string => (raw === null ? 'no date' : String(raw));

const FORMATS: Readonly<Record<Preferences['format'], string>> = {
  in_person: 'in person',
  telehealth: 'telehealth',
  either: 'in person or telehealth',
  unsure: 'not sure yet',
};

const INVOLVEMENT: Readonly<Record<Preferences['involvement'], string>> = {
  lead: 'wants to lead',
  share: 'wants to share decisions',
  guide: 'wants to be guided',
  unsure: 'not sure yet',
};

function showGoal(raw: Raw, side: Side): string {
  if (raw === null) return 'none';
  const found = side.plan.goals.find((g) => g.id === raw);
  return found === undefined ? 'a goal not in this version' : goalLabel(found);
}

function showResource(raw: Raw, side: Side): string {
  if (raw === null) return 'none';
  return side.options.resourceTitle?.(Number(raw)) ?? `library resource ${String(raw)}`;
}

/** Who typed the words beside it; a change of typist alone is still worth seeing. */
const typedBy = <T>(field: string, get: (item: T) => Author, words: (item: T) => string) =>
  ({ field, label: 'Typed by', get, authorOf: words }) satisfies FieldSpec<T>;

const CONCERN_FIELDS: readonly FieldSpec<Concern>[] = [
  {
    field: 'clientWords',
    label: 'In the client’s words',
    get: (c) => c.clientWords,
    clientWords: true,
  },
  typedBy(
    'clientWordsBy',
    (c) => c.clientWordsBy,
    (c) => c.clientWords,
  ),
  { field: 'clinical', label: 'Clinical wording', get: (c) => c.clinical },
];

const GOAL_FIELDS: readonly FieldSpec<Goal>[] = [
  {
    field: 'clientWords',
    label: 'In the client’s words',
    get: (g) => g.clientWords,
    clientWords: true,
  },
  typedBy(
    'clientWordsBy',
    (g) => g.clientWordsBy,
    (g) => g.clientWords,
  ),
  { field: 'clinical', label: 'Clinical statement', get: (g) => g.clinical },
  { field: 'proposedBy', label: 'Proposed by', get: (g) => g.proposedBy },
  { field: 'targetDate', label: 'Target date', get: (g) => g.targetDate, show: noDate },
  { field: 'status', label: 'Status', get: (g) => g.status },
  // The comment in the plan schema: why the client stopped, in their words.
  {
    field: 'statusReason',
    label: 'Reason for the status',
    get: (g) => g.statusReason,
    clientWords: true,
  },
];

interface Placed {
  readonly objective: Objective;
  readonly goal: Goal;
}

const OBJECTIVE_FIELDS: readonly FieldSpec<Placed>[] = [
  {
    field: 'clientWords',
    label: 'In the client’s words',
    get: (p) => p.objective.clientWords,
    clientWords: true,
  },
  typedBy(
    'clientWordsBy',
    (p) => p.objective.clientWordsBy,
    (p) => p.objective.clientWords,
  ),
  { field: 'description', label: 'Objective', get: (p) => p.objective.description },
  { field: 'baseline', label: 'Baseline', get: (p) => p.objective.baseline },
  { field: 'target', label: 'Target', get: (p) => p.objective.target },
  { field: 'targetDate', label: 'Target date', get: (p) => p.objective.targetDate, show: noDate },
  { field: 'goal', label: 'Goal', get: (p) => p.goal.id, show: showGoal, changesOnly: true },
];

const INTERVENTION_FIELDS: readonly FieldSpec<Intervention>[] = [
  { field: 'name', label: 'Name', get: (i) => i.name },
  { field: 'goalId', label: 'Goal it serves', get: (i) => i.goalId, show: showGoal },
  { field: 'resourceId', label: 'Library resource', get: (i) => i.resourceId, show: showResource },
  { field: 'benefits', label: 'Benefits', get: (i) => i.benefits },
  { field: 'drawbacks', label: 'Drawbacks', get: (i) => i.drawbacks },
  { field: 'asks', label: 'What it asks of the client', get: (i) => i.asks },
  { field: 'proposedBy', label: 'Proposed by', get: (i) => i.proposedBy },
  { field: 'decision', label: 'Decision', get: (i) => i.decision },
  { field: 'reason', label: 'The client’s reason', get: (i) => i.reason, clientWords: true },
  typedBy(
    'reasonBy',
    (i) => i.reasonBy,
    (i) => i.reason,
  ),
];

const STRENGTH_FIELDS: readonly FieldSpec<Strength>[] = [
  { field: 'text', label: 'Strength', get: (s) => s.text, clientWords: true },
  typedBy(
    'textBy',
    (s) => s.textBy,
    (s) => s.text,
  ),
];

const PREFERENCE_FIELDS: readonly FieldSpec<Preferences>[] = [
  { field: 'frequency', label: 'How often', get: (p) => p.frequency },
  { field: 'modality', label: 'Kind of therapy', get: (p) => p.modality },
  {
    field: 'format',
    label: 'In person or telehealth',
    get: (p) => p.format,
    show: (raw) => FORMATS[raw as Preferences['format']],
  },
  {
    field: 'involvement',
    label: 'Involvement in decisions',
    get: (p) => p.involvement,
    show: (raw) => INVOLVEMENT[raw as Preferences['involvement']],
  },
  { field: 'helps', label: 'What helps', get: (p) => p.helps, clientWords: true },
  {
    field: 'doesNotHelp',
    label: 'What does not help',
    get: (p) => p.doesNotHelp,
    clientWords: true,
  },
];

const COMPLETION_FIELDS: readonly FieldSpec<PlanContent>[] = [
  {
    field: 'completionCriteria',
    label: 'How the client will know they are done',
    get: (p) => p.completionCriteria,
    clientWords: true,
  },
  typedBy(
    'completionCriteriaBy',
    (p) => p.completionCriteriaBy,
    (p) => p.completionCriteria,
  ),
];

const REVIEW_FIELDS: readonly FieldSpec<PlanContent>[] = [
  { field: 'reviewDate', label: 'Review date', get: (p) => p.reviewDate },
];

const NOTES_FIELDS: readonly FieldSpec<PlanContent>[] = [
  { field: 'counselorNotes', label: 'Counselor notes', get: (p) => p.counselorNotes },
];

function show<T>(spec: FieldSpec<T>, item: T, side: Side): string {
  const raw = spec.get(item);
  return spec.show ? spec.show(raw, side) : raw === null ? '' : String(raw);
}

function changedFields<T>(
  specs: readonly FieldSpec<T>[],
  before: T,
  after: T,
  sides: { before: Side; after: Side },
): FieldChange[] {
  return specs
    .filter((spec) => spec.get(before) !== spec.get(after))
    .map((spec) => ({
      field: spec.field,
      fieldLabel: spec.label,
      before: show(spec, before, sides.before),
      after: show(spec, after, sides.after),
      clientWords: spec.clientWords ?? false,
    }));
}

/** The filled-in fields of an item that exists on one side only. */
function presentFields<T>(
  specs: readonly FieldSpec<T>[],
  item: T,
  side: Side,
  kind: 'added' | 'removed',
): FieldChange[] {
  return specs
    .filter((spec) => {
      if (spec.changesOnly) return false;
      if (spec.authorOf) return spec.authorOf(item) !== '';
      const raw = spec.get(item);
      return raw !== null && raw !== '';
    })
    .map((spec) => {
      const text = show(spec, item, side);
      return {
        field: spec.field,
        fieldLabel: spec.label,
        before: kind === 'removed' ? text : null,
        after: kind === 'added' ? text : null,
        clientWords: spec.clientWords ?? false,
      };
    });
}

/**
 * Keys items by id. Ids are unique within a list in any plan Accord writes; should one ever repeat,
 * its occurrences pair up in order rather than one silently hiding the other.
 */
function byId<T>(items: readonly T[], id: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(id(item)) ?? 0) + 1;
    seen.set(id(item), n);
    map.set(n === 1 ? id(item) : `${id(item)}\u0000${n}`, item);
  }
  return map;
}

interface ListSpec<T> {
  readonly section: DiffSection;
  readonly id: (item: T) => string;
  readonly label: (item: T) => string;
  readonly parent: (item: T) => DiffEntry['parent'];
  readonly fields: readonly FieldSpec<T>[];
}

/** Later-version order for what is still there, then what was removed, in its earlier order. */
function diffList<T>(
  spec: ListSpec<T>,
  before: readonly T[],
  after: readonly T[],
  sides: { before: Side; after: Side },
): DiffEntry[] {
  const earlier = byId(before, spec.id);
  const later = byId(after, spec.id);
  const entry = (kind: DiffEntry['kind'], item: T, changes: FieldChange[]): DiffEntry => ({
    section: spec.section,
    kind,
    itemId: spec.id(item),
    label: spec.label(item),
    parent: spec.parent(item),
    changes,
  });
  const entries: DiffEntry[] = [];
  for (const [key, item] of later) {
    const old = earlier.get(key);
    if (old === undefined) {
      entries.push(entry('added', item, presentFields(spec.fields, item, sides.after, 'added')));
    } else {
      const changes = changedFields(spec.fields, old, item, sides);
      if (changes.length > 0) entries.push(entry('changed', item, changes));
    }
  }
  for (const [key, item] of earlier) {
    if (!later.has(key)) {
      entries.push(
        entry('removed', item, presentFields(spec.fields, item, sides.before, 'removed')),
      );
    }
  }
  return entries;
}

function diffSingle<T>(
  section: DiffSection,
  fields: readonly FieldSpec<T>[],
  before: T,
  after: T,
  sides: { before: Side; after: Side },
): DiffEntry[] {
  const changes = changedFields(fields, before, after, sides);
  if (changes.length === 0) return [];
  return [
    {
      section,
      kind: 'changed',
      itemId: null,
      label: SECTION_TITLES[section],
      parent: null,
      changes,
    },
  ];
}

const placed = (plan: PlanContent): Placed[] =>
  plan.goals.flatMap((goal) => goal.objectives.map((objective) => ({ objective, goal })));

/** Objectives grouped under their goals, in the goals' later order, removed goals last. */
function goalRank(before: PlanContent, after: PlanContent): (goalId: string) => number {
  const ranks = new Map<string, number>();
  after.goals.forEach((g, i) => ranks.set(g.id, ranks.get(g.id) ?? i));
  before.goals.forEach((g, i) => ranks.set(g.id, ranks.get(g.id) ?? after.goals.length + i));
  return (goalId) => ranks.get(goalId) ?? Number.MAX_SAFE_INTEGER;
}

export function diffPlans(
  before: PlanContent,
  after: PlanContent,
  options: DiffOptions = {},
): PlanDiff {
  const sides = { before: { plan: before, options }, after: { plan: after, options } };
  const noParent = () => null;
  const rank = goalRank(before, after);

  const objectives = diffList<Placed>(
    {
      section: 'objectives',
      id: (p) => p.objective.id,
      label: (p) => objectiveLabel(p.objective),
      parent: (p) => ({ itemId: p.goal.id, label: goalLabel(p.goal) }),
      fields: OBJECTIVE_FIELDS,
    },
    placed(before),
    placed(after),
    sides,
  ).sort((a, b) => rank(a.parent?.itemId ?? '') - rank(b.parent?.itemId ?? ''));

  const all: Record<DiffSection, DiffEntry[]> = {
    concerns: diffList(
      {
        section: 'concerns',
        id: (c) => c.id,
        label: concernLabel,
        parent: noParent,
        fields: CONCERN_FIELDS,
      },
      before.concerns,
      after.concerns,
      sides,
    ),
    goals: diffList(
      {
        section: 'goals',
        id: (g) => g.id,
        label: goalLabel,
        parent: noParent,
        fields: GOAL_FIELDS,
      },
      before.goals,
      after.goals,
      sides,
    ),
    objectives,
    interventions: diffList(
      {
        section: 'interventions',
        id: (i) => i.id,
        label: interventionLabel,
        parent: noParent,
        fields: INTERVENTION_FIELDS,
      },
      before.interventions,
      after.interventions,
      sides,
    ),
    strengths: diffList(
      {
        section: 'strengths',
        id: (s) => s.id,
        label: strengthLabel,
        parent: noParent,
        fields: STRENGTH_FIELDS,
      },
      before.strengths,
      after.strengths,
      sides,
    ),
    preferences: diffSingle(
      'preferences',
      PREFERENCE_FIELDS,
      before.preferences,
      after.preferences,
      sides,
    ),
    completionCriteria: diffSingle('completionCriteria', COMPLETION_FIELDS, before, after, sides),
    reviewDate: diffSingle('reviewDate', REVIEW_FIELDS, before, after, sides),
    counselorNotes:
      options.audience === 'client'
        ? []
        : diffSingle('counselorNotes', NOTES_FIELDS, before, after, sides),
  };

  return {
    sections: DIFF_SECTIONS.filter((section) => all[section].length > 0).map((section) => ({
      section,
      title: SECTION_TITLES[section],
      entries: all[section],
    })),
  };
}

export function isEmptyDiff(diff: PlanDiff): boolean {
  return diff.sections.every((s) => s.entries.length === 0);
}

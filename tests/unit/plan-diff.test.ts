import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  emptyPlan,
  planContent,
  type Concern,
  type Goal,
  type Intervention,
  type Objective,
  type PlanContent,
} from '../../shared/domain/plans.ts';
import {
  diffPlans,
  isEmptyDiff,
  shortLabel,
  type DiffEntry,
  type DiffSection,
  type PlanDiff,
} from '../../shared/plan-diff.ts';

const concern = (id: string, over: Partial<Concern> = {}): Concern => ({
  id,
  clientWords: 'I can’t sleep and I snap at my kids',
  clientWordsBy: 'client',
  clinical: 'Insomnia and irritability',
  ...over,
});

const objective = (id: string, over: Partial<Objective> = {}): Objective => ({
  id,
  clientWords: 'Sleep six hours most nights',
  clientWordsBy: 'client',
  description: 'Increase sleep duration',
  baseline: '4 hours',
  target: '6 hours',
  targetDate: null,
  ...over,
});

const goal = (id: string, over: Partial<Goal> = {}): Goal => ({
  id,
  clientWords: 'Feel rested and calmer with my family',
  clientWordsBy: 'client',
  clinical: 'Reduce symptoms of insomnia',
  proposedBy: 'together',
  targetDate: '2026-09-01',
  status: 'active',
  statusReason: '',
  objectives: [],
  ...over,
});

const intervention = (id: string, over: Partial<Intervention> = {}): Intervention => ({
  id,
  name: 'Cognitive behavioral therapy for insomnia',
  goalId: null,
  resourceId: null,
  benefits: 'Well studied for sleep',
  drawbacks: 'Sleep diary every day',
  asks: 'Keep a diary',
  proposedBy: 'counselor',
  decision: 'undecided',
  reason: '',
  reasonBy: 'client',
  ...over,
});

/** A plan with something in every section. */
function fullPlan(): PlanContent {
  return {
    ...emptyPlan('2026-06-01'),
    concerns: [concern('concern-1'), concern('concern-2', { clientWords: 'Worry at work' })],
    goals: [
      goal('goal-01', { objectives: [objective('obj-001'), objective('obj-002')] }),
      goal('goal-02', { clientWords: 'Enjoy weekends again', objectives: [objective('obj-003')] }),
    ],
    interventions: [
      intervention('intv-01', { goalId: 'goal-01' }),
      intervention('intv-02', { name: 'Mindfulness practice' }),
    ],
    strengths: [
      { id: 'str-001', text: 'I’m stubborn in a good way', textBy: 'client' },
      { id: 'str-002', text: 'Supportive sister', textBy: 'counselor' },
    ],
    preferences: {
      frequency: 'Every other week',
      modality: 'Talk therapy',
      format: 'telehealth',
      involvement: 'share',
      helps: 'Straight talk',
      doesNotHelp: 'Being told to relax',
    },
    completionCriteria: 'When I sleep through most nights for a month',
    completionCriteriaBy: 'client',
    counselorNotes: 'Consider sleep hygiene handout.',
  };
}

/** Applies `edit` to a deep copy, so the original stays the "before" version. */
function edited(plan: PlanContent, edit: (p: PlanContent) => void): PlanContent {
  const copy = structuredClone(plan);
  edit(copy);
  return copy;
}

const entriesOf = (diff: PlanDiff, section: DiffSection): readonly DiffEntry[] =>
  diff.sections.find((s) => s.section === section)?.entries ?? [];

const allEntries = (diff: PlanDiff): DiffEntry[] => diff.sections.flatMap((s) => s.entries);

describe('fixtures', () => {
  test('the full plan is a valid plan', () => {
    expect(planContent.safeParse(fullPlan()).success).toBe(true);
  });
});

describe('no change', () => {
  test('a plan against itself, or a copy, is an empty diff', () => {
    const plan = fullPlan();
    expect(isEmptyDiff(diffPlans(plan, plan))).toBe(true);
    expect(diffPlans(plan, structuredClone(plan))).toEqual({ sections: [] });
  });

  test('reordering items in every list is not a change', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.concerns.reverse();
      p.goals.reverse();
      p.goals[1]!.objectives.reverse();
      p.interventions.reverse();
      p.strengths.reverse();
    });
    expect(isEmptyDiff(diffPlans(before, after))).toBe(true);
  });

  test('a reordered item that also changed is reported once, as changed', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.goals.reverse();
      p.goals[1]!.status = 'achieved';
    });
    const diff = diffPlans(before, after);
    expect(allEntries(diff)).toHaveLength(1);
    expect(entriesOf(diff, 'goals')[0]).toMatchObject({
      kind: 'changed',
      itemId: 'goal-01',
      changes: [{ field: 'status', fieldLabel: 'Status', before: 'active', after: 'achieved' }],
    });
  });
});

describe('concerns', () => {
  test('added, removed and changed', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.concerns[0]!.clinical = 'Insomnia disorder';
      p.concerns.splice(1, 1);
      p.concerns.push(concern('concern-3', { clientWords: 'Money', clinical: '' }));
    });
    const entries = entriesOf(diffPlans(before, after), 'concerns');
    expect(entries.map((e) => [e.kind, e.itemId])).toEqual([
      ['changed', 'concern-1'],
      ['added', 'concern-3'],
      ['removed', 'concern-2'],
    ]);
    expect(entries[0]!.changes).toEqual([
      {
        field: 'clinical',
        fieldLabel: 'Clinical wording',
        before: 'Insomnia and irritability',
        after: 'Insomnia disorder',
        clientWords: false,
      },
    ]);
    // An added item lists what was filled in, and leaves out what was left empty.
    expect(entries[1]!.label).toBe('Money');
    expect(entries[1]!.changes).toEqual([
      {
        field: 'clientWords',
        fieldLabel: 'In the client’s words',
        before: null,
        after: 'Money',
        clientWords: true,
      },
      {
        field: 'clientWordsBy',
        fieldLabel: 'Typed by',
        before: null,
        after: 'client',
        clientWords: false,
      },
    ]);
    expect(entries[2]!.label).toBe('Worry at work');
    expect(entries[2]!.changes.every((c) => c.after === null && c.before !== null)).toBe(true);
  });
});

describe('goals and objectives', () => {
  test('goal added, removed and changed; client words flagged', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.goals[0]!.clientWords = 'Feel rested';
      p.goals[0]!.targetDate = null;
      p.goals.splice(1, 1);
      p.goals.push(goal('goal-03', { clientWords: 'Find a new job' }));
    });
    const diff = diffPlans(before, after);
    const goals = entriesOf(diff, 'goals');
    expect(goals.map((e) => [e.kind, e.itemId, e.label])).toEqual([
      ['changed', 'goal-01', 'Feel rested'],
      ['added', 'goal-03', 'Find a new job'],
      ['removed', 'goal-02', 'Enjoy weekends again'],
    ]);
    expect(goals[0]!.changes).toEqual([
      {
        field: 'clientWords',
        fieldLabel: 'In the client’s words',
        before: 'Feel rested and calmer with my family',
        after: 'Feel rested',
        clientWords: true,
      },
      {
        field: 'targetDate',
        fieldLabel: 'Target date',
        before: '2026-09-01',
        after: 'no date',
        clientWords: false,
      },
    ]);
    // The removed goal's objective goes with it, and is listed under it.
    expect(entriesOf(diff, 'objectives')).toMatchObject([
      {
        kind: 'removed',
        itemId: 'obj-003',
        parent: { itemId: 'goal-02', label: 'Enjoy weekends again' },
      },
    ]);
  });

  test('a discontinued goal shows its status and the client’s reason', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.goals[1]!.status = 'discontinued';
      p.goals[1]!.statusReason = 'Weekends are fine now';
    });
    expect(entriesOf(diffPlans(before, after), 'goals')[0]!.changes).toEqual([
      {
        field: 'status',
        fieldLabel: 'Status',
        before: 'active',
        after: 'discontinued',
        clientWords: false,
      },
      {
        field: 'statusReason',
        fieldLabel: 'Reason for the status',
        before: '',
        after: 'Weekends are fine now',
        clientWords: true,
      },
    ]);
  });

  test('objectives are listed under their goal, in goal order', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.goals[1]!.objectives.push(objective('obj-004', { clientWords: 'One outing a week' }));
      p.goals[0]!.objectives[1]!.target = '7 hours';
      p.goals[0]!.objectives.splice(0, 1);
    });
    const objectives = entriesOf(diffPlans(before, after), 'objectives');
    expect(objectives.map((e) => [e.kind, e.itemId, e.parent?.itemId])).toEqual([
      ['changed', 'obj-002', 'goal-01'],
      ['removed', 'obj-001', 'goal-01'],
      ['added', 'obj-004', 'goal-02'],
    ]);
    expect(objectives[0]!.changes).toEqual([
      {
        field: 'target',
        fieldLabel: 'Target',
        before: '6 hours',
        after: '7 hours',
        clientWords: false,
      },
    ]);
    expect(objectives[2]!.parent).toEqual({ itemId: 'goal-02', label: 'Enjoy weekends again' });
    // Which goal an added objective sits under is said by its parent, not repeated as a field.
    expect(objectives[2]!.changes.map((c) => c.field)).not.toContain('goal');
  });

  test('an objective moved to another goal is a change of goal, not a removal and an addition', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      const [moved] = p.goals[0]!.objectives.splice(1, 1);
      p.goals[1]!.objectives.unshift(moved!);
    });
    const objectives = entriesOf(diffPlans(before, after), 'objectives');
    expect(objectives).toEqual([
      {
        section: 'objectives',
        kind: 'changed',
        itemId: 'obj-002',
        label: 'Sleep six hours most nights',
        parent: { itemId: 'goal-02', label: 'Enjoy weekends again' },
        changes: [
          {
            field: 'goal',
            fieldLabel: 'Goal',
            before: 'Feel rested and calmer with my family',
            after: 'Enjoy weekends again',
            clientWords: false,
          },
        ],
      },
    ]);
  });

  test('an objective’s client words are flagged', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.goals[0]!.objectives[0]!.clientWords = 'Sleep seven hours';
      p.goals[0]!.objectives[0]!.clientWordsBy = 'counselor';
    });
    expect(entriesOf(diffPlans(before, after), 'objectives')[0]!.changes).toEqual([
      {
        field: 'clientWords',
        fieldLabel: 'In the client’s words',
        before: 'Sleep six hours most nights',
        after: 'Sleep seven hours',
        clientWords: true,
      },
      {
        field: 'clientWordsBy',
        fieldLabel: 'Typed by',
        before: 'client',
        after: 'counselor',
        clientWords: false,
      },
    ]);
  });
});

describe('interventions', () => {
  test('a decision reads as plain words, with the client’s reason flagged', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.interventions[1]!.decision = 'declined';
      p.interventions[1]!.reason = 'Sitting still makes me more anxious';
    });
    const [entry] = entriesOf(diffPlans(before, after), 'interventions');
    expect(entry).toEqual({
      section: 'interventions',
      kind: 'changed',
      itemId: 'intv-02',
      label: 'Mindfulness practice',
      parent: null,
      changes: [
        {
          field: 'decision',
          fieldLabel: 'Decision',
          before: 'undecided',
          after: 'declined',
          clientWords: false,
        },
        {
          field: 'reason',
          fieldLabel: 'The client’s reason',
          before: '',
          after: 'Sitting still makes me more anxious',
          clientWords: true,
        },
      ],
    });
  });

  test('the goal served and the library resource are shown by name', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.interventions[0]!.goalId = 'goal-02';
      p.interventions[0]!.resourceId = 7;
      p.interventions[1]!.goalId = 'goal-01';
    });
    const entries = entriesOf(
      diffPlans(before, after, { resourceTitle: (id) => (id === 7 ? 'CBT' : undefined) }),
      'interventions',
    );
    expect(entries[0]!.changes).toEqual([
      {
        field: 'goalId',
        fieldLabel: 'Goal it serves',
        before: 'Feel rested and calmer with my family',
        after: 'Enjoy weekends again',
        clientWords: false,
      },
      {
        field: 'resourceId',
        fieldLabel: 'Library resource',
        before: 'none',
        after: 'CBT',
        clientWords: false,
      },
    ]);
    expect(entries[1]!.changes[0]).toMatchObject({
      before: 'none',
      after: 'Feel rested and calmer with my family',
    });

    const unnamed = entriesOf(diffPlans(before, after), 'interventions')[0]!.changes[1];
    expect(unnamed?.after).toBe('library resource 7');
  });

  test('added and removed', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.interventions.shift();
      p.interventions.push(
        intervention('intv-03', {
          name: 'Group therapy',
          decision: 'deferred',
          benefits: '',
          drawbacks: '',
          asks: '',
        }),
      );
    });
    const entries = entriesOf(diffPlans(before, after), 'interventions');
    expect(entries.map((e) => [e.kind, e.itemId])).toEqual([
      ['added', 'intv-03'],
      ['removed', 'intv-01'],
    ]);
    expect(entries[0]!.changes.map((c) => [c.fieldLabel, c.after])).toEqual([
      ['Name', 'Group therapy'],
      ['Proposed by', 'counselor'],
      ['Decision', 'deferred'],
    ]);
    expect(entries[1]!.changes.find((c) => c.field === 'goalId')?.before).toBe(
      'Feel rested and calmer with my family',
    );
  });
});

describe('strengths', () => {
  test('added, removed and changed, with the client’s words flagged', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.strengths[0]!.text = 'Stubborn, in a good way';
      p.strengths.splice(1, 1);
      p.strengths.push({ id: 'str-003', text: 'I keep showing up', textBy: 'client' });
    });
    const entries = entriesOf(diffPlans(before, after), 'strengths');
    expect(entries.map((e) => [e.kind, e.itemId])).toEqual([
      ['changed', 'str-001'],
      ['added', 'str-003'],
      ['removed', 'str-002'],
    ]);
    expect(entries[0]!.changes).toEqual([
      {
        field: 'text',
        fieldLabel: 'Strength',
        before: 'I’m stubborn in a good way',
        after: 'Stubborn, in a good way',
        clientWords: true,
      },
    ]);
    expect(entries[1]!.changes[0]).toMatchObject({ field: 'text', clientWords: true });
  });
});

describe('plan-wide sections', () => {
  test('preferences: plain labels and plain values; what helps is the client’s words', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.preferences.format = 'in_person';
      p.preferences.involvement = 'lead';
      p.preferences.helps = 'Straight talk and humor';
      p.preferences.doesNotHelp = '';
    });
    const [entry] = entriesOf(diffPlans(before, after), 'preferences');
    expect(entry).toMatchObject({
      kind: 'changed',
      itemId: null,
      label: 'Preferences',
      parent: null,
    });
    expect(entry!.changes.map((c) => [c.fieldLabel, c.before, c.after, c.clientWords])).toEqual([
      ['In person or telehealth', 'telehealth', 'in person', false],
      ['Involvement in decisions', 'wants to share decisions', 'wants to lead', false],
      ['What helps', 'Straight talk', 'Straight talk and humor', true],
      ['What does not help', 'Being told to relax', '', true],
    ]);
  });

  test('completion criteria, review date and counselor notes', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.completionCriteria = 'When I sleep well for two months';
      p.completionCriteriaBy = 'counselor';
      p.reviewDate = '2026-07-01';
      p.counselorNotes = 'Handout given.';
    });
    const diff = diffPlans(before, after);
    expect(diff.sections.map((s) => [s.section, s.title])).toEqual([
      ['completionCriteria', 'Completion criteria'],
      ['reviewDate', 'Review date'],
      ['counselorNotes', 'Counselor notes'],
    ]);
    expect(entriesOf(diff, 'completionCriteria')[0]!.changes).toEqual([
      {
        field: 'completionCriteria',
        fieldLabel: 'How the client will know they are done',
        before: 'When I sleep through most nights for a month',
        after: 'When I sleep well for two months',
        clientWords: true,
      },
      {
        field: 'completionCriteriaBy',
        fieldLabel: 'Typed by',
        before: 'client',
        after: 'counselor',
        clientWords: false,
      },
    ]);
    expect(entriesOf(diff, 'reviewDate')[0]!.changes).toEqual([
      {
        field: 'reviewDate',
        fieldLabel: 'Review date',
        before: '2026-06-01',
        after: '2026-07-01',
        clientWords: false,
      },
    ]);
    expect(entriesOf(diff, 'counselorNotes')[0]!.changes[0]).toMatchObject({
      before: 'Consider sleep hygiene handout.',
      after: 'Handout given.',
      clientWords: false,
    });
  });

  test('a diff for the client never carries the counselor notes', () => {
    const before = fullPlan();
    const after = edited(before, (p) => {
      p.counselorNotes = 'Private observation';
    });
    const diff = diffPlans(before, after, { audience: 'client' });
    expect(isEmptyDiff(diff)).toBe(true);
    expect(JSON.stringify(diff)).not.toContain('Private observation');
    expect(isEmptyDiff(diffPlans(before, after, { audience: 'counselor' }))).toBe(false);
  });
});

describe('labels', () => {
  test('long or multi-line words are shortened at a word', () => {
    const long =
      'I want to be able to go to the grocery store without my heart pounding and leaving early';
    expect(shortLabel(long, 'x')).toBe('I want to be able to go to the grocery store without my…');
    expect(shortLabel(long, 'x').length).toBeLessThanOrEqual(60);
    expect(shortLabel('  Line one\nline two  ', 'x')).toBe('Line one line two');
    expect(shortLabel('x'.repeat(80), 'x')).toBe(`${'x'.repeat(59)}…`);
    // An emoji straddling the cut is dropped whole, not split in half.
    expect(shortLabel(`${'x'.repeat(58)}🌱${'y'.repeat(10)}`, 'x')).toBe(`${'x'.repeat(58)}…`);
  });

  test('an item without words falls back to its clinical wording, then to a plain name', () => {
    const before = emptyPlan('2026-06-01');
    const after = edited(before, (p) => {
      p.goals.push(goal('goal-10', { clientWords: '', clinical: 'Reduce panic attacks' }));
      p.goals.push(goal('goal-11', { clientWords: '', clinical: '' }));
    });
    expect(entriesOf(diffPlans(before, after), 'goals').map((e) => e.label)).toEqual([
      'Reduce panic attacks',
      'Untitled goal',
    ]);
  });
});

describe('properties', () => {
  // A small id pool, so two random plans share some ids and differ in others.
  const ID_POOL = Array.from({ length: 8 }, (_, i) => `item-${i}0`);
  const ids = fc.uniqueArray(fc.constantFrom(...ID_POOL), { maxLength: 6 });
  const text = fc.constantFrom('', 'a', 'b', 'I want to rest');
  const author = fc.constantFrom('client' as const, 'counselor' as const);
  const date = fc.constantFrom(null, '2026-01-01', '2026-02-01');

  const planArb: fc.Arbitrary<PlanContent> = fc
    .record({
      concernIds: ids,
      goalIds: ids,
      objectiveIds: fc.uniqueArray(fc.constantFrom(...ID_POOL.map((i) => `obj-${i}`)), {
        maxLength: 6,
      }),
      objectiveHomes: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      interventionIds: ids,
      strengthIds: ids,
      words: fc.array(text, { minLength: 40, maxLength: 40 }),
      authors: fc.array(author, { minLength: 40, maxLength: 40 }),
      dates: fc.array(date, { minLength: 20, maxLength: 20 }),
      decision: fc.constantFrom('undecided', 'chosen', 'deferred') as fc.Arbitrary<
        Intervention['decision']
      >,
    })
    .map((r) => {
      const w = (i: number) => r.words[i % r.words.length]!;
      const by = (i: number) => r.authors[i % r.authors.length]!;
      const d = (i: number) => r.dates[i % r.dates.length]!;
      const goals = r.goalIds.map((id, i) =>
        goal(id, { clientWords: w(i), clientWordsBy: by(i), targetDate: d(i), objectives: [] }),
      );
      r.objectiveIds.forEach((id, i) => {
        const home = goals[r.objectiveHomes[i]! % Math.max(goals.length, 1)];
        home?.objectives.push(objective(id, { target: w(i + 7), targetDate: d(i + 3) }));
      });
      return {
        ...emptyPlan('2026-06-01'),
        concerns: r.concernIds.map((id, i) =>
          concern(id, { clinical: w(i + 11), clientWordsBy: by(i) }),
        ),
        goals,
        interventions: r.interventionIds.map((id, i) =>
          intervention(id, {
            decision: r.decision,
            benefits: w(i + 13),
            goalId: r.goalIds[i] ?? null,
          }),
        ),
        strengths: r.strengthIds.map((id, i) => ({ id, text: w(i + 17), textBy: by(i + 1) })),
        completionCriteria: w(19),
        counselorNotes: w(23),
      };
    });

  const idsOf = (plan: PlanContent): Record<string, Set<string>> => ({
    concerns: new Set(plan.concerns.map((c) => c.id)),
    goals: new Set(plan.goals.map((g) => g.id)),
    objectives: new Set(plan.goals.flatMap((g) => g.objectives.map((o) => o.id))),
    interventions: new Set(plan.interventions.map((i) => i.id)),
    strengths: new Set(plan.strengths.map((s) => s.id)),
  });

  test('a plan against itself is empty, in any order', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(isEmptyDiff(diffPlans(plan, plan))).toBe(true);
        const shuffled = edited(plan, (p) => {
          p.concerns.reverse();
          p.goals.reverse();
          p.goals.forEach((g) => g.objectives.reverse());
          p.interventions.reverse();
          p.strengths.reverse();
        });
        expect(isEmptyDiff(diffPlans(plan, shuffled))).toBe(true);
      }),
    );
  });

  test('added and removed are exactly the ids on one side only', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const diff = diffPlans(a, b);
        const before = idsOf(a);
        const after = idsOf(b);
        for (const section of Object.keys(before)) {
          const entries = entriesOf(diff, section as DiffSection);
          const of = (kind: DiffEntry['kind']) =>
            new Set(entries.filter((e) => e.kind === kind).map((e) => e.itemId));
          const onlyAfter = [...after[section]!].filter((id) => !before[section]!.has(id));
          const onlyBefore = [...before[section]!].filter((id) => !after[section]!.has(id));
          expect(of('added')).toEqual(new Set(onlyAfter));
          expect(of('removed')).toEqual(new Set(onlyBefore));
          for (const id of of('changed')) {
            expect(id !== null && before[section]!.has(id) && after[section]!.has(id)).toBe(true);
          }
          // Each item appears once at most.
          expect(new Set(entries.map((e) => e.itemId)).size).toBe(entries.length);
        }
      }),
    );
  });

  test('a changed entry lists only fields whose values differ, and never an empty change', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        for (const entry of allEntries(diffPlans(a, b))) {
          if (entry.kind !== 'changed') continue;
          expect(entry.changes.length).toBeGreaterThan(0);
          for (const change of entry.changes) {
            expect(change.before).not.toBeNull();
            expect(change.after).not.toBeNull();
            // A goal is shown by its words, and two goals may have the same words.
            if (change.field !== 'goal' && change.field !== 'goalId') {
              expect(change.before).not.toBe(change.after);
            }
          }
        }
      }),
    );
  });

  test('diffing back reverses added and removed', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const kinds = (diff: PlanDiff) =>
          allEntries(diff)
            .map((e) => `${e.section}:${e.itemId ?? ''}:${e.kind}`)
            .sort();
        const flip = { added: 'removed', removed: 'added', changed: 'changed' } as const;
        const forward = allEntries(diffPlans(a, b)).map(
          (e) => `${e.section}:${e.itemId ?? ''}:${flip[e.kind]}`,
        );
        expect(kinds(diffPlans(b, a))).toEqual(forward.sort());
      }),
    );
  });
});

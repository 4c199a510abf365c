import { GOAL_STATUSES, PROPOSERS, type Goal } from '../../../../shared/domain/plans.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ObjectiveItem } from './ObjectiveItem.tsx';
import { AddButton, PlanItem } from './PlanItem.tsx';
import type { FieldError } from './planErrors.ts';
import { newObjective, replaceAt } from './planItems.ts';
import { GOAL_STATUS_LABELS, proposerLabel } from './planText.ts';
import type { Progress } from './progress.ts';

export interface GoalItemProps {
  goal: Goal;
  index: number;
  person: string;
  err: FieldError;
  progress: Progress;
  onChange: (goal: Goal) => void;
  onRemove: () => void;
  onRemoveObjective: (objectiveIndex: number) => void;
}

const STATUS_OPTIONS = GOAL_STATUSES.map((s) => ({ value: s, label: GOAL_STATUS_LABELS[s] }));

export function GoalItem(props: GoalItemProps) {
  const { goal, index, person, err, progress, onChange, onRemove, onRemoveObjective } = props;
  const path = `goals.${index}`;
  const set = (patch: Partial<Goal>) => onChange({ ...goal, ...patch });
  const title = `Goal ${index + 1}`;
  return (
    <PlanItem
      title={title}
      onRemove={onRemove}
      aside={
        goal.status !== 'active' && (
          <Badge tone={goal.status === 'achieved' ? 'accent' : 'quiet'}>
            {GOAL_STATUS_LABELS[goal.status]}
          </Badge>
        )
      }
    >
      <div className="plan-pair">
        <ClientWordsField
          person={person}
          value={goal.clientWords}
          typedBy={goal.clientWordsBy}
          onChange={(clientWords) => set({ clientWords, clientWordsBy: 'counselor' })}
          error={err(`${path}.clientWords`)}
        />
        <TextArea
          label="Clinical statement"
          rows={2}
          value={goal.clinical}
          onChange={(event) => set({ clinical: event.target.value })}
          error={err(`${path}.clinical`)}
        />
      </div>
      <div className="goal-facts">
        <Choice
          legend="Proposed by"
          look="segmented"
          options={PROPOSERS.map((p) => ({ value: p, label: proposerLabel(p, person) }))}
          value={goal.proposedBy}
          onChange={(proposedBy) => set({ proposedBy })}
          error={err(`${path}.proposedBy`)}
        />
        <TextField
          label="Target date"
          type="date"
          value={goal.targetDate ?? ''}
          onChange={(event) => set({ targetDate: event.target.value || null })}
          error={err(`${path}.targetDate`)}
        />
        <Select
          label="Status"
          options={STATUS_OPTIONS}
          value={goal.status}
          onChange={(event) => set({ status: event.target.value as Goal['status'] })}
          error={err(`${path}.status`)}
        />
      </div>
      {goal.status === 'discontinued' && (
        <ClientWordsField
          person={person}
          label={`Why ${person} chose to stop, in their words`}
          hint={`Stopping is ${person}’s choice to make; the reason stays with the plan.`}
          value={goal.statusReason}
          onChange={(statusReason) => set({ statusReason })}
          error={err(`${path}.statusReason`)}
        />
      )}
      <div className="goal-objectives">
        <p className="plan-subhead">Objectives</p>
        {goal.objectives.length === 0 && (
          <p className="muted">Small, measurable steps that show the goal is getting closer.</p>
        )}
        {goal.objectives.map((objective, j) => (
          <ObjectiveItem
            key={objective.id}
            objective={objective}
            title={`Objective ${index + 1}.${j + 1}`}
            path={`${path}.objectives.${j}`}
            person={person}
            err={err}
            progress={progress}
            onChange={(next) => set({ objectives: replaceAt(goal.objectives, j, next) })}
            onRemove={() => onRemoveObjective(j)}
          />
        ))}
        <AddButton onClick={() => set({ objectives: [...goal.objectives, newObjective()] })}>
          Add an objective<span className="sr-only"> to goal {index + 1}</span>
        </AddButton>
      </div>
    </PlanItem>
  );
}

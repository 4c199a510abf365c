import type { Objective } from '../../../../shared/domain/plans.ts';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ObjectiveProgress } from './ObjectiveProgress.tsx';
import { PlanItem } from './PlanItem.tsx';
import type { FieldError } from './planErrors.ts';
import type { Progress } from './progress.ts';

export interface ObjectiveItemProps {
  objective: Objective;
  title: string;
  /** "goals.0.objectives.1", where a refused save puts this objective's messages. */
  path: string;
  person: string;
  err: FieldError;
  progress: Progress;
  onChange: (objective: Objective) => void;
  onRemove: () => void;
}

/** A measurable step toward a goal, with where the client starts and where they want to be. */
export function ObjectiveItem(props: ObjectiveItemProps) {
  const { objective, title, path, person, err, progress, onChange, onRemove } = props;
  const set = (patch: Partial<Objective>) => onChange({ ...objective, ...patch });
  return (
    <PlanItem title={title} onRemove={onRemove} className="plan-item-nested">
      <div className="plan-pair">
        <ClientWordsField
          person={person}
          value={objective.clientWords}
          typedBy={objective.clientWordsBy}
          onChange={(clientWords) => set({ clientWords, clientWordsBy: 'counselor' })}
          error={err(`${path}.clientWords`)}
        />
        <TextArea
          label="Objective"
          hint="Specific and measurable."
          rows={2}
          value={objective.description}
          onChange={(event) => set({ description: event.target.value })}
          error={err(`${path}.description`)}
        />
      </div>
      <div className="plan-trio">
        <TextField
          label="Baseline"
          hint="Where it is now."
          value={objective.baseline}
          onChange={(event) => set({ baseline: event.target.value })}
          error={err(`${path}.baseline`)}
        />
        <TextField
          label="Target"
          hint="Where it will be."
          value={objective.target}
          onChange={(event) => set({ target: event.target.value })}
          error={err(`${path}.target`)}
        />
        <TextField
          label="Target date"
          hint="Optional."
          type="date"
          value={objective.targetDate ?? ''}
          onChange={(event) => set({ targetDate: event.target.value || null })}
          error={err(`${path}.targetDate`)}
        />
      </div>
      <ObjectiveProgress
        objectiveId={objective.id}
        title={title}
        person={person}
        progress={progress}
      />
    </PlanItem>
  );
}

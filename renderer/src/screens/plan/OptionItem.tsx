import { goalLabel } from '../../../../shared/plan-diff.ts';
import {
  DECISIONS,
  PROPOSERS,
  type Goal,
  type Intervention,
} from '../../../../shared/domain/plans.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { PlanItem } from './PlanItem.tsx';
import type { FieldError } from './planErrors.ts';
import { DECISION_LABELS, proposerLabel, reasonLabel } from './planText.ts';

export interface OptionItemProps {
  option: Intervention;
  index: number;
  goals: readonly Goal[];
  person: string;
  err: FieldError;
  onChange: (option: Intervention) => void;
  onRemove: () => void;
}

/** One option discussed, as a card: what it offers, what it costs, what it asks, and the choice. */
export function OptionItem({
  option,
  index,
  goals,
  person,
  err,
  onChange,
  onRemove,
}: OptionItemProps) {
  const path = `interventions.${index}`;
  const set = (patch: Partial<Intervention>) => onChange({ ...option, ...patch });
  const goalOptions = [
    { value: '', label: 'No particular goal' },
    ...goals.map((g, i) => ({ value: g.id, label: `Goal ${i + 1}: ${goalLabel(g)}` })),
  ];
  return (
    <PlanItem
      title={`Option ${index + 1}`}
      onRemove={onRemove}
      className={`option-card option-${option.decision}`}
      aside={<DecisionBadge option={option} person={person} />}
    >
      <div className="option-top">
        <TextField
          label="Name"
          value={option.name}
          onChange={(event) => set({ name: event.target.value })}
          error={err(`${path}.name`)}
        />
        <Select
          label="Goal it serves"
          options={goalOptions}
          value={option.goalId ?? ''}
          onChange={(event) => set({ goalId: event.target.value || null })}
          error={err(`${path}.goalId`)}
        />
      </div>
      <div className="plan-trio option-facts">
        <TextArea
          label="Benefits"
          rows={3}
          value={option.benefits}
          onChange={(event) => set({ benefits: event.target.value })}
          error={err(`${path}.benefits`)}
        />
        <TextArea
          label="Drawbacks"
          rows={3}
          value={option.drawbacks}
          onChange={(event) => set({ drawbacks: event.target.value })}
          error={err(`${path}.drawbacks`)}
        />
        <TextArea
          label={`What it asks of ${person}`}
          rows={3}
          value={option.asks}
          onChange={(event) => set({ asks: event.target.value })}
          error={err(`${path}.asks`)}
        />
      </div>
      <div className="option-decision">
        <Choice
          legend="Proposed by"
          look="segmented"
          options={PROPOSERS.map((p) => ({ value: p, label: proposerLabel(p, person) }))}
          value={option.proposedBy}
          onChange={(proposedBy) => set({ proposedBy })}
          error={err(`${path}.proposedBy`)}
        />
        <Choice
          legend={`${person}’s decision`}
          look="segmented"
          options={DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
          value={option.decision}
          onChange={(decision) => set({ decision })}
          error={err(`${path}.decision`)}
        />
      </div>
      {(option.decision !== 'undecided' || option.reason !== '') && (
        <ClientWordsField
          person={person}
          label={reasonLabel(option.decision, person)}
          hint={
            option.decision === 'declined'
              ? `Saying no is ${person}’s right. The option stays on the plan, marked as declined.`
              : undefined
          }
          value={option.reason}
          typedBy={option.reasonBy}
          onChange={(reason) => set({ reason, reasonBy: 'counselor' })}
          error={err(`${path}.reason`)}
        />
      )}
    </PlanItem>
  );
}

export function DecisionBadge({ option, person }: { option: Intervention; person: string }) {
  return (
    <span className="option-badges">
      {option.resourceId !== null && <Badge tone="quiet">From the library</Badge>}
      {option.decision === 'chosen' && <Badge tone="accent">Chosen by {person}</Badge>}
      {option.decision === 'declined' && (
        <Badge tone="neutral">
          <span aria-hidden="true">✕</span> Declined by {person}
        </Badge>
      )}
      {option.decision === 'deferred' && <Badge tone="quiet">Later</Badge>}
    </span>
  );
}

import { memo } from 'react';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import type { AddressedDraft } from './draft.ts';
import type { ObjectiveGroup, PlanObjective } from './loadNote.ts';

export interface ObjectivesPickerProps {
  groups: readonly ObjectiveGroup[];
  selected: readonly AddressedDraft[];
  onChange: (next: AddressedDraft[]) => void;
}

/** The plan's objectives this session worked on, each with an optional word on progress. */
export const ObjectivesPicker = memo(function ObjectivesPicker({
  groups,
  selected,
  onChange,
}: ObjectivesPickerProps) {
  const known = new Set(groups.flatMap((g) => g.objectives.map((o) => o.id)));
  // Objectives taken out of the plan since this draft linked them: the core refuses to save them.
  const stale = selected.filter((s) => !known.has(s.objectiveId));
  const find = (id: string) => selected.find((s) => s.objectiveId === id);
  const toggle = (id: string, on: boolean) =>
    onChange(
      on
        ? [...selected, { objectiveId: id, comment: '' }]
        : selected.filter((s) => s.objectiveId !== id),
    );
  const comment = (id: string, text: string) =>
    onChange(selected.map((s) => (s.objectiveId === id ? { ...s, comment: text } : s)));

  return (
    <fieldset className="note-block">
      <legend className="note-block-title">Objectives addressed</legend>
      {groups.length === 0 ? (
        <p className="muted">
          This client’s plan has no objectives yet. Once the plan has some, you can link each note
          to the ones it worked on.
        </p>
      ) : (
        <>
          <p className="muted note-block-hint">
            From the client’s current plan. Tick the ones this session worked on.
          </p>
          {groups.map((group) => (
            <div key={group.goalId} className="objective-group">
              <p className="objective-goal">
                <span className="sr-only">Goal: </span>
                {group.goal}
              </p>
              <ul className="objective-list">
                {group.objectives.map((objective) => (
                  <ObjectiveRow
                    key={objective.id}
                    objective={objective}
                    chosen={find(objective.id)}
                    onToggle={toggle}
                    onComment={comment}
                  />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {stale.length > 0 && (
        <div className="objective-stale">
          <p>
            {stale.length === 1 ? 'One objective' : `${stale.length} objectives`} linked to this
            note {stale.length === 1 ? 'is' : 'are'} no longer in the current plan. Remove{' '}
            {stale.length === 1 ? 'it' : 'them'} so the note can be saved.
          </p>
          <Button
            className="button-small"
            onClick={() => onChange(selected.filter((s) => known.has(s.objectiveId)))}
          >
            Remove from this note
          </Button>
        </div>
      )}
    </fieldset>
  );
});

interface ObjectiveRowProps {
  objective: PlanObjective;
  chosen: AddressedDraft | undefined;
  onToggle: (id: string, on: boolean) => void;
  onComment: (id: string, text: string) => void;
}

function ObjectiveRow({ objective, chosen, onToggle, onComment }: ObjectiveRowProps) {
  return (
    <li className={chosen ? 'objective is-chosen' : 'objective'}>
      <Checkbox
        label={
          <span className="objective-text">
            <span>{objective.label}</span>
            {objective.detail && <span className="objective-detail muted">{objective.detail}</span>}
          </span>
        }
        checked={chosen !== undefined}
        onChange={(event) => onToggle(objective.id, event.target.checked)}
      />
      {chosen && (
        <TextArea
          className="objective-comment"
          label={
            <>
              Progress comment<span className="sr-only"> on “{objective.label}”</span>{' '}
              <span className="muted">(optional)</span>
            </>
          }
          rows={2}
          value={chosen.comment}
          onChange={(event) => onComment(objective.id, event.target.value)}
        />
      )}
    </li>
  );
}

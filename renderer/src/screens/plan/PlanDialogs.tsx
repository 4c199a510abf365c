import type { PlanState } from '../../../../shared/domain/care.ts';
import type { PlanContent } from '../../../../shared/domain/plans.ts';
import { ExportPlanDialog } from './ExportPlanDialog.tsx';
import { LibraryPickerDialog } from './LibraryPickerDialog.tsx';
import { interventionFrom, objectivesOf } from './planItems.ts';
import { RateDialog } from './RateDialog.tsx';
import { ReviewDialog } from './ReviewDialog.tsx';

export type PlanDialog =
  | null
  | { kind: 'library' }
  | { kind: 'review' }
  | { kind: 'export' }
  | { kind: 'rate'; objectiveId: string };

export interface PlanDialogsProps {
  dialog: PlanDialog;
  onClose: () => void;
  clientId: number;
  person: string;
  today: string;
  state: PlanState;
  /** The plan on screen, saved or not: library options are added to it. */
  content: PlanContent;
  dirty: boolean;
  onState: (state: PlanState) => void;
  onAddOption: (content: PlanContent) => void;
}

/** The plan tab's dialogs, one at a time, each mounted fresh so it starts clean. */
export function PlanDialogs(props: PlanDialogsProps) {
  const { dialog, onClose, clientId, person, today, state, content, dirty, onState } = props;
  const current = state.current;
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'library':
      return (
        <LibraryPickerDialog
          onPlan={
            new Set(content.interventions.flatMap((i) => (i.resourceId ? [i.resourceId] : [])))
          }
          onPick={(resource) =>
            props.onAddOption({
              ...content,
              interventions: [...content.interventions, interventionFrom(resource)],
            })
          }
          onClose={onClose}
        />
      );
    case 'review':
      return current ? (
        <ReviewDialog
          open
          clientId={clientId}
          content={current.content}
          person={person}
          today={today}
          suggestedNext={state.blank.reviewDate}
          onClose={onClose}
          onDone={onState}
        />
      ) : null;
    case 'export':
      return current ? (
        <ExportPlanDialog
          versionId={current.id}
          version={current.version}
          person={person}
          dirty={dirty}
          onClose={onClose}
        />
      ) : null;
    case 'rate': {
      const found = current
        ? objectivesOf(current.content).find((o) => o.objective.id === dialog.objectiveId)
        : undefined;
      return found ? (
        <RateDialog
          clientId={clientId}
          objective={found.objective}
          person={person}
          today={today}
          onClose={onClose}
          onDone={onState}
        />
      ) : null;
    }
  }
}

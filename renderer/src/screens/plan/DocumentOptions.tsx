import { goalLabel } from '../../../../shared/plan-diff.ts';
import type { Goal, Intervention } from '../../../../shared/domain/plans.ts';
import { ClientQuote } from '../../ui/ClientWords.tsx';
import { DecisionBadge } from './OptionItem.tsx';
import { DECISION_LABELS, proposedBy } from './planText.ts';

export interface DocumentOptionsProps {
  options: readonly Intervention[];
  goals: readonly Goal[];
  person: string;
}

/** The options discussed, as cards; a declined one stays, marked, with the client's reason. */
export function DocumentOptions({ options, goals, person }: DocumentOptionsProps) {
  if (options.length === 0) return <p className="muted">No options discussed yet.</p>;
  return (
    <ul className="doc-options">
      {options.map((option) => {
        const goal = goals.find((g) => g.id === option.goalId);
        return (
          <li key={option.id} className={`doc-option option-${option.decision}`}>
            <div className="doc-item-head">
              <h4 className="plan-item-title">{option.name}</h4>
              <DecisionBadge option={option} person={person} />
            </div>
            <p className="muted">
              {proposedBy(option.proposedBy, person)}
              {goal && ` · for “${goalLabel(goal)}”`}
              {option.decision === 'undecided' && ` · ${DECISION_LABELS.undecided}`}
            </p>
            <dl className="doc-option-facts">
              <div>
                <dt>Benefits</dt>
                <dd>{option.benefits || '—'}</dd>
              </div>
              <div>
                <dt>Drawbacks</dt>
                <dd>{option.drawbacks || '—'}</dd>
              </div>
              <div>
                <dt>What it asks of {person}</dt>
                <dd>{option.asks || '—'}</dd>
              </div>
            </dl>
            {option.reason && (
              <ClientQuote person={person} label={`${person}’s reason`}>
                {option.reason}
              </ClientQuote>
            )}
          </li>
        );
      })}
    </ul>
  );
}

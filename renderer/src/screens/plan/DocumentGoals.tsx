import type { Goal } from '../../../../shared/domain/plans.ts';
import { Badge } from '../../ui/Badge.tsx';
import { ClientQuote } from '../../ui/ClientWords.tsx';
import { ObjectiveProgress } from './ObjectiveProgress.tsx';
import { formatDate, GOAL_STATUS_LABELS, proposedBy } from './planText.ts';
import type { Progress } from './progress.ts';

/** The goals of a plan version, read-only, with their objectives. */
export interface DocumentGoalsProps {
  goals: readonly Goal[];
  person: string;
  progress?: Progress | undefined;
}

export function DocumentGoals({ goals, person, progress }: DocumentGoalsProps) {
  if (goals.length === 0) return <p className="muted">No goals yet.</p>;
  return (
    <ol className="doc-list">
      {goals.map((goal, i) => (
        <li key={goal.id} className="doc-item">
          <div className="doc-item-head">
            <h4 className="plan-item-title">Goal {i + 1}</h4>
            <Badge
              tone={
                goal.status === 'active'
                  ? 'neutral'
                  : goal.status === 'achieved'
                    ? 'accent'
                    : 'quiet'
              }
            >
              {GOAL_STATUS_LABELS[goal.status]}
            </Badge>
            <span className="muted">
              {proposedBy(goal.proposedBy, person)}
              {goal.targetDate && ` · by ${formatDate(goal.targetDate)}`}
            </span>
          </div>
          {goal.clientWords && <ClientQuote person={person}>{goal.clientWords}</ClientQuote>}
          {goal.clinical && (
            <p className="doc-clinical">
              <span className="doc-label">Clinical statement</span>
              {goal.clinical}
            </p>
          )}
          {goal.statusReason && (
            <ClientQuote person={person} label={`Why ${person} chose to stop`}>
              {goal.statusReason}
            </ClientQuote>
          )}
          {goal.objectives.length > 0 && (
            <ol className="doc-objectives" aria-label={`Objectives of goal ${i + 1}`}>
              {goal.objectives.map((o, j) => (
                <li key={o.id} className="doc-objective">
                  <p className="doc-objective-title">
                    Objective {i + 1}.{j + 1}
                    {o.targetDate && (
                      <span className="muted"> · by {formatDate(o.targetDate)}</span>
                    )}
                  </p>
                  {o.clientWords && <ClientQuote person={person}>{o.clientWords}</ClientQuote>}
                  {o.description && <p>{o.description}</p>}
                  {(o.baseline || o.target) && (
                    <p className="muted">
                      From {o.baseline || 'not recorded'} to {o.target || 'not recorded'}
                    </p>
                  )}
                  {progress && (
                    <ObjectiveProgress
                      objectiveId={o.id}
                      title={`Objective ${i + 1}.${j + 1}`}
                      person={person}
                      progress={progress}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

import type { ReactNode } from 'react';
import type { ClientViewState } from '../../../../shared/domain/care.ts';

type Plan = ClientViewState['plan'];

/** The plan in plain words, as the client agrees to it: their words first, nothing clinical. */
export function PlanSummary({ plan }: { plan: Plan }) {
  const concerns = plan.concerns.map((c) => c.clientWords || c.clinical).filter(Boolean);
  const goals = plan.goals.filter((g) => g.status === 'active' || g.status === 'revised');
  const by = (decision: Plan['interventions'][number]['decision']) =>
    plan.interventions.filter((x) => x.decision === decision);
  const chosen = by('chosen');
  const declined = by('declined');
  const later = [...by('deferred'), ...by('undecided')];
  const strengths = plan.strengths.map((s) => s.text).filter(Boolean);
  const { helps, doesNotHelp } = plan.preferences;

  return (
    <div className="cv-summary">
      <Part title="What brings you here" show={concerns.length > 0}>
        <List items={concerns} />
      </Part>
      <Part title="What you are working toward" show={goals.length > 0}>
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              {goal.clientWords || goal.clinical}
              {goal.objectives.length > 0 && (
                <ul>
                  {goal.objectives.map((o) => (
                    <li key={o.id}>{o.clientWords || o.description}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part title="What you chose to try" show={chosen.length > 0}>
        <List items={chosen.map((x) => x.name)} />
      </Part>
      <Part title="What you said no to" show={declined.length > 0}>
        <ul>
          {declined.map((x) => (
            <li key={x.id}>
              {x.name}
              {x.reason && <span className="muted">: “{x.reason}”</span>}
            </li>
          ))}
        </ul>
      </Part>
      <Part title="Still to decide" show={later.length > 0}>
        <List items={later.map((x) => x.name)} />
      </Part>
      <Part title="Your strengths" show={strengths.length > 0}>
        <List items={strengths} />
      </Part>
      <Part title="What helps" show={helps !== ''}>
        <p>{helps}</p>
      </Part>
      <Part title="What doesn’t help" show={doesNotHelp !== ''}>
        <p>{doesNotHelp}</p>
      </Part>
      <Part title="You’ll know you’re done when" show={plan.completionCriteria !== ''}>
        <p>{plan.completionCriteria}</p>
      </Part>
    </div>
  );
}

function Part({ title, show, children }: { title: string; show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <div className="cv-summary-part">
      <h4>{title}</h4>
      {children}
    </div>
  );
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}

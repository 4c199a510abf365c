import type { Today } from '../../../../shared/domain/scheduling.ts';
import type { Navigate, RouteName } from '../../shell/routes.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';

interface Step {
  title: string;
  text: string;
  action: string;
  route: RouteName;
  done: boolean;
}

/** A new practice's way in: three steps, each one click from where it is done. */
export function FirstSteps({
  counts,
  onNavigate,
}: {
  counts: Today['counts'];
  onNavigate: Navigate;
}) {
  const steps: Step[] = [
    {
      title: 'Add your first client',
      text: 'Their contact details and how they prefer to be reached. You can import a list too.',
      action: 'Add a client',
      route: 'clients',
      done: counts.clients > 0,
    },
    {
      title: 'Check your services and fees',
      text: `${counts.services} common services are ready with plain labels. Set the fees you charge.`,
      action: 'Review services',
      route: 'services',
      done: false,
    },
    {
      title: 'Book a session',
      text: 'Pick a time on the calendar, or repeat it weekly. Accord warns you about overlaps.',
      action: 'Open the schedule',
      route: 'schedule',
      done: counts.appointments > 0,
    },
  ];
  return (
    <Card
      className="home-start"
      title="Getting started"
      description="Three short steps and your practice is ready for its first week."
    >
      <ol className="first-steps">
        {steps.map((step, index) => (
          <li key={step.title} className={step.done ? 'first-step is-done' : 'first-step'}>
            <span className="first-step-number" aria-hidden="true">
              {step.done ? '✓' : index + 1}
            </span>
            <div className="first-step-text">
              <h3>
                {step.title}
                {step.done && <span className="sr-only"> (done)</span>}
              </h3>
              <p className="muted">{step.text}</p>
            </div>
            <Button
              variant={step.done ? 'quiet' : 'secondary'}
              onClick={() => onNavigate(step.route)}
            >
              {step.action}
            </Button>
          </li>
        ))}
      </ol>
    </Card>
  );
}

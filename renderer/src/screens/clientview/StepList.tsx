import { STEPS } from './steps.ts';

export interface StepListProps {
  current: number;
  onGo: (index: number) => void;
}

/** The parts of Client view; any can be opened directly, in any order. */
export function StepList({ current, onGo }: StepListProps) {
  return (
    <nav className="cv-step-list" aria-label="Parts of your plan">
      <ol>
        {STEPS.map((step, index) => (
          <li key={step.key}>
            <button
              type="button"
              className="cv-step-link"
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onGo(index)}
            >
              <span className="cv-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {step.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { ClientViewState } from '../../../../shared/domain/care.ts';
import { Badge } from '../../ui/Badge.tsx';
import { RatingScale } from './RatingScale.tsx';
import { useView } from './viewContext.ts';
import { WordsItem } from './WordsItem.tsx';

type Goal = ClientViewState['plan']['goals'][number];

const STATUS_WORDS: Partial<Record<Goal['status'], string>> = {
  achieved: 'Reached',
  revised: 'Changed',
  discontinued: 'Stopped',
};

/** Step 2: each goal and its steps in the client's words, and how far along each step is. */
export function GoalsStep() {
  const { view } = useView();
  const { goals } = view.plan;
  if (goals.length === 0) {
    return (
      <p className="cv-lede">
        There are no goals in your plan yet. Go back one page to add one in your own words, or add
        them together with your counselor.
      </p>
    );
  }
  return (
    <>
      <p className="cv-lede">
        These are the goals in your plan. Put each one in your own words, and say how far along you
        feel with each step.
      </p>
      {goals.map((goal, index) => (
        <GoalCard key={goal.id} goal={goal} number={index + 1} ratings={view.latestRatings} />
      ))}
    </>
  );
}

function GoalCard({
  goal,
  number,
  ratings,
}: {
  goal: Goal;
  number: number;
  ratings: Record<string, number>;
}) {
  const headingId = `cv-goal-${goal.id}`;
  const status = STATUS_WORDS[goal.status];
  return (
    <section className="cv-card" aria-labelledby={headingId}>
      <div className="cv-card-head">
        <h3 id={headingId} className="cv-eyebrow">
          Goal {number}
        </h3>
        {status && <Badge tone="quiet">{status}</Badge>}
      </div>
      <WordsItem
        draftKey={`goal-${goal.id}`}
        label="This goal in your words"
        hint={
          goal.clientWords === '' && goal.clinical
            ? `As your counselor put it: “${goal.clinical}”`
            : undefined
        }
        value={goal.clientWords}
        target={{ kind: 'goal', itemId: goal.id }}
        rows={2}
      />
      {goal.objectives.length > 0 && (
        <ol className="cv-steps-list">
          {goal.objectives.map((objective, index) => (
            <li key={objective.id} className="cv-objective">
              <h4 className="cv-eyebrow">Step {index + 1}</h4>
              <WordsItem
                draftKey={`objective-${objective.id}`}
                label="This step in your words"
                hint={
                  objective.clientWords === '' && objective.description
                    ? `As your counselor put it: “${objective.description}”`
                    : undefined
                }
                value={objective.clientWords}
                target={{ kind: 'objective', itemId: objective.id }}
                rows={2}
              />
              <RatingScale
                objectiveId={objective.id}
                step={objective.clientWords || `step ${index + 1}`}
                latest={ratings[objective.id]}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

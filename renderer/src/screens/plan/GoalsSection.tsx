import { Card } from '../../ui/Card.tsx';
import { GoalItem } from './GoalItem.tsx';
import { AddButton } from './PlanItem.tsx';
import { newGoal, removeAt, replaceAt, withoutGoal } from './planItems.ts';
import type { Progress } from './progress.ts';
import type { SectionProps } from './sectionProps.ts';

export function GoalsSection(props: SectionProps & { progress: Progress }) {
  const { content, onChange, person, err, onRemove, progress } = props;
  return (
    <Card
      level={3}
      title="Goals"
      description={`What ${person} wants to be different, with the steps that will show it. A plan needs at least one goal before it is signed.`}
    >
      {content.goals.map((goal, i) => (
        <GoalItem
          key={goal.id}
          goal={goal}
          index={i}
          person={person}
          err={err}
          progress={progress}
          onChange={(next) => onChange({ ...content, goals: replaceAt(content.goals, i, next) })}
          onRemove={() => onRemove(`Goal ${i + 1} removed.`, withoutGoal(content, goal.id))}
          onRemoveObjective={(j) =>
            onRemove(`Objective ${i + 1}.${j + 1} removed.`, {
              ...content,
              goals: replaceAt(content.goals, i, {
                ...goal,
                objectives: removeAt(goal.objectives, j),
              }),
            })
          }
        />
      ))}
      <AddButton onClick={() => onChange({ ...content, goals: [...content.goals, newGoal()] })}>
        Add a goal
      </AddButton>
    </Card>
  );
}

import { OptionCard } from './OptionCard.tsx';
import { useView } from './viewContext.ts';

/** Step 3: the options discussed, each with what it offers, costs and asks, and the client's say. */
export function OptionsStep() {
  const { view } = useView();
  const { interventions, goals } = view.plan;
  if (interventions.length === 0) {
    return (
      <p className="cv-lede">
        No options have been added to your plan yet. Your counselor can talk them through with you.
      </p>
    );
  }
  return (
    <>
      <p className="cv-lede">
        Here are the ways of working you talked about. For each one, you decide: yes, not for me, or
        later. Saying no is always your right.
      </p>
      {interventions.map((option) => (
        <OptionCard
          key={option.id}
          option={option}
          goal={goals.find((g) => g.id === option.goalId)?.clientWords ?? ''}
          resource={view.resources.find((r) => r.id === option.resourceId) ?? null}
        />
      ))}
    </>
  );
}

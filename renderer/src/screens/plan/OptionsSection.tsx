import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { OptionItem } from './OptionItem.tsx';
import { AddButton } from './PlanItem.tsx';
import { newIntervention, removeAt, replaceAt } from './planItems.ts';
import type { SectionProps } from './sectionProps.ts';

export function OptionsSection(props: SectionProps & { onAddFromLibrary: () => void }) {
  const { content, onChange, person, err, onRemove, onAddFromLibrary } = props;
  const options = content.interventions;
  return (
    <Card
      level={3}
      title="Options discussed"
      description={`Each way of working you talked about, with what it offers, what it costs and what it asks of ${person}. ${person} decides; declined options stay on the plan, with the reason.`}
    >
      {options.map((option, i) => (
        <OptionItem
          key={option.id}
          option={option}
          index={i}
          goals={content.goals}
          person={person}
          err={err}
          onChange={(next) => onChange({ ...content, interventions: replaceAt(options, i, next) })}
          onRemove={() =>
            onRemove(`Option ${i + 1} removed.`, {
              ...content,
              interventions: removeAt(options, i),
            })
          }
        />
      ))}
      <div className="row">
        <Button onClick={onAddFromLibrary}>Add from the library…</Button>
        <AddButton
          onClick={() => onChange({ ...content, interventions: [...options, newIntervention()] })}
        >
          Add an option
        </AddButton>
      </div>
    </Card>
  );
}

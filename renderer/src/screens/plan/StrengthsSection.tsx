import { Card } from '../../ui/Card.tsx';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { AddButton, PlanItem } from './PlanItem.tsx';
import { newStrength, removeAt, replaceAt } from './planItems.ts';
import type { SectionProps } from './sectionProps.ts';

export function StrengthsSection({ content, onChange, person, err, onRemove }: SectionProps) {
  const strengths = content.strengths;
  return (
    <Card
      level={3}
      title="Strengths"
      description={`What ${person} already has going for them: people, skills, values, what has worked before.`}
    >
      {strengths.length > 0 && (
        <div className="strength-list">
          {strengths.map((strength, i) => (
            <PlanItem
              key={strength.id}
              title={`Strength ${i + 1}`}
              onRemove={() =>
                onRemove(`Strength ${i + 1} removed.`, {
                  ...content,
                  strengths: removeAt(strengths, i),
                })
              }
            >
              <ClientWordsField
                person={person}
                value={strength.text}
                typedBy={strength.textBy}
                onChange={(text) =>
                  onChange({
                    ...content,
                    strengths: replaceAt(strengths, i, { ...strength, text, textBy: 'counselor' }),
                  })
                }
                error={err(`strengths.${i}.text`)}
              />
            </PlanItem>
          ))}
        </div>
      )}
      <AddButton onClick={() => onChange({ ...content, strengths: [...strengths, newStrength()] })}>
        Add a strength
      </AddButton>
    </Card>
  );
}

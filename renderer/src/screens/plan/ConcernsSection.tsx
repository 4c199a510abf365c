import type { PlanContent } from '../../../../shared/domain/plans.ts';
import { Card } from '../../ui/Card.tsx';
import { ClientWordsField, possessive } from '../../ui/ClientWords.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { AddButton, PlanItem } from './PlanItem.tsx';
import { newConcern, removeAt, replaceAt } from './planItems.ts';
import type { SectionProps } from './sectionProps.ts';

export function ConcernsSection({ content, onChange, person, err, onRemove }: SectionProps) {
  const set = (concerns: PlanContent['concerns']) => onChange({ ...content, concerns });
  return (
    <Card
      level={3}
      title="What brings you here"
      description={`What ${person} wants help with, in ${possessive(person)} own words, beside your clinical wording.`}
    >
      {content.concerns.length === 0 && (
        <p className="muted">Start here: ask what brings {person} to counseling now.</p>
      )}
      {content.concerns.map((concern, i) => (
        <PlanItem
          key={concern.id}
          title={`Concern ${i + 1}`}
          onRemove={() =>
            onRemove(`Concern ${i + 1} removed.`, {
              ...content,
              concerns: removeAt(content.concerns, i),
            })
          }
        >
          <div className="plan-pair">
            <ClientWordsField
              person={person}
              value={concern.clientWords}
              typedBy={concern.clientWordsBy}
              onChange={(clientWords) =>
                set(
                  replaceAt(content.concerns, i, {
                    ...concern,
                    clientWords,
                    clientWordsBy: 'counselor',
                  }),
                )
              }
              error={err(`concerns.${i}.clientWords`)}
            />
            <TextArea
              label="Clinical wording"
              rows={2}
              value={concern.clinical}
              onChange={(event) =>
                set(replaceAt(content.concerns, i, { ...concern, clinical: event.target.value }))
              }
              error={err(`concerns.${i}.clinical`)}
            />
          </div>
        </PlanItem>
      ))}
      <AddButton onClick={() => set([...content.concerns, newConcern()])}>Add a concern</AddButton>
    </Card>
  );
}

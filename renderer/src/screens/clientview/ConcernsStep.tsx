import { useView } from './viewContext.ts';
import { WordsEditor } from './WordsEditor.tsx';
import { WordsItem } from './WordsItem.tsx';

/** Step 1: what brings the client here, and what they want from it, in their own words. */
export function ConcernsStep() {
  const { view } = useView();
  const { concerns, goals } = view.plan;
  return (
    <>
      <p className="cv-lede">
        Say it the way you would say it to a friend. There are no right or wrong words, and you can
        change them any time.
      </p>
      <section className="cv-section" aria-label="What brings you here">
        {concerns.map((concern, index) => (
          <div key={concern.id} className="cv-item">
            <WordsItem
              draftKey={`concern-${concern.id}`}
              label={concerns.length > 1 ? `In your words (${index + 1})` : 'In your words'}
              hint={
                concern.clientWords === '' && concern.clinical
                  ? `As your counselor put it: “${concern.clinical}”`
                  : undefined
              }
              value={concern.clientWords}
              target={{ kind: 'concern', itemId: concern.id }}
            />
          </div>
        ))}
        <WordsEditor
          draftKey="concern-new"
          label={concerns.length > 0 ? 'Anything else on your mind?' : 'What brings you here?'}
          value=""
          target={{ kind: 'concern', itemId: null }}
          saveLabel="Add this"
        />
      </section>
      <section className="cv-section" aria-labelledby="cv-new-goal">
        <h3 id="cv-new-goal">What would you like to be different?</h3>
        {goals.length > 0 && (
          <p className="muted">
            Your plan has {goals.length === 1 ? 'one goal' : `${goals.length} goals`} so far; you
            will see {goals.length === 1 ? 'it' : 'them'} on the next page. Add your own here.
          </p>
        )}
        <WordsEditor
          draftKey="goal-new"
          label="A goal, in your own words"
          hint="For example: “Sleep through the night” or “Feel less on edge at work”."
          value=""
          target={{ kind: 'goal', itemId: null }}
          saveLabel="Add this goal"
        />
      </section>
    </>
  );
}

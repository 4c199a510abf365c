import { useView } from './viewContext.ts';
import { WordsEditor } from './WordsEditor.tsx';
import { WordsItem } from './WordsItem.tsx';

/** Step 4: what the client brings, what helps and what does not, and when they will be done. */
export function HelpsStep() {
  const { view } = useView();
  const { strengths, preferences, completionCriteria } = view.plan;
  return (
    <>
      <p className="cv-lede">
        You know yourself best. What you say here shapes how you and your counselor work together.
      </p>
      <section className="cv-section" aria-labelledby="cv-strengths">
        <h3 id="cv-strengths">Your strengths</h3>
        <p className="muted">
          What you are good at, who and what you can lean on, what has got you through before.
        </p>
        {strengths.map((strength, index) => (
          <div key={strength.id} className="cv-item">
            <WordsItem
              draftKey={`strength-${strength.id}`}
              label={`Strength ${index + 1}`}
              value={strength.text}
              target={{ kind: 'strength', itemId: strength.id }}
              rows={2}
            />
          </div>
        ))}
        <WordsEditor
          draftKey="strength-new"
          label={strengths.length > 0 ? 'Another strength' : 'A strength'}
          value=""
          target={{ kind: 'strength', itemId: null }}
          saveLabel="Add this strength"
          rows={2}
        />
      </section>
      <section className="cv-section" aria-labelledby="cv-helps">
        <h3 id="cv-helps">What helps, and what doesn’t</h3>
        <WordsItem
          draftKey="helps"
          label="What helps you"
          value={preferences.helps}
          target={{ kind: 'helps' }}
        />
        <WordsItem
          draftKey="does-not-help"
          label="What doesn’t help you"
          value={preferences.doesNotHelp}
          target={{ kind: 'doesNotHelp' }}
        />
      </section>
      <section className="cv-section" aria-labelledby="cv-done">
        <h3 id="cv-done">How you’ll know you’re done</h3>
        <WordsItem
          draftKey="completion"
          label="I’ll know I’m ready to finish when…"
          hint="For example: “I sleep well most nights, and I can go to work without dread.”"
          value={completionCriteria}
          target={{ kind: 'completion' }}
        />
      </section>
    </>
  );
}

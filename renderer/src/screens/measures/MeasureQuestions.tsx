import { MEASURES, type Answer, type MeasureKind } from '../../../../shared/measures.ts';
import { Choice } from '../../ui/Choice.tsx';
import './measures.css';

type Slot = '' | '0' | '1' | '2' | '3';

export interface MeasureAnswers {
  answers: (Answer | null)[];
  difficulty: Answer | null;
}

export function blankAnswers(kind: MeasureKind): MeasureAnswers {
  return { answers: MEASURES[kind].items.map(() => null), difficulty: null };
}

export interface MeasureQuestionsProps {
  kind: MeasureKind;
  value: MeasureAnswers;
  onChange: (next: MeasureAnswers) => void;
  /** Set on the client's screen: bigger answers, laid out as tiles. */
  large?: boolean;
  /** Numbers of questions to mark as still open. */
  missing?: readonly number[];
}

const slot = (answer: Answer | null): Slot => (answer === null ? '' : (String(answer) as Slot));
const toAnswer = (value: Slot): Answer => Number(value) as Answer;

/**
 * The questionnaire exactly as published: its stem, its items and their answers, word for word
 * (see shared/measures.ts). Only the layout differs between the counselor's and the client's
 * screens.
 */
export function MeasureQuestions({
  kind,
  value,
  onChange,
  large,
  missing = [],
}: MeasureQuestionsProps) {
  const measure = MEASURES[kind];
  const options = measure.options.map((o) => ({ value: slot(o.value), label: o.label }));
  const difficultyOptions = measure.difficulty.options.map((o) => ({
    value: slot(o.value),
    label: o.label,
  }));
  const look = large ? 'measure-answers measure-answers-large' : 'measure-answers';
  return (
    <div className="measure-questions">
      <p className="measure-stem">{measure.stem}</p>
      <ol className="measure-items">
        {measure.items.map((item, index) => (
          <li key={item}>
            <Choice<Slot>
              className={look}
              inline
              legend={
                <>
                  <span className="measure-number">{index + 1}.</span> {item}
                </>
              }
              options={options}
              value={slot(value.answers[index] ?? null)}
              onChange={(next) => {
                const answers = [...value.answers];
                answers[index] = toAnswer(next);
                onChange({ ...value, answers });
              }}
              error={missing.includes(index + 1) ? 'Not answered yet.' : undefined}
            />
          </li>
        ))}
      </ol>
      <Choice<Slot>
        className={`${look} measure-difficulty`}
        inline
        legend={measure.difficulty.question}
        options={difficultyOptions}
        value={slot(value.difficulty)}
        onChange={(next) => onChange({ ...value, difficulty: toAnswer(next) })}
      />
    </div>
  );
}

/** The numbers (1-based) of the items not yet answered. */
export function unanswered(value: MeasureAnswers): number[] {
  return value.answers.flatMap((answer, index) => (answer === null ? [index + 1] : []));
}

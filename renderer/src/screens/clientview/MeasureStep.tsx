import { useState } from 'react';
import { MEASURES, type MeasureKind } from '../../../../shared/measures.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import {
  blankAnswers,
  MeasureQuestions,
  unanswered,
  type MeasureAnswers,
} from '../measures/MeasureQuestions.tsx';
import { useDraft } from './drafts.ts';

export interface MeasureStepProps {
  /** Chosen by the counselor on entering; null offers both as optional. */
  chosen: MeasureKind | null;
  saved: boolean;
  onSaved: () => void;
}

/**
 * Step 5: a PHQ-9 or GAD-7 in the client's hands. The core keeps the score and any flag for the
 * counselor's screen; the client sees only thanks.
 */
export function MeasureStep({ chosen, saved, onSaved }: MeasureStepProps) {
  const [kind, setKind] = useState<MeasureKind | null>(chosen);
  if (saved) {
    return (
      <div className="cv-thanks" role="status">
        <p className="cv-thanks-title">Thank you.</p>
        <p>
          Your answers are saved. Your counselor will look at them with you. It is fine to move on
          now.
        </p>
      </div>
    );
  }
  if (!kind) {
    return (
      <>
        <p className="cv-lede">
          This part is optional. If you like, answer a few short questions about the last two weeks.
          It helps you and your counselor see how things change over time.
        </p>
        <div className="cv-offer" role="group" aria-label="Choose a set of questions">
          <Button variant="secondary" className="cv-offer-choice" onClick={() => setKind('phq9')}>
            Questions about mood <span className="muted">({MEASURES.phq9.name})</span>
          </Button>
          <Button variant="secondary" className="cv-offer-choice" onClick={() => setKind('gad7')}>
            Questions about worry <span className="muted">({MEASURES.gad7.name})</span>
          </Button>
        </div>
        <p className="muted">Or press Next to skip this part.</p>
      </>
    );
  }
  return <Questionnaire key={kind} kind={kind} onSaved={onSaved} />;
}

function Questionnaire({ kind, onSaved }: { kind: MeasureKind; onSaved: () => void }) {
  const [value, setValue] = useState<MeasureAnswers>(() => blankAnswers(kind));
  const [confirmPartial, setConfirmPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const open = unanswered(value);
  const started = value.answers.some((a) => a !== null) || value.difficulty !== null;

  const save = async (): Promise<boolean> => {
    if (!started) return true;
    setBusy(true);
    setError('');
    try {
      await call('clientView.measure', { form: { kind, ...value } });
      onSaved();
      return true;
    } catch (caught) {
      setError(toShownError(caught).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  useDraft(`measure-${kind}`, started, save);

  return (
    <>
      <p className="cv-lede">
        There are no right or wrong answers. Choose what fits best; you can leave out any question
        you would rather not answer.
      </p>
      <MeasureQuestions
        kind={kind}
        value={value}
        onChange={(next) => {
          setValue(next);
          setConfirmPartial(false);
          setError('');
        }}
        large
        missing={confirmPartial ? open : []}
      />
      {confirmPartial && (
        <Alert tone="info" title={partialTitle(open.length)}>
          That is all right. You can answer {open.length === 1 ? 'it' : 'them'} now, or save your
          answers as they are.
        </Alert>
      )}
      {error && <Alert tone={started ? 'error' : 'info'} title={error} />}
      <div className="cv-words-actions">
        <Button
          variant="primary"
          busy={busy}
          busyLabel="Saving…"
          onClick={() => {
            if (!started)
              setError('Choose an answer to at least one question, or press Next to skip.');
            else if (open.length > 0 && !confirmPartial) setConfirmPartial(true);
            else void save();
          }}
        >
          {confirmPartial ? 'Save as it is' : 'Save my answers'}
        </Button>
      </div>
    </>
  );
}

function partialTitle(count: number): string {
  return count === 1 ? 'One question is not answered.' : `${count} questions are not answered.`;
}

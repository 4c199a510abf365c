import { useEffect, useState, type FormEvent } from 'react';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { MEASURES, scoreMeasure, type MeasureKind } from '../../../../shared/measures.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatTime, formatWeekday } from '../clients/format.ts';
import {
  blankAnswers,
  MeasureQuestions,
  unanswered,
  type MeasureAnswers,
} from './MeasureQuestions.tsx';
import { SEVERITY_WORDS } from './summary.ts';

export interface RecordMeasureDialogProps {
  open: boolean;
  clientId: number;
  today: string;
  onClose: () => void;
  onRecorded: () => void;
}

const PLACED = ['givenOn', 'appointmentId', 'form', 'form.answers', 'form.difficulty'];

/** A PHQ-9 or GAD-7 the counselor enters: on paper in session, or read out over the phone. */
export function RecordMeasureDialog({
  open,
  clientId,
  today,
  onClose,
  onRecorded,
}: RecordMeasureDialogProps) {
  const [kind, setKind] = useState<MeasureKind>('phq9');
  const [givenOn, setGivenOn] = useState(today);
  const [session, setSession] = useState('');
  const [sessions, setSessions] = useState<Appointment[]>([]);
  const [value, setValue] = useState<MeasureAnswers>(() => blankAnswers('phq9'));
  const { busy, error, run, formRef } = useSubmit();

  useEffect(() => {
    if (!open) return;
    let live = true;
    call('schedule.forClient', { clientId }).then(
      (found) => live && setSessions([...found.upcoming, ...found.past]),
      // Without the list the form still works: the result is saved without a session.
      () => live && setSessions([]),
    );
    return () => {
      live = false;
    };
  }, [open, clientId]);

  const missing = unanswered(value);
  const score = scoreMeasure(kind, value.answers);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      call('measures.record', {
        clientId,
        givenOn,
        appointmentId: session === '' ? null : Number(session),
        form: { kind, ...value },
      }),
    );
    if (outcome?.ok) onRecorded();
  };

  const sessionOptions = [
    { value: '', label: 'Not tied to a session' },
    ...sessions
      .filter((a) => a.date <= today)
      .map((a) => ({
        value: String(a.id),
        label: `${formatWeekday(a.date)}, ${formatTime(a.time)}`,
      })),
  ];

  return (
    <Dialog open={open} title="Record a questionnaire" size="wide" onClose={onClose}>
      <form ref={formRef} className="measure-form" onSubmit={submit} noValidate>
        <div className="measure-form-top">
          <Choice<MeasureKind>
            legend="Questionnaire"
            look="segmented"
            options={[
              { value: 'phq9', label: MEASURES.phq9.name },
              { value: 'gad7', label: MEASURES.gad7.name },
            ]}
            value={kind}
            onChange={(next) => {
              setKind(next);
              setValue(blankAnswers(next));
            }}
          />
          <TextField
            label="Date given"
            type="date"
            max={today}
            value={givenOn}
            onChange={(event) => setGivenOn(event.target.value)}
            error={error?.fields.givenOn}
          />
          <Select
            label="Session"
            options={sessionOptions}
            value={session}
            onChange={(event) => setSession(event.target.value)}
            error={error?.fields.appointmentId}
          />
        </div>
        <MeasureQuestions kind={kind} value={value} onChange={setValue} />
        <p className="measure-score" aria-live="polite">
          {score.complete
            ? `Total ${score.total} of ${MEASURES[kind].max}: ${SEVERITY_WORDS[score.severity ?? 'minimal'].toLowerCase()}.`
            : `${missing.length} of ${MEASURES[kind].items.length} unanswered: it can be saved as incomplete, and is then not scored.`}
          {score.safetyFlag && (
            <strong className="safety-flag"> Item 9 is answered above “Not at all”.</strong>
          )}
        </p>
        <FormError error={error} placed={PLACED} />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save result
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

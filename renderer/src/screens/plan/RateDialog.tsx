import { useState, type FormEvent } from 'react';
import type { PlanState } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { ClientQuote } from '../../ui/ClientWords.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/TextField.tsx';

const SCALE = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

export interface RateDialogProps {
  clientId: number;
  objective: { id: string; clientWords: string; description: string };
  person: string;
  today: string;
  onClose: () => void;
  onDone: (state: PlanState) => void;
}

/** A quick progress rating on one objective, by the client or the counselor. */
export function RateDialog({
  clientId,
  objective,
  person,
  today,
  onClose,
  onDone,
}: RateDialogProps) {
  const [rater, setRater] = useState<'client' | 'counselor'>('client');
  const [rating, setRating] = useState('');
  const [ratedOn, setRatedOn] = useState(today);
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === '') {
      setError({
        code: 'VALIDATION',
        message: 'One detail needs attention.',
        fields: { rating: 'Choose a rating from 0 to 10.' },
      });
      return;
    }
    const outcome = await run(() =>
      call('plans.rate', {
        clientId,
        objectiveId: objective.id,
        rater,
        rating: Number(rating),
        ratedOn,
      }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <Dialog open title="Rate progress" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        {objective.clientWords ? (
          <ClientQuote person={person}>{objective.clientWords}</ClientQuote>
        ) : (
          <p className="prose">{objective.description}</p>
        )}
        <Choice
          legend="Whose rating"
          look="segmented"
          options={[
            { value: 'client', label: person },
            { value: 'counselor', label: 'Yours' },
          ]}
          value={rater}
          onChange={setRater}
        />
        <Choice
          legend="Progress"
          hint="0 is no progress at all; 10 is fully there."
          look="segmented"
          className="rating-scale"
          options={SCALE}
          value={rating}
          onChange={setRating}
          error={error?.fields.rating}
        />
        <TextField
          label="Rated on"
          type="date"
          max={today}
          value={ratedOn}
          onChange={(event) => setRatedOn(event.target.value)}
          error={error?.fields.ratedOn}
        />
        <FormError error={error} placed={['rating', 'ratedOn']} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save rating
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

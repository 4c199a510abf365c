import { useState, type FormEvent } from 'react';
import { daysBetween } from '../../../../shared/dates.ts';
import type { PlanState } from '../../../../shared/domain/care.ts';
import type { PlanContent } from '../../../../shared/domain/plans.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { objectivesOf } from './planItems.ts';
import { RatingPicker } from './RatingPicker.tsx';

type Rater = 'client' | 'counselor';

export interface ReviewDialogProps {
  open: boolean;
  clientId: number;
  /** The saved plan: ratings are for objectives it has. */
  content: PlanContent;
  person: string;
  today: string;
  /** Today plus the practice's review interval: where a new plan's first review falls. */
  suggestedNext: string;
  onClose: () => void;
  onDone: (state: PlanState) => void;
}

/** A plan review: what changed, when to look again, and where each objective stands now. */
export function ReviewDialog(props: ReviewDialogProps) {
  const { open, clientId, content, person, today, suggestedNext, onClose, onDone } = props;
  const [reviewedOn, setReviewedOn] = useState(today);
  const [summary, setSummary] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState(suggestedNext);
  const [ratings, setRatings] = useState<Record<string, number | null>>({});
  const { busy, error, run, formRef } = useSubmit();
  const objectives = objectivesOf(content);

  const rate = (objectiveId: string, rater: Rater, value: number | null) =>
    setRatings((current) => ({ ...current, [`${objectiveId}:${rater}`]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = objectives.flatMap(({ objective }) =>
      (['client', 'counselor'] as const).flatMap((rater) => {
        const rating = ratings[`${objective.id}:${rater}`];
        return rating === null || rating === undefined
          ? []
          : [{ objectiveId: objective.id, rater, rating }];
      }),
    );
    const outcome = await run(() =>
      call('plans.review', { clientId, reviewedOn, summary, nextReviewOn, ratings: given }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  const fields = error?.fields ?? {};
  return (
    <Dialog open={open} title="Record a review" onClose={onClose} size="wide">
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <div className="field-grid">
          <TextField
            label="Reviewed on"
            type="date"
            max={today}
            value={reviewedOn}
            onChange={(event) => setReviewedOn(event.target.value)}
            error={fields.reviewedOn}
          />
          <TextField
            label="Next review by"
            type="date"
            value={nextReviewOn}
            onChange={(event) => setNextReviewOn(event.target.value)}
            error={fields.nextReviewOn}
          />
        </div>
        <p className="field-hint">
          The next review is suggested {daysBetween(today, suggestedNext)} days on, the practice’s
          default interval. Change the default under Review date, in the plan.
        </p>
        <TextArea
          label="What changed"
          hint={`What you and ${person} noticed, and anything you agreed to change.`}
          rows={4}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          error={fields.summary}
          data-autofocus
        />
        {objectives.length > 0 && (
          <fieldset className="fieldset">
            <legend className="fieldset-legend">Progress, from 0 to 10</legend>
            {objectives.map(({ objective, number }) => (
              <div
                key={objective.id}
                className="review-rating"
                role="group"
                aria-label={`Objective ${number}`}
              >
                <p className="review-rating-name">
                  <span className="review-rating-number">Objective {number}</span>
                  {objective.clientWords || objective.description}
                </p>
                <RatingPicker
                  label={`${person}’s rating`}
                  value={ratings[`${objective.id}:client`] ?? null}
                  onChange={(v) => rate(objective.id, 'client', v)}
                />
                <RatingPicker
                  label="Your rating"
                  value={ratings[`${objective.id}:counselor`] ?? null}
                  onChange={(v) => rate(objective.id, 'counselor', v)}
                />
              </div>
            ))}
          </fieldset>
        )}
        <FormError error={error} placed={['reviewedOn', 'nextReviewOn', 'summary']} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save review
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

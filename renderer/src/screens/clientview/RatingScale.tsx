import { useState } from 'react';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { useDraft } from './drafts.ts';
import { useView } from './viewContext.ts';

const SCALE = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

export interface RatingScaleProps {
  objectiveId: string;
  /** What the step is, in the client's words, to name the question. */
  step: string;
  /** The client's latest rating, if any. */
  latest: number | undefined;
}

/**
 * How far along the client feels with one step, 0 to 10. The choice is saved with its button (or
 * on Next), not on every arrow key: each saved rating is a point on the counselor's chart.
 */
export function RatingScale({ objectiveId, step, latest }: RatingScaleProps) {
  const { setView, refresh } = useView();
  const [choice, setChoice] = useState(latest === undefined ? '' : String(latest));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const dirty = choice !== '' && choice !== String(latest);

  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    setBusy(true);
    setError(undefined);
    try {
      setView(await call('clientView.rate', { objectiveId, rating: Number(choice) }));
      setSaved(`Saved: ${choice} out of 10.`);
      return true;
    } catch (caught) {
      const shown = toShownError(caught);
      if (shown.code === 'NOT_FOUND') refresh();
      setError(shown.fields.rating ?? shown.message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  useDraft(`rating-${objectiveId}`, dirty, save);

  return (
    <div className="cv-rating">
      <Choice
        look="segmented"
        className="cv-scale"
        legend={
          <>
            How far along are you? <span className="sr-only">({step})</span>
          </>
        }
        hint="0 means not started yet; 10 means all the way there."
        options={SCALE}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          setSaved('');
        }}
        error={error}
      />
      <div className="cv-scale-ends" aria-hidden="true">
        <span>Not started</span>
        <span>All the way there</span>
      </div>
      <div className="cv-words-actions">
        {dirty && (
          <Button variant="primary" busy={busy} busyLabel="Saving…" onClick={() => void save()}>
            Save my rating
          </Button>
        )}
        <StatusMessage>{saved}</StatusMessage>
      </div>
    </div>
  );
}

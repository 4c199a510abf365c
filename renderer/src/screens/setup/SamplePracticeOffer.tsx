import { useState } from 'react';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import './SamplePracticeOffer.css';

/**
 * For a newcomer who wants to look around before trusting Accord with real records: the sample
 * practice opens in a vault of its own (Accord restarts on it), so nothing typed there can mix
 * with the counselor's own records, and this first-run screen stays as it is for later.
 */
export function SamplePracticeOffer() {
  const [state, setState] = useState<'idle' | 'opening' | 'opened'>('idle');
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setState('opening');
    setError(null);
    try {
      await call('sample.openDemo');
      setState('opened');
    } catch (caught) {
      setError(toShownError(caught).message);
      setState('idle');
    }
  };

  return (
    <section className="sample-offer" aria-labelledby="sample-offer-title">
      <h2 id="sample-offer-title">Not ready to set up yet?</h2>
      <p className="muted">
        Look around a sample practice first: ten years of invented clients, sessions, notes, plans
        and billing, in a separate vault that never touches your own records.
      </p>
      <div className="row">
        <Button onClick={open} busy={state === 'opening'} busyLabel="Opening the sample practice…">
          Explore a sample practice
        </Button>
      </div>
      {state === 'opened' && (
        <Alert tone="info" title="Opening the sample practice">
          Accord is restarting on the sample practice. The first time, it takes a minute to write.
        </Alert>
      )}
      {error && (
        <Alert tone="error" title="The sample practice could not be opened">
          {error}
        </Alert>
      )}
    </section>
  );
}

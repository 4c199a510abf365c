import { useState, type FormEvent } from 'react';
import type { ClientViewState } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { useDraft } from './drafts.ts';
import { useView } from './viewContext.ts';

type Option = ClientViewState['plan']['interventions'][number];
type Resource = ClientViewState['resources'][number];
type Decision = 'chosen' | 'declined' | 'deferred';

const DECIDED: Record<Option['decision'], string> = {
  undecided: '',
  chosen: 'You chose this.',
  declined: 'Not for you.',
  deferred: 'You will decide later.',
};

export interface OptionCardProps {
  option: Option;
  /** The client's words for the goal it serves, or empty. */
  goal: string;
  resource: Resource | null;
}

export function OptionCard({ option, goal, resource }: OptionCardProps) {
  const { setView, refresh } = useView();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState(option.decision === 'declined' ? option.reason : '');
  const [busy, setBusy] = useState<Decision | null>(null);
  const [error, setError] = useState<{ field?: string; message?: string }>({});
  const [said, setSaid] = useState('');
  const headingId = `cv-option-${option.id}`;

  const decide = async (decision: Decision, why = ''): Promise<boolean> => {
    setBusy(decision);
    setError({});
    setSaid('');
    try {
      setView(
        await call('clientView.decide', { interventionId: option.id, decision, reason: why }),
      );
      setDeclining(false);
      setSaid('Saved.');
      return true;
    } catch (caught) {
      const shown = toShownError(caught);
      if (shown.code === 'NOT_FOUND') refresh();
      setError(shown.fields.reason ? { field: shown.fields.reason } : { message: shown.message });
      return false;
    } finally {
      setBusy(null);
    }
  };
  const reasonChanged = declining && reason.trim() !== '';
  useDraft(`option-${option.id}`, reasonChanged, () => decide('declined', reason));

  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    void decide('declined', reason);
  };

  return (
    <section className="cv-card cv-option" aria-labelledby={headingId}>
      <div className="cv-card-head">
        <h3 id={headingId}>{option.name}</h3>
      </div>
      {goal && <p className="muted">For your goal “{goal}”</p>}
      <dl className="cv-facts">
        <Fact term="What it offers" detail={option.benefits} />
        <Fact term="What it costs" detail={option.drawbacks} />
        <Fact term="What it asks of you" detail={option.asks} />
      </dl>
      {resource && (
        <details className="cv-reading">
          <summary>Read more: {resource.title}</summary>
          <p className="cv-reading-body">{resource.body}</p>
        </details>
      )}
      {option.decision !== 'undecided' && (
        <p className={`cv-decision cv-decision-${option.decision}`}>
          <span className="cv-decision-mark" aria-hidden="true" />
          <span>
            <strong>{DECIDED[option.decision]}</strong>
            {option.decision === 'declined' && option.reason && (
              <> Your reason: “{option.reason}”</>
            )}
          </span>
        </p>
      )}
      <div className="cv-decide" role="group" aria-label={`Your decision about ${option.name}`}>
        <Button
          variant={option.decision === 'chosen' ? 'primary' : 'secondary'}
          aria-pressed={option.decision === 'chosen'}
          busy={busy === 'chosen'}
          busyLabel="Saving…"
          onClick={() => void decide('chosen')}
        >
          Yes, I choose this
        </Button>
        <Button
          variant={option.decision === 'declined' || declining ? 'primary' : 'secondary'}
          aria-pressed={option.decision === 'declined'}
          aria-expanded={declining}
          onClick={() => {
            setDeclining(true);
            setSaid('');
          }}
        >
          Not for me
        </Button>
        <Button
          variant={option.decision === 'deferred' ? 'primary' : 'secondary'}
          aria-pressed={option.decision === 'deferred'}
          busy={busy === 'deferred'}
          busyLabel="Saving…"
          onClick={() => void decide('deferred')}
        >
          Decide later
        </Button>
        <StatusMessage>{said}</StatusMessage>
      </div>
      {declining && (
        <form className="cv-decline" onSubmit={submitReason} noValidate>
          <TextArea
            label="What makes this not right for you?"
            hint="Saying no is your right. A few words in your own language help your counselor understand."
            rows={3}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setError({});
            }}
            error={error.field}
            autoFocus
          />
          <div className="cv-words-actions">
            <Button type="submit" variant="primary" busy={busy === 'declined'} busyLabel="Saving…">
              Save my answer
            </Button>
            <Button variant="quiet" onClick={() => setDeclining(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error.message && <Alert tone="error" title={error.message} />}
    </section>
  );
}

function Fact({ term, detail }: { term: string; detail: string }) {
  if (!detail) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{detail}</dd>
    </div>
  );
}

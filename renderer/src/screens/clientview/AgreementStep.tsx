import { useState, type FormEvent } from 'react';
import type { Signature } from '../../../../shared/domain/clients.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { SignaturePad } from '../../ui/SignaturePad.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { useView } from './viewContext.ts';

/** Step 6: the plan in plain words, and the client's signature under it. */
export function AgreementStep() {
  const { view, setView } = useView();
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [name, setName] = useState('');
  const [image, setImage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    if (method === 'drawn' && !image) {
      setError({
        code: 'VALIDATION',
        message: 'Please sign in the box, or choose to type your name.',
        fields: { 'signature.image': 'Sign in the box, or choose to type your name.' },
      });
      return;
    }
    const signature: Signature =
      method === 'typed' ? { kind: 'typed', name } : { kind: 'drawn', name, image: image ?? '' };
    setBusy(true);
    setError(null);
    try {
      setView(await call('clientView.sign', { signature }));
    } catch (caught) {
      setError(toShownError(caught));
    } finally {
      setBusy(false);
    }
  };

  const field = (key: string) => error?.fields[key];
  return (
    <>
      <p className="cv-lede">
        This is your plan as it stands today. Read it through. If anything is not right, go back and
        change it, or talk it over with your counselor before you sign.
      </p>
      <section className="cv-card" aria-labelledby="cv-plan-summary">
        <h3 id="cv-plan-summary">Your plan in plain words</h3>
        <PlanSummary plan={view.plan} />
      </section>
      {view.versionId === null ? (
        <p className="cv-lede">
          There is nothing to sign yet. Your counselor will add the plan first.
        </p>
      ) : view.signedByClient ? (
        <div className="cv-thanks" role="status">
          <p className="cv-thanks-title">You signed your plan. Thank you.</p>
          <p>You can change it whenever you need to; a new version will be made for you to sign.</p>
        </div>
      ) : (
        <form className="cv-card cv-sign" onSubmit={sign} noValidate aria-labelledby="cv-sign">
          <h3 id="cv-sign">Your agreement</h3>
          <p>
            By signing, you say this plan is what you and your counselor agreed on. You can change
            your mind about any part of it, at any time.
          </p>
          <Choice
            legend="How would you like to sign?"
            inline
            look="segmented"
            options={[
              { value: 'drawn', label: 'Draw my signature' },
              { value: 'typed', label: 'Type my name' },
            ]}
            value={method}
            onChange={(next) => {
              setMethod(next);
              setImage(null);
              setError(null);
            }}
          />
          <TextField
            label="Your full name"
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={field('signature.name')}
          />
          {method === 'drawn' && (
            <SignaturePad
              label="Your signature"
              hint="Sign in the box with the mouse, a pen or your finger."
              onChange={setImage}
              error={field('signature.image')}
            />
          )}
          {error && !field('signature.name') && !field('signature.image') && (
            <Alert tone="error" title={error.message} />
          )}
          <div className="cv-words-actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Signing…">
              Sign my plan
            </Button>
          </div>
        </form>
      )}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { strengthHint } from '../../forms/strength.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { AuthLayout } from '../../shell/AuthLayout.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';
import { SamplePracticeOffer } from './SamplePracticeOffer.tsx';

export const MISMATCH = 'The two passphrases are not the same. Type them again.';

export function CreateVaultForm({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  useDocumentTitle('Welcome');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase !== again) {
      setError({ code: 'VALIDATION', message: MISMATCH, fields: { again: MISMATCH } });
      return;
    }
    // Length and the rest are the vault's rules: its message comes back on the field.
    const outcome = await run(() => call('vault.setup', { passphrase }));
    if (outcome?.ok) onCreated(outcome.value.recoveryKey);
  };

  return (
    <AuthLayout>
      <div className="auth-intro">
        <p className="auth-step">Step 1 of 2</p>
        <h1>Welcome to Accord</h1>
        <p className="lede">
          Accord keeps your practice’s records on this computer, encrypted with a passphrase only
          you know.
        </p>
      </div>
      <Alert tone="info" title="Choose a passphrase you will remember">
        If you forget it, the only way back in is the recovery key Accord shows you next. Without
        one or the other, nobody can open your records — not even Accord.
      </Alert>
      <form ref={formRef} className="auth-form" onSubmit={submit} noValidate>
        <PasswordField
          label="Passphrase"
          hint="At least 12 characters. A few unrelated words are strong and easy to remember."
          autoComplete="new-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={error?.fields.passphrase}
          live={strengthHint(passphrase)}
        />
        <PasswordField
          label="Passphrase again"
          autoComplete="new-password"
          value={again}
          onChange={(event) => setAgain(event.target.value)}
          error={error?.fields.again}
        />
        <FormError error={error} placed={['passphrase', 'again']} onField={['VALIDATION']} />
        <div className="auth-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Creating your vault…">
            Create vault
          </Button>
        </div>
      </form>
      <SamplePracticeOffer />
    </AuthLayout>
  );
}

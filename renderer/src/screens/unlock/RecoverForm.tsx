import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { strengthHint } from '../../forms/strength.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { AuthLayout } from '../../shell/AuthLayout.tsx';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';
import { MISMATCH } from '../setup/CreateVaultForm.tsx';
import { useRetryWait } from './useRetryWait.ts';

export interface RecoverFormProps {
  onRecovered: () => void;
  onBack: () => void;
}

export function RecoverForm({ onRecovered, onBack }: RecoverFormProps) {
  useDocumentTitle('Use your recovery key');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, run, formRef } = useSubmit();
  const { waiting, noteError } = useRetryWait();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    if (newPassphrase !== again) {
      setError({ code: 'VALIDATION', message: MISMATCH, fields: { again: MISMATCH } });
      return;
    }
    const outcome = await run(() => call('vault.recover', { recoveryKey, newPassphrase }));
    if (outcome?.ok) onRecovered();
    else if (outcome) noteError(outcome.error);
  };

  const keyError = error?.code === 'WRONG_RECOVERY_KEY' ? error.message : error?.fields.recoveryKey;

  return (
    <AuthLayout>
      <div className="auth-intro">
        <h1>Use your recovery key</h1>
        <p className="lede">
          Enter the recovery key from when you created your vault, then choose a new passphrase.
          Your records stay exactly as they are.
        </p>
      </div>
      <form ref={formRef} className="auth-form" onSubmit={submit} noValidate>
        <TextField
          label="Recovery key"
          hint="32 letters and digits, in groups of four. Dashes and spaces are optional."
          mono
          autoFocus
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.target.value)}
          error={keyError}
        />
        <PasswordField
          label="New passphrase"
          hint="At least 12 characters."
          autoComplete="new-password"
          value={newPassphrase}
          onChange={(event) => setNewPassphrase(event.target.value)}
          error={error?.fields.newPassphrase}
          live={strengthHint(newPassphrase)}
        />
        <PasswordField
          label="New passphrase again"
          autoComplete="new-password"
          value={again}
          onChange={(event) => setAgain(event.target.value)}
          error={error?.fields.again}
        />
        <FormError
          error={error}
          placed={['recoveryKey', 'newPassphrase', 'again']}
          onField={['WRONG_RECOVERY_KEY', 'VALIDATION']}
        />
        <div className="auth-actions">
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            busyLabel="Checking your recovery key…"
            aria-disabled={waiting || undefined}
          >
            Recover access
          </Button>
        </div>
      </form>
      <div className="auth-aside">
        <span>Remembered it?</span>
        <Button variant="quiet" onClick={onBack}>
          Back to unlock
        </Button>
      </div>
    </AuthLayout>
  );
}

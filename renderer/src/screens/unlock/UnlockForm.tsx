import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { AuthLayout } from '../../shell/AuthLayout.tsx';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';
import { useRetryWait } from './useRetryWait.ts';
import { SamplePassphraseHint } from '../../shell/SampleBanner.tsx';

export interface UnlockFormProps {
  onUnlocked: () => void;
  onUseRecoveryKey: () => void;
}

export function UnlockForm({ onUnlocked, onUseRecoveryKey }: UnlockFormProps) {
  useDocumentTitle('Unlock');
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run, formRef } = useSubmit();
  const { waiting, noteError } = useRetryWait();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    const outcome = await run(() => call('vault.unlock', { passphrase }));
    if (outcome?.ok) onUnlocked();
    else if (outcome) noteError(outcome.error);
  };

  // A wrong passphrase is about the field; its full message (with the Caps Lock hint) goes there.
  const fieldError = error?.code === 'WRONG_PASSPHRASE' ? error.message : error?.fields.passphrase;

  return (
    <AuthLayout>
      <div className="auth-intro">
        <h1>Accord is locked</h1>
        <p className="lede">Enter your passphrase to open your records.</p>
      </div>
      <SamplePassphraseHint />
      <form ref={formRef} className="auth-form" onSubmit={submit} noValidate>
        <PasswordField
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={fieldError}
        />
        <FormError
          error={error}
          placed={['passphrase']}
          onField={['WRONG_PASSPHRASE', 'VALIDATION']}
        />
        <div className="auth-actions">
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            busyLabel="Unlocking…"
            aria-disabled={waiting || undefined}
          >
            Unlock
          </Button>
        </div>
      </form>
      <div className="auth-aside">
        <span>Forgot your passphrase?</span>
        <Button variant="quiet" onClick={onUseRecoveryKey}>
          Use recovery key
        </Button>
      </div>
    </AuthLayout>
  );
}

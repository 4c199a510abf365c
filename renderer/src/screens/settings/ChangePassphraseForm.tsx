import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { strengthHint } from '../../forms/strength.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { MISMATCH } from '../setup/CreateVaultForm.tsx';

const EMPTY = { currentPassphrase: '', newPassphrase: '', again: '' };

export function ChangePassphraseForm() {
  const [values, setValues] = useState(EMPTY);
  const [changed, setChanged] = useState(false);
  const { busy, error, setError, run, formRef } = useSubmit();

  const edit = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setValues({ ...values, [name]: event.target.value });
    setChanged(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (values.newPassphrase !== values.again) {
      setError({ code: 'VALIDATION', message: MISMATCH, fields: { again: MISMATCH } });
      return;
    }
    const { currentPassphrase, newPassphrase } = values;
    const outcome = await run(() =>
      call('vault.changePassphrase', { currentPassphrase, newPassphrase }),
    );
    if (outcome?.ok) {
      setValues(EMPTY);
      setChanged(true);
    }
  };

  return (
    <form ref={formRef} className="settings-form-plain" onSubmit={submit} noValidate>
      <PasswordField
        label="Current passphrase"
        autoComplete="current-password"
        value={values.currentPassphrase}
        onChange={edit('currentPassphrase')}
        error={error?.fields.currentPassphrase}
      />
      <PasswordField
        label="New passphrase"
        hint="At least 12 characters."
        autoComplete="new-password"
        value={values.newPassphrase}
        onChange={edit('newPassphrase')}
        error={error?.fields.newPassphrase}
        live={strengthHint(values.newPassphrase)}
      />
      <PasswordField
        label="New passphrase again"
        autoComplete="new-password"
        value={values.again}
        onChange={edit('again')}
        error={error?.fields.again}
      />
      <FormError
        error={error}
        placed={['currentPassphrase', 'newPassphrase', 'again']}
        onField={['VALIDATION', 'WRONG_PASSPHRASE']}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Changing passphrase…">
          Change passphrase
        </Button>
        <StatusMessage>{changed ? 'Passphrase changed' : ''}</StatusMessage>
      </div>
    </form>
  );
}

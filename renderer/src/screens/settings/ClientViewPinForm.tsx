import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';

const MISMATCH = 'The two PINs are not the same.';
const EMPTY = { pin: '', again: '' };

/**
 * A short code to leave Client view (and to sign notes) without typing the passphrase in front of
 * the client. The passphrase always works too; the PIN is stored only as a hash.
 */
export function ClientViewPinForm() {
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState('');
  const { busy, error, setError, run, formRef } = useSubmit();
  const { busy: removing, error: removeError, run: runRemove } = useSubmit();

  useEffect(() => {
    let live = true;
    call('settings.get').then(
      (settings) => live && setPinSet(settings.plans.clientViewPinSet),
      () => live && setPinSet(false),
    );
    return () => {
      live = false;
    };
  }, []);

  const edit = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => {
    setValues({ ...values, [name]: event.target.value });
    setDone('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (values.pin !== values.again) {
      setError({ code: 'VALIDATION', message: MISMATCH, fields: { again: MISMATCH } });
      return;
    }
    const outcome = await run(() => call('settings.setClientViewPin', { pin: values.pin }));
    if (outcome?.ok) {
      setValues(EMPTY);
      setPinSet(true);
      setDone(pinSet ? 'PIN changed' : 'PIN set');
    }
  };

  const clear = async () => {
    setDone('');
    const outcome = await runRemove(() => call('settings.setClientViewPin', { pin: null }));
    if (outcome?.ok) {
      setPinSet(false);
      setDone('PIN removed: leaving Client view now takes the passphrase');
    }
  };

  return (
    <form ref={formRef} className="settings-form-plain" onSubmit={submit} noValidate>
      <p className="muted" aria-live="polite">
        {pinSet === null ? '' : pinSet ? 'A PIN is set.' : 'No PIN is set.'}
      </p>
      <PasswordField
        label={pinSet ? 'New PIN' : 'PIN'}
        hint="4 to 8 digits."
        inputMode="numeric"
        maxLength={8}
        value={values.pin}
        onChange={edit('pin')}
        error={error?.fields.pin}
      />
      <PasswordField
        label={pinSet ? 'New PIN again' : 'PIN again'}
        inputMode="numeric"
        maxLength={8}
        value={values.again}
        onChange={edit('again')}
        error={error?.fields.again}
      />
      <FormError error={error} placed={['pin', 'again']} onField={['VALIDATION']} />
      <FormError error={removeError} placed={[]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {pinSet ? 'Change PIN' : 'Set PIN'}
        </Button>
        {pinSet && (
          <Button busy={removing} busyLabel="Removing…" onClick={() => void clear()}>
            Remove PIN
          </Button>
        )}
        <StatusMessage>{done}</StatusMessage>
      </div>
    </form>
  );
}

/** The Security screen's card for the PIN. */
export function ClientViewPinCard() {
  return (
    <Card
      title="Client view PIN"
      description="A short code for leaving Client view, so you need not type your passphrase in front of a client. Your passphrase always works too; after three wrong PINs in a row, only the passphrase does."
    >
      <ClientViewPinForm />
    </Card>
  );
}

import { useState, type FormEvent } from 'react';
import { AUTO_LOCK_LIMITS, type SecuritySettings } from '../../../../shared/domain/settings.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface AutoLockFormProps {
  security: SecuritySettings;
  onSaved: (security: SecuritySettings) => void;
}

export function AutoLockForm({ security, onSaved }: AutoLockFormProps) {
  const [minutes, setMinutes] = useState(String(security.autoLockMinutes));
  const [saved, setSaved] = useState(false);
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // An empty or odd entry goes to the vault as it is, and its rule's message comes back.
    const autoLockMinutes = minutes.trim() === '' ? Number.NaN : Number(minutes);
    const outcome = await run(() => call('settings.saveSecurity', { autoLockMinutes }));
    if (outcome?.ok) {
      setMinutes(String(outcome.value.autoLockMinutes));
      setSaved(true);
      onSaved(outcome.value);
    }
  };

  return (
    <form ref={formRef} className="settings-form-plain" onSubmit={submit} noValidate>
      <TextField
        className="number-input-field"
        label="Minutes before Accord locks"
        hint={`Between ${AUTO_LOCK_LIMITS.min} and ${AUTO_LOCK_LIMITS.max} minutes (4 hours).`}
        type="number"
        inputMode="numeric"
        min={AUTO_LOCK_LIMITS.min}
        max={AUTO_LOCK_LIMITS.max}
        step={1}
        value={minutes}
        onChange={(event) => {
          setMinutes(event.target.value);
          setSaved(false);
        }}
        error={error?.fields.autoLockMinutes}
      />
      <FormError error={error} placed={['autoLockMinutes']} onField={['VALIDATION']} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          Save auto-lock
        </Button>
        <StatusMessage>{saved ? 'Saved' : ''}</StatusMessage>
      </div>
    </form>
  );
}

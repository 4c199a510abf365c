import { useRef, useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';

export interface ExitDialogProps {
  open: boolean;
  /** Whether a Client view PIN is set; null when it could not be known (offer it anyway). */
  pinSet: boolean | null;
  onClose: () => void;
  onExit: () => void;
}

/** The counselor's way out: the passphrase, or the PIN when one is set. */
export function ExitDialog({ open, pinSet, onClose, onExit }: ExitDialogProps) {
  const [method, setMethod] = useState<'pin' | 'passphrase'>(
    pinSet === false ? 'passphrase' : 'pin',
  );
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (secret === '') {
      setError(method === 'pin' ? 'Enter the PIN.' : 'Enter the passphrase.');
      fieldRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await call('clientView.exit', method === 'pin' ? { pin: secret } : { passphrase: secret });
      onExit();
    } catch (caught) {
      const shown = toShownError(caught);
      setError(shown.fields[method] ?? shown.message);
      setSecret('');
      fieldRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title="Leave Client view"
      closeLabel="Back to the plan"
      onClose={onClose}
      initialFocus={fieldRef}
    >
      <form className="cv-exit" onSubmit={submit} noValidate>
        <p className="muted">
          This is for your counselor. To keep working on your plan, choose “Back to the plan”.
        </p>
        {pinSet !== false && (
          <Choice
            legend="Leave with"
            look="segmented"
            inline
            options={[
              { value: 'pin', label: 'PIN' },
              { value: 'passphrase', label: 'Passphrase' },
            ]}
            value={method}
            onChange={(next) => {
              setMethod(next);
              setSecret('');
              setError(undefined);
            }}
          />
        )}
        <PasswordField
          key={method}
          ref={fieldRef}
          label={method === 'pin' ? 'Your PIN' : 'Your passphrase'}
          inputMode={method === 'pin' ? 'numeric' : undefined}
          maxLength={method === 'pin' ? 8 : undefined}
          value={secret}
          onChange={(event) => {
            setSecret(event.target.value);
            setError(undefined);
          }}
          error={error}
        />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Checking…">
            Leave Client view
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

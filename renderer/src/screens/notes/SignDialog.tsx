import { useState, type FormEvent } from 'react';
import type { Note } from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { SecretField, secretError, secretInput, type Secret } from './SecretField.tsx';

export interface SignDialogProps {
  noteId: number;
  pinSet: boolean;
  signer: string;
  onClose: () => void;
  onSigned: (note: Note) => void;
  /** The note itself is not ready (empty, or the risk assessment missing): the editor says why. */
  onRefused: (fields: Record<string, string>, message: string) => void;
}

export function SignDialog({
  noteId,
  pinSet,
  signer,
  onClose,
  onSigned,
  onRefused,
}: SignDialogProps) {
  const [secret, setSecret] = useState<Secret>({ kind: pinSet ? 'pin' : 'passphrase', value: '' });
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('notes.sign', { id: noteId, ...secretInput(secret) }));
    if (!outcome) return;
    if (outcome.ok) onSigned(outcome.value);
    else if (outcome.error.fields.fields || outcome.error.fields.risk) {
      onRefused(outcome.error.fields, outcome.error.message);
    }
  };

  return (
    <Dialog open title="Sign this note" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p>
          A signed note is final: it cannot be changed afterwards, only added to with a signed
          addendum. You sign as <strong>{signer}</strong>.
        </p>
        <SecretField
          pinSet={pinSet}
          secret={secret}
          onChange={(next) => {
            setSecret(next);
            setError(null);
          }}
          error={secretError(secret, error?.fields)}
          hint={
            secret.kind === 'pin'
              ? 'The PIN you set in Settings.'
              : 'The passphrase you unlock Accord with.'
          }
        />
        <FormError
          error={error}
          placed={['passphrase', 'pin', 'fields', 'risk']}
          onField={['WRONG_PASSPHRASE', 'VALIDATION']}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Signing…">
            Sign note
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

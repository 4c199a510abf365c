import { useState, type FormEvent } from 'react';
import type { Note } from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { SecretField, secretError, secretInput, type Secret } from './SecretField.tsx';

export interface AddendumDialogProps {
  noteId: number;
  pinSet: boolean;
  signer: string;
  onClose: () => void;
  onAdded: (note: Note) => void;
}

/** A correction or a later fact, signed on its own: the signed note above it never changes. */
export function AddendumDialog({ noteId, pinSet, signer, onClose, onAdded }: AddendumDialogProps) {
  const [text, setText] = useState('');
  const [secret, setSecret] = useState<Secret>({ kind: pinSet ? 'pin' : 'passphrase', value: '' });
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      call('notes.addendum', { noteId, text, ...secretInput(secret) }),
    );
    if (outcome?.ok) onAdded(outcome.value);
  };

  return (
    <Dialog open size="wide" title="Add an addendum" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <TextArea
          label="Addendum"
          hint="A correction or something learned later. It is dated and signed, and shown under the note."
          rows={6}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (error?.fields.text) setError(null);
          }}
          error={error?.fields.text}
          data-autofocus
        />
        <p className="muted">You sign as {signer}.</p>
        <SecretField
          pinSet={pinSet}
          secret={secret}
          onChange={(next) => {
            setSecret(next);
            setError(null);
          }}
          error={secretError(secret, error?.fields)}
          hint="Signing the addendum needs it, as signing the note did."
        />
        <FormError
          error={error}
          placed={['text', 'passphrase', 'pin']}
          onField={['WRONG_PASSPHRASE', 'VALIDATION']}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Signing…">
            Sign addendum
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

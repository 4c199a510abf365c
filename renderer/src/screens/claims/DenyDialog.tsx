import { useState, type FormEvent } from 'react';
import type { Claim } from '../../../../shared/domain/claims.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface DenyDialogProps {
  claim: Claim;
  onClose: () => void;
  onDone: (claim: Claim) => void;
}

/** Marks a claim denied, with the payer's reason: its charges become the client's to pay. */
export function DenyDialog({ claim, onClose, onDone }: DenyDialogProps) {
  const [note, setNote] = useState('');
  const form = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await form.run(() =>
      call('claims.setStatus', { id: claim.id, status: 'denied', note: note.trim() }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <FormDialog
      title={`Claim #${claim.id} was denied`}
      onClose={onClose}
      form={form}
      onSubmit={submit}
      placed={['note']}
      submitLabel="Mark denied"
      busyLabel="Saving…"
    >
      <p className="muted">
        The services on this claim become {claim.clientName}’s to pay. To send them to the insurer
        again (corrected), tick them under New claims: that makes a new claim.
      </p>
      <TextField
        label="Reason"
        hint="As the payer’s notice says, for example “CO-16 missing information”."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={form.error?.fields.note}
        data-autofocus
      />
    </FormDialog>
  );
}

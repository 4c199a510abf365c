import { useState, type FormEvent } from 'react';
import { displayName, type Client } from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { Button } from '../../../ui/Button.tsx';
import { Choice } from '../../../ui/Choice.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';

export interface ReactivateDialogProps {
  open: boolean;
  client: Client;
  onClose: () => void;
  onDone: (client: Client) => void;
}

export function ReactivateDialog({ open, client, onClose, onDone }: ReactivateDialogProps) {
  const [status, setStatus] = useState<'active' | 'waitlist'>('active');
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('clients.reactivate', { id: client.id, status }));
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <Dialog open={open} title={`Re-activate ${displayName(client)}`} onClose={onClose}>
      <form ref={formRef} className="client-dialog-form" onSubmit={submit} noValidate>
        <Choice
          legend="Return them to"
          options={[
            { value: 'active', label: 'Active', hint: 'They are seeing you again.' },
            { value: 'waitlist', label: 'Waitlist', hint: 'They are waiting for a session.' },
          ]}
          value={status}
          onChange={setStatus}
          error={error?.fields.status}
        />
        <FormError error={error} placed={['status']} onField={['VALIDATION']} />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Re-activate
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

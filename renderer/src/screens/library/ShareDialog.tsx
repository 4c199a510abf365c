import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ClientField, type PickedClient } from './ClientField.tsx';

export interface ShareDialogProps {
  resourceId: number;
  title: string;
  today: string;
  onClose: () => void;
  onShared: (message: string) => void;
}

/** Records that a resource was discussed with a client; it then shows on their Plan tab. */
export function ShareDialog({ resourceId, title, today, onClose, onShared }: ShareDialogProps) {
  const [client, setClient] = useState<PickedClient | null>(null);
  const [sharedOn, setSharedOn] = useState(today);
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!client) {
      setError({
        code: 'VALIDATION',
        message: 'One detail needs attention.',
        fields: { clientId: 'Choose the client you shared it with.' },
      });
      return;
    }
    const outcome = await run(() =>
      call('resources.share', { resourceId, clientId: client.id, sharedOn, method: 'discussed' }),
    );
    if (outcome?.ok) onShared(`Recorded: “${title}” shared with ${client.name}.`);
  };

  return (
    <Dialog open title="Share with a client" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          Records that you went through “{title}” together in session. It is listed on the client’s
          Plan tab, under Shared with this client.
        </p>
        <ClientField
          label="Client"
          selected={client}
          onSelect={(picked) => {
            setClient(picked);
            if (picked) setError(null);
          }}
          error={error?.fields.clientId}
        />
        <TextField
          label="Shared on"
          type="date"
          max={today}
          value={sharedOn}
          onChange={(event) => setSharedOn(event.target.value)}
          error={error?.fields.sharedOn}
        />
        <FormError error={error} placed={['clientId', 'sharedOn']} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Record sharing
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

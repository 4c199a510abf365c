import { useState, type FormEvent } from 'react';
import { displayName, type Client } from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { TextField } from '../../../ui/TextField.tsx';

export interface DischargeDialogProps {
  open: boolean;
  client: Client;
  today: string;
  onClose: () => void;
  onDone: (client: Client) => void;
}

export function DischargeDialog({ open, client, today, onClose, onDone }: DischargeDialogProps) {
  const [dischargedOn, setDischargedOn] = useState(today);
  const [reason, setReason] = useState('');
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      call('clients.discharge', { id: client.id, dischargedOn, reason }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <Dialog open={open} title={`Discharge ${displayName(client)}`} onClose={onClose}>
      <form ref={formRef} className="client-dialog-form" onSubmit={submit} noValidate>
        <p>
          Their record stays in Accord, with everything in it. You can re-activate them at any time.
        </p>
        <TextField
          label="Discharged on"
          type="date"
          value={dischargedOn}
          onChange={(event) => setDischargedOn(event.target.value)}
          error={error?.fields.dischargedOn}
        />
        <TextField
          label="Reason for discharge"
          hint="For example: goals met, moved away, referred to another provider."
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error?.fields.reason}
        />
        <FormError error={error} placed={['dischargedOn', 'reason']} onField={['VALIDATION']} />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Discharging…">
            Discharge
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

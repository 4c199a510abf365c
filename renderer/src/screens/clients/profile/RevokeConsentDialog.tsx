import { useState, type FormEvent } from 'react';
import { CONSENT_LABELS, type Client, type Consent } from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { Button } from '../../../ui/Button.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { formatDay } from '../format.ts';

export interface RevokeConsentDialogProps {
  open: boolean;
  consent: Consent;
  today: string;
  onClose: () => void;
  onRevoked: (client: Client) => void;
}

export function RevokeConsentDialog(props: RevokeConsentDialogProps) {
  const { open, consent, today, onClose, onRevoked } = props;
  const [revokedOn, setRevokedOn] = useState(today);
  const [reason, setReason] = useState('');
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('consents.revoke', { id: consent.id, revokedOn, reason }));
    if (outcome?.ok) onRevoked(outcome.value);
  };

  return (
    <Dialog open={open} title="Revoke consent" onClose={onClose}>
      <form ref={formRef} className="client-dialog-form" onSubmit={submit} noValidate>
        <p>
          {CONSENT_LABELS[consent.kind]}, signed {formatDay(consent.signedOn)}. It stays on the
          record, marked as revoked from the date below; nothing is deleted.
        </p>
        <TextField
          label="Revoked on"
          type="date"
          min={consent.signedOn}
          value={revokedOn}
          onChange={(event) => setRevokedOn(event.target.value)}
          error={error?.fields.revokedOn}
        />
        <TextField
          label="Reason (optional)"
          hint="In the client’s words if they gave one."
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error?.fields.reason}
        />
        <FormError error={error} placed={['revokedOn', 'reason']} onField={['VALIDATION']} />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Revoking…">
            Revoke consent
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

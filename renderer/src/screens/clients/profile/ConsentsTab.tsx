import { useState } from 'react';
import type { Client, Consent } from '../../../../../shared/domain/clients.ts';
import { StatusMessage } from '../../../ui/Alert.tsx';
import { Button } from '../../../ui/Button.tsx';
import { ConsentItem } from './ConsentItem.tsx';
import { RecordConsentDialog } from './RecordConsentDialog.tsx';
import { RevokeConsentDialog } from './RevokeConsentDialog.tsx';

export interface ConsentsTabProps {
  client: Client;
  today: string;
  counselorName: string;
  onChange: (client: Client) => void;
}

/** Signed consents, active and revoked. A revocation is recorded with its date: nothing is deleted. */
export function ConsentsTab({ client, today, counselorName, onChange }: ConsentsTabProps) {
  const [open, setOpen] = useState<'record' | 'revoke' | null>(null);
  // Kept after its dialog closes: the closed dialog stays mounted so focus returns to its opener.
  const [target, setTarget] = useState<Consent | null>(null);
  // A new key each time a dialog opens, so it always starts from a clean form.
  const [opened, setOpened] = useState(0);
  const [message, setMessage] = useState('');

  const show = (next: 'record' | 'revoke', consent: Consent | null = null) => {
    setMessage('');
    setOpened((n) => n + 1);
    setTarget(consent);
    setOpen(next);
  };
  const done = (next: Client, text: string) => {
    onChange(next);
    setOpen(null);
    setMessage(text);
  };

  const active = client.consents.filter((c) => !c.revokedOn).length;
  return (
    <>
      <div className="tab-head">
        <div className="stack-sm">
          <h2>Consents</h2>
          <p className="muted">
            {client.consents.length === 0
              ? 'None recorded yet. Record informed consent to treatment before the first session.'
              : client.consents.length === active
                ? `${active} active.`
                : `${active} active, ${client.consents.length - active} revoked. Revoked consents stay on the record.`}
          </p>
        </div>
        <Button variant="primary" onClick={() => show('record')}>
          Record consent
        </Button>
      </div>
      <StatusMessage>{message}</StatusMessage>
      {client.consents.length > 0 && (
        <ul className="consent-list">
          {client.consents.map((consent) => (
            <li key={consent.id}>
              <ConsentItem consent={consent} onRevoke={() => show('revoke', consent)} />
            </li>
          ))}
        </ul>
      )}
      <RecordConsentDialog
        key={`record-${opened}`}
        open={open === 'record'}
        client={client}
        today={today}
        counselorName={counselorName}
        onClose={() => setOpen(null)}
        onRecorded={(next) => done(next, 'Consent recorded')}
      />
      {target && (
        <RevokeConsentDialog
          key={`revoke-${opened}`}
          open={open === 'revoke'}
          consent={target}
          today={today}
          onClose={() => setOpen(null)}
          onRevoked={(next) => done(next, 'Consent revoked')}
        />
      )}
    </>
  );
}

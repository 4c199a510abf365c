import type { SecuritySettings } from '../../../../shared/domain/settings.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AutoLockForm } from './AutoLockForm.tsx';
import { ChangePassphraseForm } from './ChangePassphraseForm.tsx';
import { ClientViewPinCard } from './ClientViewPinForm.tsx';
import './settings.css';

export interface SecurityScreenProps {
  security: SecuritySettings;
  onSaved: (security: SecuritySettings) => void;
}

export function SecurityScreen({ security, onSaved }: SecurityScreenProps) {
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Security"
        description="Your passphrase and how soon Accord locks itself when you step away."
      />
      <Card
        title="Change passphrase"
        description="Use the new passphrase the next time you unlock. Your records are not re-encrypted, and your recovery key stays the same."
      >
        <ChangePassphraseForm />
      </Card>
      <Card
        title="Auto-lock"
        description="Accord locks itself after this many minutes without keyboard or mouse activity, and whenever your computer sleeps or its screen locks."
      >
        <AutoLockForm security={security} onSaved={onSaved} />
      </Card>
      <ClientViewPinCard />
    </>
  );
}

import { useState } from 'react';
import { CreateVaultForm } from './CreateVaultForm.tsx';
import { RecoveryKeyStep } from './RecoveryKeyStep.tsx';

/** First run: choose a passphrase, then save the recovery key (shown this once). */
export function SetupScreen({ onDone }: { onDone: () => void }) {
  // Held only by this screen: it is gone from memory once the counselor continues.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  if (recoveryKey) return <RecoveryKeyStep recoveryKey={recoveryKey} onContinue={onDone} />;
  return <CreateVaultForm onCreated={setRecoveryKey} />;
}

import { useState } from 'react';
import { RecoverForm } from './RecoverForm.tsx';
import { UnlockForm } from './UnlockForm.tsx';

export interface UnlockScreenProps {
  onUnlocked: () => void;
  onRecovered: () => void;
}

export function UnlockScreen({ onUnlocked, onRecovered }: UnlockScreenProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  if (mode === 'recovery') {
    return <RecoverForm onRecovered={onRecovered} onBack={() => setMode('passphrase')} />;
  }
  return <UnlockForm onUnlocked={onUnlocked} onUseRecoveryKey={() => setMode('recovery')} />;
}

import { useState } from 'react';
import { useIdleLock } from '../../shell/useIdleLock.ts';
import { ClientViewScreen, type ClientViewScreenProps } from './ClientViewScreen.tsx';
import { recallChoices } from './session.ts';

/**
 * Client view found open when the window starts (a reload): Settings are closed until the
 * counselor leaves it, so the auto-lock comes from what was remembered on entering.
 */
export function ClientViewResume({ onLock, onExit }: ClientViewScreenProps) {
  const [minutes] = useState(() => recallChoices().autoLockMinutes);
  useIdleLock(minutes, onLock);
  return <ClientViewScreen onLock={onLock} onExit={onExit} />;
}

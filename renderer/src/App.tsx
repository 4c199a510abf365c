import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultStatus } from '../../shared/domain/vault.ts';
import { call, onLocked } from './api.ts';
import { toShownError } from './errors.ts';
import { ProblemScreen } from './screens/problem/ProblemScreen.tsx';
import { SetupScreen } from './screens/setup/SetupScreen.tsx';
import { UnlockScreen } from './screens/unlock/UnlockScreen.tsx';
import { AuthLayout } from './shell/AuthLayout.tsx';
import { runBeforeLock } from './shell/beforeLock.ts';
import { Shell } from './shell/Shell.tsx';
import { Alert } from './ui/Alert.tsx';
import { Button } from './ui/Button.tsx';

type Phase =
  | { kind: 'starting' }
  | { kind: 'problem'; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'setup' }
  | { kind: 'locking' }
  | { kind: 'locked' }
  | { kind: 'unlocked'; session: number; notice?: string };

const RECOVERED =
  'Access recovered. Use your new passphrase from now on; your recovery key has not changed.';

/**
 * Which of Accord's states the window shows, always as the vault reports it. Nothing behind the
 * lock lives here: it all lives in Shell, which exists only while the vault is unlocked.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const sessions = useRef(0);

  const enter = useCallback((notice?: string) => {
    sessions.current += 1;
    setPhase(
      notice
        ? { kind: 'unlocked', session: sessions.current, notice }
        : { kind: 'unlocked', session: sessions.current },
    );
  }, []);

  const showStatus = useCallback(
    (status: VaultStatus) => {
      if (status.problem) setPhase({ kind: 'problem', message: status.problem.message });
      else if (status.state === 'new') setPhase({ kind: 'setup' });
      else if (status.state === 'locked') setPhase({ kind: 'locked' });
      else enter();
    },
    [enter],
  );
  const showUnavailable = useCallback((error: unknown) => {
    setPhase({ kind: 'unavailable', message: toShownError(error).message });
  }, []);
  const showVault = useCallback(
    () => call('vault.status').then(showStatus, showUnavailable),
    [showStatus, showUnavailable],
  );

  const lock = useCallback(async () => {
    // Words still on their way (a note typed a moment ago) reach the vault while it is open.
    await runBeforeLock();
    // The unlocked tree goes first, then the vault closes; the lock screen appears only once
    // it has, so an unlock cannot slip in while the lock is still under way.
    setPhase({ kind: 'locking' });
    try {
      await call('vault.lock');
    } catch {
      // Whatever happened, the vault's own status decides what shows next.
    }
    await showVault();
  }, [showVault]);

  useEffect(() => {
    call('vault.status').then(showStatus, showUnavailable);
  }, [showStatus, showUnavailable]);

  useEffect(() => onLocked(() => setPhase({ kind: 'locked' })), []);

  switch (phase.kind) {
    case 'starting':
    case 'locking':
      return <div className="blank" aria-busy="true" />;
    case 'problem':
      return <ProblemScreen message={phase.message} onCheckAgain={showVault} />;
    case 'unavailable':
      return (
        <AuthLayout>
          <h1>Accord could not start</h1>
          <Alert tone="error" title={phase.message} />
          <div className="row">
            <Button variant="primary" onClick={showVault}>
              Try again
            </Button>
          </div>
        </AuthLayout>
      );
    case 'setup':
      return <SetupScreen onDone={() => enter()} />;
    case 'locked':
      return <UnlockScreen onUnlocked={() => enter()} onRecovered={() => enter(RECOVERED)} />;
    case 'unlocked':
      return <Shell key={phase.session} onLock={lock} notice={phase.notice} />;
  }
}

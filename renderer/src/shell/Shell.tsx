import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  PracticeProfile,
  SecuritySettings,
  Settings,
} from '../../../shared/domain/settings.ts';
import { call } from '../api.ts';
import { toShownError } from '../errors.ts';
import { ClientsScreen } from '../screens/clients/ClientsScreen.tsx';
import { ClientViewResume } from '../screens/clientview/ClientViewResume.tsx';
import { ClientViewScreen } from '../screens/clientview/ClientViewScreen.tsx';
import { ClientProfile } from '../screens/clients/profile/ClientProfile.tsx';
import { EndOfDayScreen } from '../screens/endofday/EndOfDayScreen.tsx';
import { ClaimsScreen } from '../screens/claims/ClaimsScreen.tsx';
import { ReportsScreen } from '../screens/reports/ReportsScreen.tsx';
import { HomeScreen } from '../screens/home/HomeScreen.tsx';
import { LibraryScreen } from '../screens/library/LibraryScreen.tsx';
import { NoteEditor } from '../screens/notes/NoteEditor.tsx';
import { ScheduleScreen } from '../screens/schedule/ScheduleScreen.tsx';
import { AuditLog } from '../screens/settings/AuditLog.tsx';
import { BackupsScreen } from '../screens/settings/BackupsScreen.tsx';
import { PracticeSettings } from '../screens/settings/PracticeSettings.tsx';
import { SchedulingSettings } from '../screens/settings/SchedulingSettings.tsx';
import { SecurityScreen } from '../screens/settings/SecurityScreen.tsx';
import { ServicesSettings } from '../screens/settings/ServicesSettings.tsx';
import { Alert } from '../ui/Alert.tsx';
import { Button } from '../ui/Button.tsx';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { BrandMark } from './BrandMark.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { ROUTES, toRoute, type Navigate, type Route } from './routes.ts';
import { SideNav } from './SideNav.tsx';
import { SampleBanner } from './SampleBanner.tsx';
import { useIdleLock } from './useIdleLock.ts';
import { useShortcuts } from './useShortcuts.ts';
import './Shell.css';

export interface ShellProps {
  onLock: () => void;
  /** A one-time message for the first page, e.g. after recovering access. */
  notice?: string | undefined;
}

/**
 * Everything behind the lock. App mounts a fresh Shell (new key) for every unlock and unmounts it
 * on lock, so all record data held here goes with it.
 */
export function Shell({ onLock, notice }: ShellProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Client view left open by a reload: the core answers only its channels until it is closed.
  const [openClientView, setOpenClientView] = useState<number | null>(null);
  const [firstRoute, setFirstRoute] = useState<Route | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      setSettings(await call('settings.get'));
      setLoadError(null);
    } catch (error) {
      setLoadError(toShownError(error).message);
    }
  }, []);

  useEffect(() => {
    let live = true;
    call('clientView.status')
      .then(({ clientId }) => {
        if (clientId === null) return call('settings.get').then((v) => live && setSettings(v));
        if (live) setOpenClientView(clientId);
      })
      .catch((error: unknown) => live && setLoadError(toShownError(error).message));
    return () => {
      live = false;
    };
  }, []);

  if (openClientView !== null) {
    const clientId = openClientView;
    return (
      <ClientViewResume
        onLock={onLock}
        onExit={() => {
          setFirstRoute({ name: 'client', id: clientId });
          setOpenClientView(null);
          void load();
        }}
      />
    );
  }

  if (!settings) {
    return (
      <div className="shell-loading">
        {loadError ? (
          <div className="stack">
            <Alert tone="error" title="Accord could not open your settings">
              {loadError}
            </Alert>
            <div className="row">
              <Button variant="primary" onClick={load}>
                Try again
              </Button>
              <Button onClick={onLock}>Lock Accord</Button>
            </div>
          </div>
        ) : (
          <p className="muted" role="status">
            Opening your records…
          </p>
        )}
      </div>
    );
  }
  return (
    <UnlockedApp
      settings={settings}
      onSettings={setSettings}
      onLock={onLock}
      notice={notice}
      firstRoute={firstRoute}
    />
  );
}

interface UnlockedAppProps extends ShellProps {
  settings: Settings;
  onSettings: (settings: Settings) => void;
  firstRoute?: Route | undefined;
}

function UnlockedApp({ settings, onSettings, onLock, notice, firstRoute }: UnlockedAppProps) {
  const [route, setRoute] = useState<Route>(firstRoute ?? { name: 'home' });
  const navigate: Navigate = useCallback((to) => setRoute(toRoute(to)), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const openHelp = useCallback(() => setHelpOpen(true), []);

  useDocumentTitle(ROUTES[route.name].title);
  useIdleLock(settings.security.autoLockMinutes, onLock);
  useShortcuts({
    lock: onLock,
    help: openHelp,
    today: () => navigate('home'),
    schedule: () => navigate('schedule'),
  });

  // Each page announces itself: focus moves to its heading, as a page load would.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  // Client view replaces the whole window: no header, no navigation, no other names.
  if (route.name === 'clientView' && route.id !== undefined) {
    const clientId = route.id;
    return (
      <ClientViewScreen onLock={onLock} onExit={() => navigate({ name: 'client', id: clientId })} />
    );
  }

  const savePractice = (practice: PracticeProfile) => onSettings({ ...settings, practice });
  const saveSecurity = (security: SecuritySettings) => onSettings({ ...settings, security });
  const name = settings.practice.practiceName || 'Accord';

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="shell-header">
        <p className="shell-brand">
          <BrandMark className="brand-mark" />
          <span className="shell-name">{name}</span>
        </p>
        <div className="shell-actions">
          <Button variant="quiet" onClick={openHelp} aria-keyshortcuts="?">
            Keyboard shortcuts
          </Button>
          <Button onClick={onLock} aria-label="Lock Accord" aria-keyshortcuts="Control+L Meta+L">
            <LockIcon />
            Lock
          </Button>
        </div>
      </header>
      <SampleBanner />
      <div className="shell-body">
        <SideNav current={route.name} onNavigate={navigate} />
        <main id="main" ref={mainRef} className="shell-main" tabIndex={-1}>
          {route.name === 'home' && (
            <HomeScreen settings={settings} notice={notice} onNavigate={navigate} />
          )}
          {route.name === 'practice' && (
            <PracticeSettings practice={settings.practice} onSaved={savePractice} />
          )}
          {route.name === 'security' && (
            <SecurityScreen security={settings.security} onSaved={saveSecurity} />
          )}
          {route.name === 'audit' && <AuditLog timeZone={settings.practice.timeZone} />}
          {route.name === 'backups' && <BackupsScreen timeZone={settings.practice.timeZone} />}
          {route.name === 'clients' && (
            <ClientsScreen route={route} practice={settings.practice} onNavigate={navigate} />
          )}
          {route.name === 'note' && (
            <NoteEditor
              key={`${route.id ?? ''}:${route.session ?? ''}`}
              route={route}
              practice={settings.practice}
              onNavigate={navigate}
            />
          )}
          {route.name === 'client' && (
            <ClientProfile
              key={route.id}
              route={route}
              practice={settings.practice}
              onNavigate={navigate}
            />
          )}
          {route.name === 'library' && <LibraryScreen route={route} practice={settings.practice} />}
          {route.name === 'schedule' && (
            <ScheduleScreen
              key={route.date ?? ''}
              settings={settings}
              date={route.date}
              onNavigate={navigate}
            />
          )}
          {route.name === 'endOfDay' && (
            <EndOfDayScreen
              date={route.date}
              currency={settings.practice.currency}
              timeZone={settings.practice.timeZone}
              onNavigate={navigate}
            />
          )}
          {route.name === 'claims' && (
            <ClaimsScreen practice={settings.practice} onNavigate={navigate} />
          )}
          {route.name === 'reports' && (
            <ReportsScreen practice={settings.practice} onNavigate={navigate} />
          )}
          {route.name === 'services' && <ServicesSettings currency={settings.practice.currency} />}
          {route.name === 'scheduling' && (
            <SchedulingSettings
              schedule={settings.schedule}
              currency={settings.practice.currency}
              onSaved={(schedule) => onSettings({ ...settings, schedule })}
            />
          )}
        </main>
      </div>
      <HelpDialog
        open={helpOpen}
        onClose={() => setHelpOpen(false)}
        autoLockMinutes={settings.security.autoLockMinutes}
      />
    </div>
  );
}

function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect
        x="4"
        y="9"
        width="12"
        height="8"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
      />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" fill="none" stroke="currentColor" strokeWidth="1.75" />
    </svg>
  );
}

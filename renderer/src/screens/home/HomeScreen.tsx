import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import type { Today } from '../../../../shared/domain/scheduling.ts';
import type { Settings } from '../../../../shared/domain/settings.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import type { Navigate, RouteName } from '../../shell/routes.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { OpenEarlierDays } from '../endofday/OpenEarlierDays.tsx';
import { UnsignedNotes } from '../notes/UnsignedNotes.tsx';
import { PlansDueCard } from '../plan/PlansDueCard.tsx';
import { useNoteStates } from '../notes/useNoteStates.ts';
import { AppointmentDetails } from '../schedule/AppointmentDetails.tsx';
import { formatDateLong } from '../schedule/time.ts';
import { FirstSteps } from './FirstSteps.tsx';
import { TodaySessions } from './TodaySessions.tsx';
import { WeekAhead } from './WeekAhead.tsx';
import './HomeScreen.css';

export interface HomeScreenProps {
  settings: Settings;
  notice?: string | undefined;
  onNavigate: Navigate;
}

/** Today: the day's sessions and what each still needs, the week ahead, and first steps. */
export function HomeScreen({ settings, notice, onNavigate }: HomeScreenProps) {
  const { practice, security } = settings;
  const zone = practice.timeZone;
  const [today, setToday] = useState<Today | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [openId, setOpenId] = useState<number | null>(null);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const noteStates = useNoteStates(today?.sessions);

  useEffect(() => {
    let live = true;
    call('today.get', {}).then(
      (value) => {
        if (!live) return;
        setToday(value);
        setError(null);
      },
      (caught: unknown) => live && setError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [version]);

  const go = (route: RouteName) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onNavigate(route);
  };
  const greeting = practice.counselorName ? `Welcome back, ${practice.counselorName}.` : '';
  const dateText = today ? `${formatDateLong(today.date)}.` : '';
  const open = today?.sessions.find((s) => s.id === openId);
  const newPractice = today && (today.counts.clients === 0 || today.counts.appointments === 0);

  return (
    <>
      <PageHeader
        eyebrow="Today"
        title={practice.practiceName || 'Welcome'}
        description={`${dateText} ${greeting || 'Your records are open on this computer.'}`.trim()}
      />
      {notice && <Alert tone="success" title={notice} />}
      {error && (
        <Alert tone="error" title="Today’s sessions could not be loaded.">
          <p>{error}</p>
          <div className="row">
            <Button onClick={reload}>Try again</Button>
          </div>
        </Alert>
      )}
      {!practice.practiceName && (
        <Card
          className="home-start"
          title="Start with your practice profile"
          description="Add your practice’s name, your name and credentials, your NPI and address, and the time zone Accord should use for every date it shows."
        >
          <p>
            <a className="button button-primary" href="#practice" onClick={go('practice')}>
              Fill in your practice profile
            </a>
          </p>
        </Card>
      )}
      {today && newPractice && <FirstSteps counts={today.counts} onNavigate={onNavigate} />}
      {today && today.counts.appointments > 0 && (
        <TodaySessions
          sessions={today.sessions}
          zone={zone}
          currency={practice.currency}
          onOpen={setOpenId}
          notes={noteStates}
          onNavigate={onNavigate}
          onChanged={reload}
          onSchedule={() => onNavigate({ name: 'schedule', date: today.date })}
        />
      )}
      <UnsignedNotes onNavigate={onNavigate} />
      <PlansDueCard onNavigate={onNavigate} />
      <OpenEarlierDays onNavigate={onNavigate} />
      {today && today.counts.appointments > 0 && (
        <WeekAhead week={today.week} onDay={(date) => onNavigate({ name: 'schedule', date })} />
      )}
      <Card title="This computer" description="How Accord protects your records here.">
        <dl className="facts">
          <div>
            <dt>Auto-lock</dt>
            <dd>
              After {security.autoLockMinutes} minute{security.autoLockMinutes === 1 ? '' : 's'}{' '}
              without activity ·{' '}
              <a href="#security" onClick={go('security')}>
                Change
              </a>
            </dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>{zone.replaceAll('_', ' ')}</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{practice.currency}</dd>
          </div>
          <div>
            <dt>Audit trail</dt>
            <dd>
              Every unlock and change is recorded ·{' '}
              <a href="#audit" onClick={go('audit')}>
                View the audit log
              </a>
            </dd>
          </div>
        </dl>
      </Card>
      {open && (
        <AppointmentDetails
          appointment={open}
          zone={zone}
          currency={practice.currency}
          onChanged={reload}
          onOpenClient={(id) => onNavigate({ name: 'client', id })}
          onOpenNote={onNavigate}
          onShowInSchedule={() => onNavigate({ name: 'schedule', date: open.date })}
          onClose={() => setOpenId(null)}
        />
      )}
    </>
  );
}

import type { MouseEvent } from 'react';
import type { Settings } from '../../../../shared/domain/settings.ts';
import type { Navigate, RouteName } from '../../shell/routes.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import './HomeScreen.css';

export interface HomeScreenProps {
  settings: Settings;
  notice?: string | undefined;
  onNavigate: Navigate;
}

/** The first page after unlocking. It shows only what is real: the practice's own settings. */
export function HomeScreen({ settings, notice, onNavigate }: HomeScreenProps) {
  const { practice, security } = settings;
  const go = (route: RouteName) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onNavigate(route);
  };
  const greeting = practice.counselorName ? `Welcome back, ${practice.counselorName}.` : '';
  return (
    <>
      <PageHeader
        title={practice.practiceName || 'Welcome'}
        description={`${greeting} Your records are open on this computer.`.trim()}
      />
      {notice && <Alert tone="success" title={notice} />}
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
            <dd>{practice.timeZone.replaceAll('_', ' ')}</dd>
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
    </>
  );
}

import { useEffect, useState } from 'react';
import { displayName, type Client } from '../../../../../shared/domain/clients.ts';
import { dateInZone } from '../../../../../shared/dates.ts';
import type { PracticeProfile } from '../../../../../shared/domain/settings.ts';
import { call } from '../../../api.ts';
import { toShownError, type ShownError } from '../../../errors.ts';
import { useSubmit } from '../../../forms/useSubmit.ts';
import type { Navigate, Route } from '../../../shell/routes.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { Button } from '../../../ui/Button.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Tabs } from '../../../ui/Tabs.tsx';
import { BillingTab } from '../../billing/BillingTab.tsx';
import { OpenClientViewButton } from '../../clientview/OpenClientViewButton.tsx';
import { MeasuresTab } from '../../measures/MeasuresTab.tsx';
import { NotesTab } from '../../notes/NotesTab.tsx';
import type { PlanDraft } from '../../plan/planDraft.ts';
import { PlanTab } from '../../plan/PlanTab.tsx';
import { ClientForm } from '../ClientForm.tsx';
import { draftFromClient } from '../clientDraft.ts';
import { formatDay } from '../format.ts';
import { useFocusHeading } from '../useFocusHeading.ts';
import { ConsentsTab } from './ConsentsTab.tsx';
import { DiagnosesTab } from './DiagnosesTab.tsx';
import type { DiagnosisRow } from './diagnosisDraft.ts';
import { DischargeDialog } from './DischargeDialog.tsx';
import { InsuranceTab } from './InsuranceTab.tsx';
import { OverviewTab } from './OverviewTab.tsx';
import { ProfileHeader } from './ProfileHeader.tsx';
import { ReactivateDialog } from './ReactivateDialog.tsx';
import { SessionsTab } from './SessionsTab.tsx';
import '../clients.css';
import './profile.css';

type TabKey =
  | 'overview'
  | 'insurance'
  | 'diagnoses'
  | 'consents'
  | 'sessions'
  | 'plan'
  | 'measures'
  | 'notes'
  | 'billing';

export interface ClientProfileProps {
  route: Route;
  practice: PracticeProfile;
  onNavigate: Navigate;
}

/** One client's record. Opening it is a view of a record, and the core audits it as one. */
export function ClientProfile({ route, practice, onNavigate }: ClientProfileProps) {
  // Zero finds no client: the core answers NOT_FOUND and the page says so.
  const id = route.id ?? 0;
  const [client, setClient] = useState<Client | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [view, setView] = useState<'record' | 'edit'>('record');
  // Back from a note, the client's notes are where the counselor left them.
  const [tab, setTab] = useState<TabKey>(
    route.tab === 'notes' || route.tab === 'plan' ? route.tab : 'overview',
  );
  const [notice, setNotice] = useState('');
  const [dialog, setDialog] = useState<'discharge' | 'reactivate' | null>(null);
  const [opened, setOpened] = useState(0);
  const [diagnosesDraft, setDiagnosesDraft] = useState<DiagnosisRow[] | null>(null);
  const [planDraft, setPlanDraft] = useState<PlanDraft | null>(null);
  const [shownRoute, setShownRoute] = useState(route);
  const activate = useSubmit();
  const ref = useFocusHeading<HTMLDivElement>(client ? `${view}:${client.status}` : 'loading');
  const today = dateInZone(new Date(), practice.timeZone);

  // Choosing this client again from elsewhere comes back to the record, not a half-done edit.
  if (route !== shownRoute) {
    setShownRoute(route);
    setView('record');
  }

  useEffect(() => {
    let live = true;
    call('clients.get', { id }).then(
      (value) => live && setClient(value),
      (caught: unknown) => live && setLoadError(toShownError(caught)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const back = () => onNavigate('clients');

  if (!client) {
    return loadError ? (
      <>
        <PageHeader title="Client record" />
        <Alert tone="error" title={loadError.message} />
        <div className="row">
          <Button onClick={back}>Back to clients</Button>
        </div>
      </>
    ) : (
      <p className="muted" role="status">
        Opening the client’s record…
      </p>
    );
  }

  const changed = (next: Client, message: string) => {
    setClient(next);
    setDialog(null);
    setNotice(message);
  };
  const openDialog = (which: 'discharge' | 'reactivate') => {
    setNotice('');
    setOpened((n) => n + 1);
    setDialog(which);
  };
  const markActive = async () => {
    setNotice('');
    const outcome = await activate.run(() =>
      call('clients.reactivate', { id: client.id, status: 'active' }),
    );
    if (outcome?.ok) changed(outcome.value, 'Now active.');
  };

  if (view === 'edit') {
    return (
      <div ref={ref} className="clients-page">
        <PageHeader eyebrow={displayName(client)} title="Edit client details" />
        <ClientForm
          initial={draftFromClient(client)}
          clientId={client.id}
          today={today}
          onSaved={(next) => {
            changed(next, 'Details saved.');
            setView('record');
          }}
          onCancel={() => setView('record')}
        />
      </div>
    );
  }

  const discharged = client.status === 'discharged';
  const actions = (
    <>
      <OpenClientViewButton
        client={client}
        onOpened={() => onNavigate({ name: 'clientView', id: client.id })}
      />
      <Button
        onClick={() => {
          setNotice('');
          setView('edit');
        }}
      >
        Edit details
      </Button>
      {client.status === 'waitlist' && (
        <Button busy={activate.busy} busyLabel="Saving…" onClick={markActive}>
          Mark active
        </Button>
      )}
      {discharged ? (
        <Button onClick={() => openDialog('reactivate')}>Re-activate…</Button>
      ) : (
        <Button onClick={() => openDialog('discharge')}>Discharge…</Button>
      )}
    </>
  );

  return (
    <div ref={ref} className="clients-page">
      <ProfileHeader client={client} today={today} onBack={back} actions={actions} />
      {notice && <Alert tone="success" title={notice} />}
      {activate.error && <Alert tone="error" title={activate.error.message} />}
      <Tabs<TabKey>
        label="Client record"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'overview', label: 'Overview' },
          { key: 'insurance', label: 'Insurance' },
          {
            key: 'diagnoses',
            label: (
              <Counted
                label="Diagnoses"
                count={client.diagnoses.length}
                unsaved={diagnosesDraft !== null}
              />
            ),
          },
          { key: 'consents', label: <Counted label="Consents" count={client.consents.length} /> },
          { key: 'sessions', label: 'Sessions' },
          { key: 'plan', label: <Counted label="Plan" count={0} unsaved={planDraft !== null} /> },
          { key: 'notes', label: 'Notes' },
          { key: 'measures', label: 'Measures' },
          { key: 'billing', label: 'Billing' },
        ]}
      >
        {tab === 'overview' && <OverviewTab client={client} timeZone={practice.timeZone} />}
        {tab === 'insurance' && (
          <InsuranceTab client={client} currency={practice.currency} onChange={setClient} />
        )}
        {tab === 'diagnoses' && (
          <DiagnosesTab
            client={client}
            today={today}
            onChange={setClient}
            draft={diagnosesDraft}
            onDraft={setDiagnosesDraft}
          />
        )}
        {tab === 'consents' && (
          <ConsentsTab
            client={client}
            today={today}
            counselorName={practice.counselorName}
            onChange={setClient}
          />
        )}
        {tab === 'sessions' && <SessionsTab clientId={client.id} />}
        {tab === 'plan' && (
          <PlanTab
            client={client}
            practice={practice}
            today={today}
            draft={planDraft}
            onDraft={setPlanDraft}
          />
        )}
        {tab === 'notes' && <NotesTab clientId={client.id} onNavigate={onNavigate} />}
        {tab === 'measures' && <MeasuresTab clientId={client.id} today={today} />}
        {tab === 'billing' && (
          <BillingTab clientId={client.id} currency={practice.currency} today={today} />
        )}
      </Tabs>
      <DischargeDialog
        key={`discharge-${opened}`}
        open={dialog === 'discharge'}
        client={client}
        today={today}
        onClose={() => setDialog(null)}
        onDone={(next) => changed(next, `Discharged on ${formatDay(next.dischargedOn ?? today)}.`)}
      />
      <ReactivateDialog
        key={`reactivate-${opened}`}
        open={dialog === 'reactivate'}
        client={client}
        onClose={() => setDialog(null)}
        onDone={(next) =>
          changed(next, next.status === 'active' ? 'Now active.' : 'Now on the waitlist.')
        }
      />
    </div>
  );
}

function Counted({ label, count, unsaved }: { label: string; count: number; unsaved?: boolean }) {
  return (
    <>
      {label} {count > 0 && <span className="tab-count">{count}</span>}
      {unsaved && (
        <span className="tab-unsaved">
          <span className="sr-only">, unsaved changes</span>
        </span>
      )}
    </>
  );
}

import { useState } from 'react';
import { dateInZone } from '../../../../shared/dates.ts';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import type { Navigate, Route } from '../../shell/routes.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ClientForm } from './ClientForm.tsx';
import { blankDraft } from './clientDraft.ts';
import { ClientList } from './ClientList.tsx';
import { plural } from './format.ts';
import { ImportPage } from './ImportPage.tsx';
import type { StatusFilter } from './useClientSearch.ts';
import { useFocusHeading } from './useFocusHeading.ts';
import './clients.css';

type View = 'list' | 'new' | 'import';

export interface ClientsScreenProps {
  route: Route;
  practice: PracticeProfile;
  onNavigate: Navigate;
}

/** The Clients route: the list, and the new-client form and CSV import that start from it. */
export function ClientsScreen({ route, practice, onNavigate }: ClientsScreenProps) {
  const [view, setView] = useState<View>('list');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [notice, setNotice] = useState('');
  const [shownRoute, setShownRoute] = useState(route);
  const [visits, setVisits] = useState(0);
  const ref = useFocusHeading<HTMLDivElement>(view);
  const today = dateInZone(new Date(), practice.timeZone);

  // Choosing Clients in the side navigation again always comes back to a fresh list.
  if (route !== shownRoute) {
    setShownRoute(route);
    setView('list');
    setVisits(visits + 1);
  }

  const show = (next: View) => {
    setNotice('');
    setView(next);
  };

  return (
    <div ref={ref} className="clients-page">
      {view === 'list' && (
        <ClientList
          query={query}
          status={status}
          onQuery={setQuery}
          onStatus={setStatus}
          today={today}
          notice={notice}
          refresh={visits}
          onOpen={(id) => onNavigate({ name: 'client', id })}
          onNew={() => show('new')}
          onImport={() => show('import')}
        />
      )}
      {view === 'new' && (
        <>
          <PageHeader
            eyebrow="Clients"
            title="New client"
            description="Only the legal first and last name are needed now; the rest can wait."
          />
          <ClientForm
            initial={blankDraft()}
            today={today}
            onSaved={(client) => onNavigate({ name: 'client', id: client.id })}
            onCancel={() => show('list')}
          />
        </>
      )}
      {view === 'import' && (
        <ImportPage
          onImported={(created) => {
            setQuery('');
            setStatus('all');
            setView('list');
            setNotice(`Imported ${plural(created, 'client')}.`);
          }}
          onCancel={() => show('list')}
        />
      )}
    </div>
  );
}

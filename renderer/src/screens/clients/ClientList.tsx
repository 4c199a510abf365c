import type { ReactNode } from 'react';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ClientTable } from './ClientTable.tsx';
import { plural } from './format.ts';
import { useClientSearch, type StatusFilter } from './useClientSearch.ts';
import { useExport } from './useExport.tsx';

const FILTERS = [
  { value: 'active', label: 'Active' },
  { value: 'waitlist', label: 'Waitlist' },
  { value: 'discharged', label: 'Discharged' },
  { value: 'all', label: 'All' },
] as const;

function countLine(total: number, status: StatusFilter, query: string): string {
  const clients =
    status === 'all'
      ? plural(total, 'client')
      : status === 'waitlist'
        ? `${plural(total, 'client')} on the waitlist`
        : plural(total, `${status} client`);
  const q = query.trim();
  if (!q) return `${clients}.`;
  return `${clients} ${total === 1 ? 'matches' : 'match'} “${q}”.`;
}

export interface ClientListProps {
  query: string;
  status: StatusFilter;
  onQuery: (query: string) => void;
  onStatus: (status: StatusFilter) => void;
  today: string;
  notice: string;
  /** Changes when the counselor opens Clients again: the list is read afresh. */
  refresh: number;
  onOpen: (id: number) => void;
  onNew: () => void;
  onImport: () => void;
}

export function ClientList(props: ClientListProps) {
  const { query, status, onQuery, onStatus, today, notice, refresh, onOpen, onNew, onImport } =
    props;
  const search = useClientSearch(query, status, refresh);
  const exporter = useExport(status);
  const { results } = search;
  // Before the first client there is nothing to search, filter or export.
  const pristine = results !== null && results.total === 0 && !results.anyClients;

  return (
    <>
      <div className="clients-header">
        <PageHeader title="Clients" />
        {!pristine && (
          <div className="clients-actions">
            <Button variant="primary" onClick={onNew}>
              New client
            </Button>
            <Button onClick={onImport}>Import CSV</Button>
            {exporter.button}
          </div>
        )}
      </div>
      {notice && <Alert tone="success" title={notice} />}
      {exporter.message}

      <div className="clients-toolbar" role="search" aria-label="Clients" hidden={pristine}>
        <TextField
          className="clients-search"
          label="Search clients"
          type="search"
          hint="Results appear as you type."
          placeholder="Name, preferred name, phone or email"
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          error={search.error?.fields.query}
        />
        <Choice
          legend="Show"
          look="segmented"
          options={FILTERS}
          value={status}
          onChange={onStatus}
        />
      </div>

      {search.error && !search.error.fields.query && (
        <Alert tone="error" title={search.error.message}>
          <div className="row">
            <Button onClick={search.reload}>Try again</Button>
          </div>
        </Alert>
      )}

      <p className="clients-count" aria-live="polite">
        {results && !pristine ? countLine(results.total, results.status, results.query) : ''}
      </p>

      {results && results.clients.length > 0 && (
        <>
          <ClientTable
            clients={results.clients}
            today={today}
            busy={search.searching}
            onOpen={onOpen}
          />
          {results.clients.length < results.total && (
            <div className="clients-more">
              <p className="muted">
                Showing {results.clients.length.toLocaleString('en-US')} of{' '}
                {results.total.toLocaleString('en-US')}.
              </p>
              <Button busy={search.loadingMore} busyLabel="Loading…" onClick={search.showMore}>
                Show more
              </Button>
            </div>
          )}
        </>
      )}

      {results && results.total === 0 && (
        <EmptyList
          anyClients={results.anyClients}
          query={results.query.trim()}
          status={results.status}
          onAll={() => onStatus('all')}
          onNew={onNew}
          onImport={onImport}
        />
      )}
    </>
  );
}

interface EmptyListProps {
  anyClients: boolean;
  query: string;
  status: StatusFilter;
  onAll: () => void;
  onNew: () => void;
  onImport: () => void;
}

function EmptyList({ anyClients, query, status, onAll, onNew, onImport }: EmptyListProps) {
  let title: string;
  let body: ReactNode;
  if (!anyClients) {
    title = 'No clients yet';
    body = (
      <>
        <p>Add your first client, or import the clients you already have from a CSV file.</p>
        <div className="row">
          <Button variant="primary" onClick={onNew}>
            Add your first client
          </Button>
          <Button onClick={onImport}>Import a CSV file</Button>
        </div>
      </>
    );
  } else {
    const where =
      status === 'all'
        ? ''
        : ` among ${FILTERS.find((f) => f.value === status)?.label.toLowerCase()} clients`;
    title = query
      ? `No one matches “${query}”${where}`
      : `No ${status === 'waitlist' ? 'one on the waitlist' : `${status} clients`}`;
    body = (
      <>
        <p>
          {query
            ? 'Check the spelling, or search by part of a phone number or email address.'
            : 'Clients with another status are under the other filters.'}
        </p>
        <div className="row">
          {status !== 'all' && <Button onClick={onAll}>Show all clients</Button>}
          <Button onClick={onNew}>New client</Button>
        </div>
      </>
    );
  }
  return (
    <section className="clients-empty" aria-labelledby="clients-empty-title">
      <h2 id="clients-empty-title">{title}</h2>
      {body}
    </section>
  );
}

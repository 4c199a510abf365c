import { useEffect, useState } from 'react';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditPage,
} from '../../../../shared/domain/audit.ts';
import { formatDateTime } from '../../../../shared/dates.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { AuditFilters, isFiltered, NO_FILTERS, type Filters } from './AuditFilters.tsx';
import { VerifyAudit } from './VerifyAudit.tsx';
import './AuditLog.css';

const PAGE_SIZE = 25;

type AuditEvent = AuditPage['events'][number];

function actionLabel(action: string): string {
  return AUDIT_ACTIONS[action as AuditAction] ?? action;
}

function countLine(total: number, filtered: boolean): string {
  const events = `${total} event${total === 1 ? '' : 's'}`;
  if (!filtered) return `${events}, newest first.`;
  return `${events} ${total === 1 ? 'matches' : 'match'} these filters, newest first.`;
}

export function AuditLog({ timeZone }: { timeZone: string }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [reloads, setReloads] = useState(0);
  const [result, setResult] = useState<AuditPage | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    const input = {
      page,
      pageSize: PAGE_SIZE,
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
      ...(filters.action ? { action: filters.action } : {}),
    };
    call('audit.list', input)
      .then(
        (value) => {
          if (!live) return;
          setResult(value);
          setError(null);
        },
        (caught: unknown) => {
          if (!live) return;
          // Rows for other filters than the ones shown would mislead: show the error alone.
          setResult(null);
          setError(toShownError(caught));
        },
      )
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filters, page, reloads]);

  const changeFilters = (next: Filters) => {
    setLoading(true);
    setFilters(next);
    setPage(1);
  };
  const changePage = (next: number) => {
    setLoading(true);
    setPage(next);
  };

  const columns: Column<AuditEvent>[] = [
    { header: 'Event', cell: (event) => event.id, align: 'end' },
    { header: 'When', cell: (event) => formatDateTime(event.at, timeZone), className: 'nowrap' },
    { header: 'What', cell: (event) => actionLabel(event.action), className: 'nowrap' },
    { header: 'Details', cell: (event) => event.summary },
  ];
  const pageCount = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const filtered = isFiltered(filters);

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Audit log"
        description="Every unlock, lock and change is recorded here. Each entry is sealed to the one before it, so an entry changed or removed outside Accord shows up when you verify the trail."
      />
      <VerifyAudit onVerified={() => setReloads((n) => n + 1)} />
      <section className="audit-events" aria-labelledby="audit-events-heading">
        <h2 id="audit-events-heading">Events</h2>
        <AuditFilters filters={filters} errors={error?.fields ?? {}} onChange={changeFilters} />
        {error && error.code !== 'VALIDATION' && <Alert tone="error" title={error.message} />}
        {result && result.total > 0 && (
          <>
            <p className="muted" aria-live="polite">
              {countLine(result.total, filtered)}
            </p>
            <Table
              caption="Audit events"
              hideCaption
              columns={columns}
              rows={result.events}
              rowKey={(event) => event.id}
              busy={loading}
            />
            {pageCount > 1 && (
              <Pager
                label="Audit log pages"
                page={page}
                pageCount={pageCount}
                onPage={changePage}
              />
            )}
          </>
        )}
        {result && result.total === 0 && (
          <p className="empty-state">
            No events match these filters. Try a wider date range or another action.
          </p>
        )}
      </section>
    </>
  );
}

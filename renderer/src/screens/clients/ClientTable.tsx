import type { MouseEvent } from 'react';
import { displayName, initials, type ClientSummary } from '../../../../shared/domain/clients.ts';
import { Table, type Column } from '../../ui/Table.tsx';
import { ageOn, formatDay } from './format.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface ClientTableProps {
  clients: readonly ClientSummary[];
  today: string;
  busy: boolean;
  onOpen: (id: number) => void;
}

/**
 * Each row opens the profile. The name is a real link (Tab, Enter); its click area is stretched
 * over the whole row in CSS, so a click anywhere on the row opens it too.
 */
export function ClientTable({ clients, today, busy, onOpen }: ClientTableProps) {
  const open = (id: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpen(id);
  };
  const columns: Column<ClientSummary>[] = [
    {
      header: 'Name',
      cell: (c) => {
        const legal = `${c.legalFirstName} ${c.legalLastName}`;
        return (
          <span className="client-name">
            <span className="avatar" aria-hidden="true">
              {initials(c)}
            </span>
            <span className="client-name-text">
              <a href={`#client-${c.id}`} className="client-link" onClick={open(c.id)}>
                {displayName(c)}
              </a>
              {c.preferredName && c.preferredName !== c.legalFirstName && (
                <span className="client-legal">
                  Legal name: <bdi>{legal}</bdi>
                </span>
              )}
            </span>
          </span>
        );
      },
    },
    { header: 'Pronouns', cell: (c) => c.pronouns || <Missing /> },
    {
      header: 'Date of birth',
      className: 'nowrap',
      cell: (c) =>
        c.dateOfBirth ? (
          <span className="client-birth">
            {formatDay(c.dateOfBirth)}
            <span className="muted">Age {ageOn(c.dateOfBirth, today)}</span>
          </span>
        ) : (
          <Missing />
        ),
    },
    { header: 'Phone', className: 'nowrap', cell: (c) => c.phone || <Missing /> },
    { header: 'Status', cell: (c) => <StatusBadge status={c.status} /> },
  ];
  return (
    <div className="client-table">
      <Table
        caption="Clients"
        hideCaption
        columns={columns}
        rows={clients}
        rowKey={(c) => c.id}
        busy={busy}
      />
    </div>
  );
}

function Missing() {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">None</span>
    </span>
  );
}

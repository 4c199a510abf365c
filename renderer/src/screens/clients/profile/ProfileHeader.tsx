import type { MouseEvent, ReactNode } from 'react';
import { initials, displayName, type Client } from '../../../../../shared/domain/clients.ts';
import { birthLine, formatDay } from '../format.ts';
import { StatusBadge } from '../StatusBadge.tsx';

export interface ProfileHeaderProps {
  client: Client;
  today: string;
  onBack: () => void;
  actions: ReactNode;
}

/** Who this is, at a glance: name, pronouns, status, age, and what can be done. */
export function ProfileHeader({ client, today, onBack, actions }: ProfileHeaderProps) {
  const legal = [client.legalFirstName, client.legalMiddleName, client.legalLastName]
    .filter(Boolean)
    .join(' ');
  const shownName = displayName(client);
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onBack();
  };
  return (
    <header className="profile-header">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="#clients" onClick={back}>
          <span aria-hidden="true">←</span> Clients
        </a>
      </nav>
      <div className="profile-top">
        <span className="avatar avatar-lg" aria-hidden="true">
          {initials(client)}
        </span>
        <div className="profile-identity">
          <h1 tabIndex={-1}>{shownName}</h1>
          <p className="profile-facts">
            <StatusBadge status={client.status} />
            {client.pronouns && <span>{client.pronouns}</span>}
            {client.dateOfBirth && <span>Born {birthLine(client.dateOfBirth, today)}</span>}
          </p>
          {legal !== shownName && (
            <p className="muted">
              Legal name: <bdi>{legal}</bdi>
            </p>
          )}
          {client.status === 'discharged' && client.dischargedOn && (
            <p className="muted">
              Discharged on {formatDay(client.dischargedOn)}
              {client.dischargeReason ? `: ${client.dischargeReason}` : ''}
            </p>
          )}
        </div>
        <div className="profile-actions">{actions}</div>
      </div>
    </header>
  );
}

import { dateInZone } from '../../../../../shared/dates.ts';
import type { Client } from '../../../../../shared/domain/clients.ts';
import { Card } from '../../../ui/Card.tsx';
import { DetailList } from '../../../ui/DetailList.tsx';
import { formatDay } from '../format.ts';
import { ContactPreferences } from './ContactPreferences.tsx';

function addressLines(address: Client['address']): string {
  const cityLine = [address.city, [address.region, address.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [address.line1, address.line2, cityLine].filter(Boolean).join('\n');
}

export function OverviewTab({ client, timeZone }: { client: Client; timeZone: string }) {
  const emergency = client.emergencyContact;
  return (
    <>
      <ContactPreferences client={client} />
      <div className="profile-grid">
        <Card title="Contact">
          <DetailList
            items={[
              { term: 'Phone', detail: client.phone },
              { term: 'Email', detail: client.email },
              { term: 'Address', detail: addressLines(client.address) },
            ]}
          />
        </Card>
        <Card title="Emergency contact">
          <DetailList
            items={[
              { term: 'Name', detail: emergency.name },
              { term: 'Relationship', detail: emergency.relationship },
              { term: 'Phone', detail: emergency.phone },
            ]}
          />
        </Card>
        <Card title="With your practice">
          <DetailList
            items={[
              { term: 'Referred by', detail: client.referralSource },
              {
                term: 'Added',
                detail: formatDay(dateInZone(new Date(client.createdAt), timeZone)),
              },
            ]}
          />
        </Card>
        <Card title="Counselor-only notes" description="Visible only to you.">
          {client.counselorNotes ? (
            <p className="profile-notes">{client.counselorNotes}</p>
          ) : (
            <p className="muted">No notes. Add them with Edit details.</p>
          )}
        </Card>
      </div>
    </>
  );
}

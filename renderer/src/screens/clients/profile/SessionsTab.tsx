import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../../shared/contract.ts';
import { STATUS_LABELS, type Appointment } from '../../../../../shared/domain/scheduling.ts';
import { call } from '../../../api.ts';
import { toShownError, type ShownError } from '../../../errors.ts';
import { Alert } from '../../../ui/Alert.tsx';
import { Badge } from '../../../ui/Badge.tsx';
import { Card } from '../../../ui/Card.tsx';
import { Table, type Column } from '../../../ui/Table.tsx';
import { formatTime, formatWeekday } from '../format.ts';

type Sessions = ChannelOutput<'schedule.forClient'>;

const COLUMNS: Column<Appointment>[] = [
  { header: 'Date', cell: (a) => formatWeekday(a.date), className: 'nowrap' },
  {
    header: 'Time',
    cell: (a) => `${formatTime(a.time)} · ${a.durationMin} min`,
    className: 'nowrap',
  },
  {
    header: 'Service',
    cell: (a) => (
      <>
        <span className="session-code">{a.serviceCode}</span> {a.serviceLabel}
      </>
    ),
  },
  { header: 'Where', cell: (a) => (a.location === 'telehealth' ? 'Telehealth' : 'Office') },
  {
    header: 'Status',
    cell: (a) => (
      <Badge
        tone={a.status === 'attended' ? 'accent' : a.status === 'scheduled' ? 'neutral' : 'quiet'}
      >
        {STATUS_LABELS[a.status]}
      </Badge>
    ),
  },
];

export function SessionsTab({ clientId }: { clientId: number }) {
  const [sessions, setSessions] = useState<Sessions | null>(null);
  const [error, setError] = useState<ShownError | null>(null);

  useEffect(() => {
    let live = true;
    call('schedule.forClient', { clientId }).then(
      (value) => live && setSessions(value),
      (caught: unknown) => live && setError(toShownError(caught)),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  if (error) return <Alert tone="error" title={error.message} />;
  if (!sessions) {
    return (
      <p className="muted" role="status">
        Loading sessions…
      </p>
    );
  }
  return (
    <>
      <Card title="Upcoming sessions">
        {sessions.upcoming.length > 0 ? (
          <Table
            caption="Upcoming sessions"
            hideCaption
            columns={COLUMNS}
            rows={sessions.upcoming}
            rowKey={(a) => a.id}
          />
        ) : (
          <p className="muted">Nothing booked. New sessions are booked from the Schedule.</p>
        )}
      </Card>
      <Card title="Past sessions">
        {sessions.past.length > 0 ? (
          <Table
            caption="Past sessions, most recent first"
            hideCaption
            columns={COLUMNS}
            rows={sessions.past}
            rowKey={(a) => a.id}
          />
        ) : (
          <p className="muted">No past sessions yet.</p>
        )}
      </Card>
    </>
  );
}

import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { PLACES_OF_SERVICE } from '../../../../shared/domain/services.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Button } from '../../ui/Button.tsx';
import { DetailList } from '../../ui/DetailList.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { SessionNoteButton } from '../notes/SessionNote.tsx';
import { FeeNotice } from './FeeNotice.tsx';
import { StatusActions } from './StatusActions.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { formatDateLong, formatTime, formatTimeRange } from './time.ts';

export interface AppointmentDetailsProps {
  appointment: Appointment;
  zone: string;
  currency: string;
  onChanged: (appointments: Appointment[]) => void;
  onOpenClient: (clientId: number) => void;
  /** Opens the session's progress note, or starts one. */
  onOpenNote?: Navigate;
  /** Absent where the session cannot be edited from (Today offers the schedule instead). */
  onEdit?: () => void;
  onShowInSchedule?: () => void;
  onClose: () => void;
}

function where(a: Appointment): string {
  const place = PLACES_OF_SERVICE[a.placeOfService as keyof typeof PLACES_OF_SERVICE];
  const base = a.location === 'telehealth' ? 'Telehealth' : 'Office';
  const modifiers = a.modifiers.length > 0 ? `, modifier ${a.modifiers.join(' ')}` : '';
  return `${base} · place of service ${a.placeOfService}${place ? ` (${place})` : ''}${modifiers}`;
}

/** Everything about one session, and what can be done with it. */
export function AppointmentDetails({
  appointment: a,
  zone,
  currency,
  onChanged,
  onOpenClient,
  onOpenNote,
  onEdit,
  onShowInSchedule,
  onClose,
}: AppointmentDetailsProps) {
  const series = a.seriesDescription
    ? `${a.seriesDescription}${a.isException ? '. This session was changed on its own.' : ''}`
    : 'A single session';
  return (
    <Dialog open size="wide" title={a.clientName} onClose={onClose}>
      <div className="details-head">
        <StatusBadge status={a.status} />
        <p className="details-when">
          {formatDateLong(a.date)} · {formatTimeRange(a.start, a.end, zone)}
        </p>
      </div>
      <DetailList
        items={[
          { term: 'Service', detail: `${a.serviceCode} · ${a.serviceLabel}` },
          { term: 'Length', detail: `${a.durationMin} minutes` },
          { term: 'Location', detail: where(a) },
          { term: 'Repeats', detail: series },
          { term: 'Memo', detail: a.memo },
        ]}
      />
      {a.fee && <FeeNotice fee={a.fee} currency={currency} onChanged={onChanged} />}
      <section className="details-status" aria-labelledby="details-status-heading">
        <h3 id="details-status-heading">Change the status</h3>
        <StatusActions
          appointment={a}
          onChanged={onChanged}
          label={`Set the status of the ${formatTime(a.start, zone)} session with ${a.clientName}`}
        />
      </section>
      <div className="dialog-actions details-actions">
        <Button onClick={() => onOpenClient(a.clientId)}>Open client profile</Button>
        {onOpenNote && <SessionNoteButton appointment={a} onNavigate={onOpenNote} />}
        {onShowInSchedule && <Button onClick={onShowInSchedule}>Show in schedule</Button>}
        {onEdit && (a.status === 'scheduled' || a.status === 'attended') && (
          <Button variant="primary" onClick={onEdit}>
            Edit appointment
          </Button>
        )}
      </div>
    </Dialog>
  );
}

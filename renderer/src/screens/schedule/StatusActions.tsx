import { useState } from 'react';
import {
  FREES_SLOT,
  STATUS_LABELS,
  type Appointment,
  type AppointmentStatus,
  type Scope,
} from '../../../../shared/domain/scheduling.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { ScopeDialog } from './ScopeDialog.tsx';

const CANCELLATIONS: readonly AppointmentStatus[] = [
  'cancelled_client',
  'cancelled_counselor',
  'late_cancel',
];

/** The statuses offered for a session: what it could become, never what it already is. */
export function statusChoices(appointment: Appointment, now: Date): AppointmentStatus[] {
  // Attended and no-show only make sense once the session has started (the core agrees).
  const started = Date.parse(appointment.start) <= now.getTime();
  const all: AppointmentStatus[] = [
    ...(started ? (['attended', 'no_show'] as const) : []),
    ...CANCELLATIONS,
    'scheduled',
  ];
  return all.filter((status) => status !== appointment.status);
}

function buttonLabel(status: AppointmentStatus): string {
  return status === 'scheduled' ? 'Back to scheduled' : STATUS_LABELS[status];
}

/** Under a visible "Cancelled:", the three cancellations need only their last words. */
const SHORT: Partial<Record<AppointmentStatus, string>> = {
  cancelled_client: 'by client',
  cancelled_counselor: 'by counselor',
  late_cancel: 'late',
};

export interface StatusActionsProps {
  appointment: Appointment;
  onChanged: (appointments: Appointment[]) => void;
  /** Names the group, e.g. "Status of the 10:00 AM session with Morgan Ellery". */
  label: string;
}

/**
 * One click per status. A cancellation of a session in a series asks first whether it is for
 * this session only, or for the ones after it too.
 */
export function StatusActions({ appointment, onChanged, label }: StatusActionsProps) {
  const [asking, setAsking] = useState<AppointmentStatus | null>(null);
  const [busy, setBusy] = useState<AppointmentStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choices = statusChoices(appointment, new Date());

  const apply = async (status: AppointmentStatus, scope: Scope) => {
    if (busy) return;
    setBusy(status);
    setError(null);
    try {
      const result = await call('schedule.setStatus', { id: appointment.id, status, scope });
      setAsking(null);
      onChanged(result.appointments);
    } catch (caught) {
      setAsking(null);
      setError(toShownError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  const choose = (status: AppointmentStatus) => {
    const inSeries = appointment.seriesId !== null && appointment.status === 'scheduled';
    if (inSeries && FREES_SLOT.has(status)) setAsking(status);
    else void apply(status, 'this');
  };

  const asks = (status: AppointmentStatus) =>
    appointment.seriesId !== null && appointment.status === 'scheduled' && FREES_SLOT.has(status);
  const button = (status: AppointmentStatus) => {
    // A trailing "…" says a question follows (which sessions of the series).
    const more = asks(status) ? '…' : '';
    const short = SHORT[status];
    return (
      <Button
        key={status}
        variant={status === 'attended' ? 'primary' : 'secondary'}
        className="button-small"
        busy={busy === status}
        onClick={() => choose(status)}
        aria-label={short ? `${buttonLabel(status)}${more}` : undefined}
      >
        {short ?? buttonLabel(status)}
        {more}
      </Button>
    );
  };
  const cancellations = choices.filter((status) => SHORT[status]);
  return (
    <div className="status-actions">
      <div role="group" aria-label={label} className="status-buttons">
        {choices.filter((status) => status === 'attended' || status === 'no_show').map(button)}
        {cancellations.length > 0 && (
          <span className="status-cancel">
            <span className="status-cancel-label" aria-hidden="true">
              Cancelled:
            </span>
            {cancellations.map(button)}
          </span>
        )}
        {choices.includes('scheduled') && button('scheduled')}
      </div>
      {error && <Alert tone="error" title={error} />}
      {asking && (
        <ScopeDialog
          title={`${STATUS_LABELS[asking]}: which sessions?`}
          question={`${appointment.clientName}’s session is part of a series (${
            appointment.seriesDescription ?? 'repeating'
          }). Which sessions does this apply to? Sessions already held or cancelled stay as they are.`}
          busy={busy !== null}
          onChoose={(scope) => void apply(asking, scope)}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import type { ChannelInput } from '../../../../shared/contract.ts';
import type {
  Appointment,
  Location,
  ScheduleSettings,
  Scope,
} from '../../../../shared/domain/scheduling.ts';
import { PLACES_OF_SERVICE, type Service } from '../../../../shared/domain/services.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ClientPicker, type PickedClient } from './ClientPicker.tsx';
import { ConflictPrompt, needsConfirmation } from './ConflictPrompt.tsx';
import { NO_REPEAT, toRecurrence, type RepeatDraft } from './repeat.ts';
import { RepeatFields } from './RepeatFields.tsx';
import { SCOPE_LABELS } from './ScopeDialog.tsx';
import { useBookableServices } from './useScheduleData.ts';

export type AppointmentDialogMode =
  | { kind: 'new'; date: string; time: string; durationMin: number | null }
  | { kind: 'edit'; appointment: Appointment };

export interface AppointmentDialogProps {
  mode: AppointmentDialogMode;
  zone: string;
  schedule: ScheduleSettings;
  /** Called with what was booked or changed. */
  onSaved: (appointments: Appointment[]) => void;
  onCancel: () => void;
}

interface Draft {
  client: PickedClient | null;
  clientQuery: string;
  serviceId: string;
  date: string;
  time: string;
  duration: string;
  /** Set once the counselor chose a length (by dragging or typing): a service no longer resets it. */
  durationChosen: boolean;
  location: Location;
  memo: string;
  repeat: RepeatDraft;
  scope: Scope;
}

const PLACED = [
  'clientId',
  'serviceId',
  'date',
  'time',
  'durationMin',
  'location',
  'memo',
  'scope',
  'recurrence',
  'recurrence.interval',
  'recurrence.byWeekday',
  'recurrence.nth',
  'recurrence.by',
  'recurrence.end',
  'recurrence.end.count',
  'recurrence.end.until',
];

function initialDraft(mode: AppointmentDialogMode): Draft {
  if (mode.kind === 'new') {
    return {
      client: null,
      clientQuery: '',
      serviceId: '',
      date: mode.date,
      time: mode.time,
      duration: mode.durationMin === null ? '' : String(mode.durationMin),
      durationChosen: mode.durationMin !== null,
      location: 'office',
      memo: '',
      repeat: NO_REPEAT,
      scope: 'this',
    };
  }
  const a = mode.appointment;
  return {
    client: { id: a.clientId, name: a.clientName },
    clientQuery: a.clientName,
    serviceId: String(a.serviceId),
    date: a.date,
    time: a.time,
    duration: String(a.durationMin),
    durationChosen: true,
    location: a.location,
    memo: a.memo,
    repeat: NO_REPEAT,
    scope: 'this',
  };
}

function placeText(code: string): string {
  const label = PLACES_OF_SERVICE[code as keyof typeof PLACES_OF_SERVICE];
  return label ? `place of service ${code} (${label})` : `place of service ${code}`;
}

/** Booking a session or series, or editing one: the same form, the same words. */
export function AppointmentDialog({
  mode,
  zone,
  schedule,
  onSaved,
  onCancel,
}: AppointmentDialogProps) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(mode));
  const [conflict, setConflict] = useState<string | null>(null);
  const { busy, error, setError, run, formRef } = useSubmit();
  const { services, error: servicesError } = useBookableServices();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const editing = mode.kind === 'edit' ? mode.appointment : null;
  const clientInput = useRef<HTMLInputElement>(null);
  const serviceSelect = useRef<HTMLSelectElement>(null);

  const serviceList: Service[] = services ?? [];
  const service = serviceList.find((s) => String(s.id) === draft.serviceId);
  const serviceOptions = [
    { value: '', label: services ? 'Choose a service' : 'Loading services…' },
    ...serviceList.map((s) => ({ value: String(s.id), label: `${s.code} · ${s.label}` })),
  ];
  if (editing && !service) {
    serviceOptions.push({
      value: String(editing.serviceId),
      label: `${editing.serviceCode} · ${editing.serviceLabel} (archived)`,
    });
  }

  const duration = draft.duration.trim() === '' ? Number.NaN : Number(draft.duration);
  const place = (() => {
    if (draft.location === 'telehealth') {
      return `Telehealth: ${placeText(schedule.telehealthPlaceOfService)}, with modifier 95.`;
    }
    if (editing && editing.location === 'office' && String(editing.serviceId) === draft.serviceId) {
      return `In person: ${placeText(editing.placeOfService)}.`;
    }
    return service
      ? `In person: ${placeText(service.placeOfService)}.`
      : 'In person: the place of service comes from the service.';
  })();

  const createInput = (allowConflicts: boolean): ChannelInput<'schedule.create'> => ({
    clientId: draft.client?.id ?? 0,
    serviceId: Number(draft.serviceId) || 0,
    date: draft.date,
    time: draft.time,
    durationMin: duration,
    location: draft.location,
    memo: draft.memo,
    recurrence: toRecurrence(draft.repeat, draft.date),
    allowConflicts,
  });

  const updateInput = (a: Appointment, allowConflicts: boolean) => {
    // Only what changed is sent: for a whole series, an unchanged date must not move anything.
    const changes: ChannelInput<'schedule.update'>['changes'] = {};
    if (draft.serviceId !== String(a.serviceId)) changes.serviceId = Number(draft.serviceId) || 0;
    if (draft.date !== a.date) changes.date = draft.date;
    if (draft.time !== a.time) changes.time = draft.time;
    if (duration !== a.durationMin) changes.durationMin = duration;
    if (draft.location !== a.location) changes.location = draft.location;
    if (draft.memo.trim() !== a.memo) changes.memo = draft.memo;
    return { id: a.id, scope: draft.scope, changes, allowConflicts };
  };

  const send = async (allowConflicts: boolean) => {
    if (editing) {
      const input = updateInput(editing, allowConflicts);
      if (Object.keys(input.changes ?? {}).length === 0) {
        onCancel();
        return;
      }
    }
    const outcome = await run(() =>
      editing
        ? call('schedule.update', updateInput(editing, allowConflicts))
        : call('schedule.create', createInput(allowConflicts)),
    );
    if (!outcome) return;
    if (outcome.ok) {
      setConflict(null);
      onSaved(outcome.value.appointments);
    } else if (needsConfirmation(outcome.error)) {
      setError(null);
      setConflict(outcome.error.message);
    } else {
      setConflict(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(false);
  };

  const fields = error?.fields ?? {};
  return (
    <>
      <Dialog
        open
        size="wide"
        title={editing ? 'Edit appointment' : 'New appointment'}
        onClose={onCancel}
        initialFocus={editing ? serviceSelect : clientInput}
      >
        <form ref={formRef} className="appointment-form" onSubmit={submit} noValidate>
          {servicesError && <Alert tone="error" title={servicesError} />}
          <div className="field-grid appointment-grid">
            {editing ? (
              <div className="span-all appointment-client">
                <p className="field-label">Client</p>
                <p>{editing.clientName}</p>
              </div>
            ) : (
              <div className="span-all client-picker">
                <ClientPicker
                  ref={clientInput}
                  query={draft.clientQuery}
                  onQueryChange={(clientQuery) => set({ clientQuery })}
                  selected={draft.client}
                  onSelect={(client) => set({ client })}
                  error={fields.clientId}
                />
              </div>
            )}
            <Select
              ref={serviceSelect}
              className="span-all"
              label="Service"
              options={serviceOptions}
              value={draft.serviceId}
              onChange={(event) => {
                const chosen = serviceList.find((s) => String(s.id) === event.target.value);
                const minutes = chosen && chosen.defaultMinutes > 0 ? chosen.defaultMinutes : null;
                set({
                  serviceId: event.target.value,
                  ...(minutes !== null && !draft.durationChosen
                    ? { duration: String(minutes) }
                    : {}),
                });
              }}
              error={fields.serviceId}
            />
            <TextField
              label="Date"
              type="date"
              value={draft.date}
              onChange={(event) => set({ date: event.target.value })}
              error={fields.date}
            />
            <TextField
              label="Start time"
              type="time"
              step={300}
              value={draft.time}
              onChange={(event) => set({ time: event.target.value })}
              error={fields.time}
            />
            <TextField
              label="Length (minutes)"
              inputMode="numeric"
              value={draft.duration}
              onChange={(event) => set({ duration: event.target.value, durationChosen: true })}
              error={fields.durationMin}
            />
            <div className="location-field">
              <Choice
                legend="Location"
                inline
                value={draft.location}
                onChange={(location) => set({ location })}
                options={[
                  { value: 'office', label: 'Office' },
                  { value: 'telehealth', label: 'Telehealth' },
                ]}
                error={fields.location}
              />
              {/* What the choice means for billing, said as soon as it changes. */}
              <p className="field-hint" aria-live="polite">
                {place}
              </p>
            </div>
            <TextField
              className="memo-field"
              label="Memo"
              hint="Practical only, like “bring the intake forms”. Not for clinical notes."
              maxLength={500}
              value={draft.memo}
              onChange={(event) => set({ memo: event.target.value })}
              error={fields.memo}
            />
          </div>
          {editing ? (
            editing.seriesId !== null && (
              <Choice
                legend="Apply the changes to"
                hint={editing.seriesDescription ?? undefined}
                value={draft.scope}
                onChange={(scope) => set({ scope })}
                options={(['this', 'following', 'all'] as const).map((scope) => ({
                  value: scope,
                  label: SCOPE_LABELS[scope],
                }))}
                error={fields.scope}
              />
            )
          ) : (
            <RepeatFields
              draft={draft.repeat}
              onChange={(repeat) => set({ repeat })}
              date={draft.date}
              time={draft.time}
              zone={zone}
              errors={fields}
            />
          )}
          <FormError error={error} placed={PLACED} onField={['VALIDATION']} />
          <div className="dialog-actions">
            <Button onClick={onCancel}>Cancel</Button>
            <Button type="submit" variant="primary" busy={busy && !conflict} busyLabel="Saving…">
              {editing ? 'Save changes' : 'Book'}
            </Button>
          </div>
        </form>
      </Dialog>
      {conflict && (
        <ConflictPrompt
          message={conflict}
          busy={busy}
          onConfirm={() => void send(true)}
          onCancel={() => setConflict(null)}
        />
      )}
    </>
  );
}

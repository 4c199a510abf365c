import { useState, type FormEvent } from 'react';
import type { TimeOff } from '../../../../shared/domain/scheduling.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDateTimeRange } from './time.ts';

export interface TimeOffDialogProps {
  /** The day the new entry starts on (the one on screen). */
  date: string;
  /** The time off on screen, each removable. */
  entries: readonly TimeOff[];
  zone: string;
  /** After any change: the calendar reloads. */
  onChanged: () => void;
  onClose: () => void;
}

const PLACED = ['startDate', 'startTime', 'endDate', 'endTime', 'label'];

/** Blocks time away from sessions: a holiday, a training, an afternoon off. */
export function TimeOffDialog({ date, entries, zone, onChanged, onClose }: TimeOffDialogProps) {
  const [draft, setDraft] = useState({
    startDate: date,
    startTime: '09:00',
    endDate: date,
    endTime: '17:00',
    label: '',
  });
  const { busy, error, run, formRef } = useSubmit();
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('timeOff.create', draft));
    if (outcome?.ok) {
      onChanged();
      onClose();
    }
  };

  const fields = error?.fields ?? {};
  return (
    <Dialog open title="Time off" onClose={onClose}>
      <TimeOffList entries={entries} zone={zone} onChanged={onChanged} />
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        {entries.length > 0 && <h3>Add time off</h3>}
        <p className="muted">
          Time off shows on the calendar, and booking over it asks you to confirm first.
        </p>
        <TextField
          label="Label"
          hint="Optional, like “Conference” or “Holiday”. Not shown in exported calendars."
          value={draft.label}
          onChange={(event) => set({ label: event.target.value })}
          error={fields.label}
          maxLength={200}
          data-autofocus
        />
        <div className="field-grid time-off-grid">
          <TextField
            label="First day"
            type="date"
            value={draft.startDate}
            onChange={(event) =>
              set({
                startDate: event.target.value,
                ...(draft.endDate < event.target.value ? { endDate: event.target.value } : {}),
              })
            }
            error={fields.startDate}
          />
          <TextField
            label="Start time"
            type="time"
            step={300}
            value={draft.startTime}
            onChange={(event) => set({ startTime: event.target.value })}
            error={fields.startTime}
          />
          <TextField
            label="Last day"
            type="date"
            value={draft.endDate}
            onChange={(event) => set({ endDate: event.target.value })}
            error={fields.endDate}
          />
          <TextField
            label="End time"
            type="time"
            step={300}
            value={draft.endTime}
            onChange={(event) => set({ endTime: event.target.value })}
            error={fields.endTime}
          />
        </div>
        <FormError error={error} placed={PLACED} onField={['VALIDATION']} />
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Add time off
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function TimeOffList({
  entries,
  zone,
  onChanged,
}: {
  entries: readonly TimeOff[];
  zone: string;
  onChanged: () => void;
}) {
  const [removing, setRemoving] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (entries.length === 0) return null;

  const remove = async (id: number) => {
    setRemoving(id);
    setError(null);
    try {
      await call('timeOff.delete', { id });
      onChanged();
    } catch (caught) {
      setError(toShownError(caught).message);
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section className="stack-sm" aria-labelledby="time-off-on-screen">
      <h3 id="time-off-on-screen">On screen now</h3>
      <ul className="time-off-list">
        {entries.map((entry) => {
          const what = entry.label || 'Time off';
          const when = formatDateTimeRange(entry.start, entry.end, zone);
          return (
            <li key={entry.id}>
              <span>
                <strong>{what}</strong> <span className="muted">{when}</span>
              </span>
              <Button
                variant="quiet"
                busy={removing === entry.id}
                busyLabel="Removing…"
                aria-label={`Remove ${what}, ${when}`}
                onClick={() => void remove(entry.id)}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      {error && <Alert tone="error" title={error} />}
    </section>
  );
}

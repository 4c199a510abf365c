import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface ExportDialogProps {
  from: string;
  to: string;
  /** What exported sessions are called: "Session" or the client's initials. */
  icsLabel: 'session' | 'initials';
  onClose: () => void;
}

/** Saves sessions as an .ics file for another calendar, without any clinical detail. */
export function ExportDialog({ from, to, icsLabel, onClose }: ExportDialogProps) {
  const [range, setRange] = useState({ from, to });
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const outcome = await run(() => call('schedule.exportIcs', range));
    if (!outcome?.ok) return;
    const { saved, fileName, count } = outcome.value;
    setResult(
      saved && fileName
        ? `Saved ${fileName} (${count} ${count === 1 ? 'session' : 'sessions'}).`
        : 'Nothing was saved.',
    );
  };

  const fields = error?.fields ?? {};
  return (
    <Dialog open title="Export to a calendar file" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          An iCalendar (.ics) file for your phone or another calendar. Each session shows only its
          time and {icsLabel === 'initials' ? 'the client’s initials' : 'the word “Session”'}: no
          names, services or memos. Change this in Settings, Scheduling.
        </p>
        <div className="field-grid">
          <TextField
            label="From"
            type="date"
            value={range.from}
            onChange={(event) => setRange({ ...range, from: event.target.value })}
            error={fields.from}
          />
          <TextField
            label="To"
            type="date"
            value={range.to}
            onChange={(event) => setRange({ ...range, to: event.target.value })}
            error={fields.to}
          />
        </div>
        <FormError error={error} placed={['from', 'to']} onField={['VALIDATION']} />
        {result && <Alert tone="success" title={result} />}
        <div className="dialog-actions">
          <Button onClick={onClose}>{result ? 'Done' : 'Cancel'}</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save .ics file
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

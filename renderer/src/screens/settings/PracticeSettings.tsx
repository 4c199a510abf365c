import { useMemo, useState, type FormEvent } from 'react';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import {
  currencyOptions,
  PRACTICE_GROUPS,
  readPath,
  timeZoneOptions,
  writePath,
  type PracticePath,
} from './practiceFields.ts';
import './settings.css';

const PLACED = [
  ...PRACTICE_GROUPS.flatMap((group) => group.fields.map((field) => field.path)),
  'timeZone',
  'currency',
];

export interface PracticeSettingsProps {
  practice: PracticeProfile;
  onSaved: (practice: PracticeProfile) => void;
}

export function PracticeSettings({ practice, onSaved }: PracticeSettingsProps) {
  const [draft, setDraft] = useState(practice);
  const [saved, setSaved] = useState(false);
  const { busy, error, run, formRef } = useSubmit();
  const zones = useMemo(() => timeZoneOptions(draft.timeZone), [draft.timeZone]);
  const currencies = useMemo(() => currencyOptions(draft.currency), [draft.currency]);

  const edit = (next: PracticeProfile) => {
    setDraft(next);
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('settings.savePractice', draft));
    if (outcome?.ok) {
      setDraft(outcome.value);
      setSaved(true);
      onSaved(outcome.value);
    }
  };

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Practice profile"
        description="Your practice’s details. Accord shows every date and time in the practice’s time zone."
      />
      <form ref={formRef} className="settings-form" onSubmit={submit} noValidate>
        {PRACTICE_GROUPS.map((group) => (
          <fieldset key={group.legend} className="fieldset">
            <legend className="fieldset-legend">{group.legend}</legend>
            <div className="field-grid">
              {group.fields.map((field) => (
                <TextField
                  key={field.path}
                  className={field.wide ? 'span-all' : undefined}
                  label={field.label}
                  hint={field.hint}
                  autoComplete={field.autoComplete ?? 'off'}
                  inputMode={field.inputMode}
                  value={readPath(draft, field.path)}
                  onChange={(event) => edit(writePath(draft, field.path, event.target.value))}
                  error={error?.fields[field.path satisfies PracticePath]}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Time and money</legend>
          <div className="field-grid">
            <Select
              label="Time zone"
              options={zones}
              value={draft.timeZone}
              onChange={(event) => edit({ ...draft, timeZone: event.target.value })}
              error={error?.fields.timeZone}
            />
            <Select
              label="Currency"
              options={currencies}
              value={draft.currency}
              onChange={(event) => edit({ ...draft, currency: event.target.value })}
              error={error?.fields.currency}
            />
          </div>
        </fieldset>
        <FormError error={error} placed={PLACED} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save practice profile
          </Button>
          <StatusMessage>{saved ? 'Saved' : ''}</StatusMessage>
        </div>
      </form>
    </>
  );
}

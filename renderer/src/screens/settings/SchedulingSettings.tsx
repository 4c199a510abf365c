import { useState, type FormEvent } from 'react';
import { parseMoney } from '../../../../shared/money.ts';
import { WEEKDAYS, type Weekday } from '../../../../shared/recurrence.ts';
import type { ScheduleSettings } from '../../../../shared/domain/scheduling.ts';
import { PLACES_OF_SERVICE } from '../../../../shared/domain/services.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { WorkingHours, type DayDraft } from './SchedulingSettingsHours.tsx';
import { NoteSettingsForm } from './NoteSettingsForm.tsx';
import { amountText } from './ServicesSettingsDialog.tsx';
import './settings.css';
import './SchedulingSettings.css';

export interface SchedulingSettingsProps {
  schedule: ScheduleSettings;
  currency: string;
  onSaved: (schedule: ScheduleSettings) => void;
}

interface Draft {
  days: Record<Weekday, DayDraft>;
  lateCancelHours: string;
  lateCancelFee: string;
  noShowFee: string;
  telehealthPlaceOfService: '02' | '10';
  icsLabel: 'session' | 'initials';
}

function toDraft(s: ScheduleSettings, currency: string): Draft {
  return {
    days: Object.fromEntries(
      WEEKDAYS.map((day) => {
        const hours = s.workingHours[day];
        // A day off keeps sensible hours ready, so ticking it back on needs no typing.
        return [
          day,
          { working: hours !== null, start: hours?.start ?? '09:00', end: hours?.end ?? '17:00' },
        ];
      }),
    ) as Record<Weekday, DayDraft>,
    lateCancelHours: String(s.lateCancelHours),
    lateCancelFee: amountText(s.lateCancelFeeCents, currency),
    noShowFee: amountText(s.noShowFeeCents, currency),
    telehealthPlaceOfService: s.telehealthPlaceOfService,
    icsLabel: s.icsLabel,
  };
}

const MONEY_HINT = 'Enter an amount like 50.00, or 0 for no fee.';

/** Working hours, the cancellation policy, telehealth billing and what exported calendars show. */
export function SchedulingSettings({ schedule, currency, onSaved }: SchedulingSettingsProps) {
  const [draft, setDraft] = useState(() => toDraft(schedule, currency));
  const [saved, setSaved] = useState(false);
  const [moneyErrors, setMoneyErrors] = useState<Record<string, string>>({});
  const { busy, error, run, formRef } = useSubmit();
  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lateFee = parseMoney(draft.lateCancelFee, currency);
    const noShowFee = parseMoney(draft.noShowFee, currency);
    const local: Record<string, string> = {};
    if (lateFee === null) local.lateCancelFeeCents = MONEY_HINT;
    if (noShowFee === null) local.noShowFeeCents = MONEY_HINT;
    setMoneyErrors(local);
    const input: ScheduleSettings = {
      workingHours: Object.fromEntries(
        WEEKDAYS.map((day) => {
          const d = draft.days[day];
          return [day, d.working ? { start: d.start, end: d.end } : null];
        }),
      ) as ScheduleSettings['workingHours'],
      lateCancelHours:
        draft.lateCancelHours.trim() === '' ? Number.NaN : Number(draft.lateCancelHours),
      lateCancelFeeCents: lateFee ?? Number.NaN,
      noShowFeeCents: noShowFee ?? Number.NaN,
      telehealthPlaceOfService: draft.telehealthPlaceOfService,
      icsLabel: draft.icsLabel,
    };
    const outcome = await run(() => call('settings.saveSchedule', input));
    if (outcome?.ok) {
      setDraft(toDraft(outcome.value, currency));
      setSaved(true);
      onSaved(outcome.value);
    }
  };

  const fields = { ...error?.fields, ...moneyErrors };
  const placed = [
    ...WEEKDAYS.flatMap((d) => [
      `workingHours.${d}`,
      `workingHours.${d}.start`,
      `workingHours.${d}.end`,
    ]),
    'lateCancelHours',
    'lateCancelFeeCents',
    'noShowFeeCents',
    'telehealthPlaceOfService',
    'icsLabel',
  ];
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Scheduling"
        description="Your working week, your cancellation policy, and how telehealth and exported calendars are handled."
      />
      <form ref={formRef} className="settings-form" onSubmit={submit} noValidate>
        <WorkingHours
          days={draft.days}
          errors={fields}
          onChange={(day, value) => edit({ days: { ...draft.days, [day]: value } })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Cancellation policy</legend>
          <p className="muted prose">
            When a client cancels less than this many hours before a session, it is a late cancel.
            Late cancels and no-shows get a pending fee you can bill or waive.
          </p>
          <div className="field-grid policy-grid">
            <TextField
              className="number-input-field"
              label="Late-cancel window (hours)"
              hint="Often 24 or 48."
              inputMode="numeric"
              value={draft.lateCancelHours}
              onChange={(event) => edit({ lateCancelHours: event.target.value })}
              error={fields.lateCancelHours}
            />
            <MoneyField
              label="Late-cancel fee"
              hint="0 for no fee."
              currency={currency}
              value={draft.lateCancelFee}
              onChange={(event) => edit({ lateCancelFee: event.target.value })}
              error={fields.lateCancelFeeCents}
            />
            <MoneyField
              label="No-show fee"
              hint="0 for no fee."
              currency={currency}
              value={draft.noShowFee}
              onChange={(event) => edit({ noShowFee: event.target.value })}
              error={fields.noShowFeeCents}
            />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Telehealth</legend>
          <Choice
            legend="Place of service for telehealth sessions"
            hint="Check which code your payers expect. Modifier 95 is added either way."
            value={draft.telehealthPlaceOfService}
            onChange={(telehealthPlaceOfService) => edit({ telehealthPlaceOfService })}
            options={(['10', '02'] as const).map((code) => ({
              value: code,
              label: `${code} · ${PLACES_OF_SERVICE[code]}`,
            }))}
            error={fields.telehealthPlaceOfService}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Exported calendars</legend>
          <Choice
            legend="Each session in an exported calendar shows"
            hint="Exports never include names, services or memos: a phone calendar is not private."
            value={draft.icsLabel}
            onChange={(icsLabel) => edit({ icsLabel })}
            options={[
              { value: 'session', label: 'The word “Session”' },
              { value: 'initials', label: 'The client’s initials, like “ME”' },
            ]}
            error={fields.icsLabel}
          />
        </fieldset>
        <FormError error={error} placed={placed} onField={['VALIDATION']} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save scheduling settings
          </Button>
          <StatusMessage>{saved ? 'Saved' : ''}</StatusMessage>
        </div>
      </form>
      <NoteSettingsForm />
    </>
  );
}

import { useId } from 'react';
import { WEEKDAYS } from '../../../../shared/recurrence.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import {
  chosenWeekdays,
  describeDraft,
  monthlyChoices,
  weekdayName,
  type RepeatDraft,
} from './repeat.ts';

export interface RepeatFieldsProps {
  draft: RepeatDraft;
  onChange: (draft: RepeatDraft) => void;
  date: string;
  time: string;
  zone: string;
  /** The core's messages, keyed like "recurrence.end.count". */
  errors: Record<string, string>;
}

const KINDS = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
] as const;

/** How a session repeats: weekly on chosen days or monthly, ending after N sessions or a date. */
export function RepeatFields({ draft, onChange, date, time, zone, errors }: RepeatFieldsProps) {
  const weekdayErrorId = useId();
  const set = (patch: Partial<RepeatDraft>) => onChange({ ...draft, ...patch });
  const summary = describeDraft(draft, date, time, zone);
  const days = chosenWeekdays(draft, date);
  const monthly = monthlyChoices(date);
  const unit = draft.kind === 'weekly' ? 'weeks' : 'months';

  return (
    <fieldset className="fieldset repeat">
      <legend className="sr-only">Repeat</legend>
      <Select
        label="Repeat"
        options={KINDS}
        value={draft.kind}
        onChange={(event) => set({ kind: event.target.value as RepeatDraft['kind'] })}
        error={errors.recurrence}
      />
      {draft.kind !== 'none' && (
        <>
          <TextField
            label={`Every how many ${unit}`}
            className="number-input-field"
            inputMode="numeric"
            value={draft.interval}
            onChange={(event) => set({ interval: event.target.value })}
            error={errors['recurrence.interval']}
          />
          {draft.kind === 'weekly' ? (
            <fieldset
              className="weekday-picker repeat-wide"
              aria-describedby={errors['recurrence.byWeekday'] ? weekdayErrorId : undefined}
            >
              <legend className="field-label">On</legend>
              <div className="weekday-options">
                {WEEKDAYS.map((day) => (
                  <Checkbox
                    key={day}
                    className="weekday"
                    label={weekdayName(day).slice(0, 3)}
                    aria-label={weekdayName(day)}
                    checked={days.includes(day)}
                    onChange={(event) =>
                      set({
                        weekdays: event.target.checked
                          ? [...days, day]
                          : days.filter((d) => d !== day),
                      })
                    }
                  />
                ))}
              </div>
              {errors['recurrence.byWeekday'] && (
                <p className="field-error" id={weekdayErrorId}>
                  {errors['recurrence.byWeekday']}
                </p>
              )}
            </fieldset>
          ) : (
            <Choice
              className="repeat-wide"
              legend="On"
              inline
              value={draft.monthlyBy}
              onChange={(monthlyBy) => set({ monthlyBy })}
              options={[
                { value: 'nth-weekday', label: monthly.nthWeekday },
                { value: 'month-day', label: monthly.monthDay },
              ]}
              error={errors['recurrence.nth'] ?? errors['recurrence.by']}
            />
          )}
          <Choice
            legend="Ends"
            value={draft.endKind}
            onChange={(endKind) => set({ endKind })}
            options={[
              { value: 'count', label: 'After a number of sessions' },
              { value: 'until', label: 'On a date' },
            ]}
            error={errors['recurrence.end']}
          />
          {draft.endKind === 'count' ? (
            <TextField
              label="Number of sessions"
              hint="Including the first one."
              className="number-input-field"
              inputMode="numeric"
              value={draft.count}
              onChange={(event) => set({ count: event.target.value })}
              error={errors['recurrence.end.count']}
            />
          ) : (
            <TextField
              label="Last date"
              type="date"
              value={draft.until}
              onChange={(event) => set({ until: event.target.value })}
              error={errors['recurrence.end.until']}
            />
          )}
        </>
      )}
      <p className={summary.ok ? 'repeat-summary' : 'repeat-summary is-pending'} aria-live="polite">
        {summary.text}
      </p>
    </fieldset>
  );
}

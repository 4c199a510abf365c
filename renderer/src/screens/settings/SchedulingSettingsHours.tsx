import { WEEKDAYS, type Weekday } from '../../../../shared/recurrence.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';

export interface DayDraft {
  working: boolean;
  start: string;
  end: string;
}

const NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export interface WorkingHoursProps {
  days: Record<Weekday, DayDraft>;
  errors: Record<string, string>;
  onChange: (day: Weekday, value: DayDraft) => void;
}

/** One line a day: whether you work it, and from when to when. */
export function WorkingHours({ days, errors, onChange }: WorkingHoursProps) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset-legend">Working hours</legend>
      <p className="muted prose">
        The calendar shades the hours outside these. Booking outside them asks you to confirm.
      </p>
      <div className="hours-grid" role="group" aria-label="Working hours by day">
        {WEEKDAYS.map((day) => {
          const d = days[day];
          const name = NAMES[day];
          const error =
            errors[`workingHours.${day}.end`] ??
            errors[`workingHours.${day}.start`] ??
            errors[`workingHours.${day}`];
          const errorId = `hours-${day}-error`;
          return (
            <div key={day} className={error ? 'hours-row is-invalid' : 'hours-row'}>
              <Checkbox
                label={name}
                checked={d.working}
                onChange={(event) => onChange(day, { ...d, working: event.target.checked })}
              />
              {d.working ? (
                <div className="hours-times">
                  <input
                    type="time"
                    className="input"
                    step={900}
                    aria-label={`${name} starts`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    value={d.start}
                    onChange={(event) => onChange(day, { ...d, start: event.target.value })}
                  />
                  <span aria-hidden="true">to</span>
                  <input
                    type="time"
                    className="input"
                    step={900}
                    aria-label={`${name} ends`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    value={d.end}
                    onChange={(event) => onChange(day, { ...d, end: event.target.value })}
                  />
                </div>
              ) : (
                <p className="muted hours-off">Not a working day</p>
              )}
              {error && (
                <p className="field-error hours-error" id={errorId}>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

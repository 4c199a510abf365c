import { useState } from 'react';
import { isCalendarDate } from '../../../../shared/dates.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { ViewName } from './ScheduleCalendar.tsx';

export interface ScheduleToolbarProps {
  /** What is on screen, e.g. "Mar 2 – 8, 2026". */
  title: string;
  zone: string;
  view: ViewName;
  /** The day the calendar is on (YYYY-MM-DD). */
  current: string;
  /** Today is already on screen: the Today button has nothing to do. */
  showsToday: boolean;
  onView: (view: ViewName) => void;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  onGoTo: (date: string) => void;
  onNew: () => void;
  onTimeOff: () => void;
  onExport: () => void;
}

const UNIT: Record<ViewName, string> = {
  timeGridDay: 'day',
  timeGridWeek: 'week',
  dayGridMonth: 'month',
};

/** Accord's own controls over the calendar: labelled, keyboard-reachable, in our look. */
export function ScheduleToolbar(props: ScheduleToolbarProps) {
  const unit = UNIT[props.view];
  return (
    <div className="schedule-top">
      <div className="schedule-heading">
        <div className="schedule-title">
          <h1 tabIndex={-1}>Schedule</h1>
          <p className="muted">Times in {props.zone.replaceAll('_', ' ')}, the practice’s zone.</p>
        </div>
        <div className="row">
          <Button onClick={props.onExport}>Export…</Button>
          <Button onClick={props.onTimeOff}>Time off…</Button>
          <Button variant="primary" onClick={props.onNew} aria-keyshortcuts="N">
            New appointment
          </Button>
        </div>
      </div>
      <div className="schedule-toolbar">
        <div className="schedule-nav">
          <Button
            className="schedule-step"
            onClick={props.onPrevious}
            aria-label={`Previous ${unit}`}
            aria-keyshortcuts="PageUp"
          >
            <span aria-hidden="true">←</span>
          </Button>
          <Button onClick={props.onToday} aria-disabled={props.showsToday || undefined}>
            Today
          </Button>
          <Button
            className="schedule-step"
            onClick={props.onNext}
            aria-label={`Next ${unit}`}
            aria-keyshortcuts="PageDown"
          >
            <span aria-hidden="true">→</span>
          </Button>
          <h2 className="schedule-range" aria-live="polite">
            {props.title}
          </h2>
        </div>
        <div className="schedule-options">
          <GoToDate current={props.current} onGoTo={props.onGoTo} />
          <Choice
            legend="View"
            hideLegend
            look="segmented"
            value={props.view}
            onChange={props.onView}
            options={[
              { value: 'timeGridDay', label: 'Day' },
              { value: 'timeGridWeek', label: 'Week' },
              { value: 'dayGridMonth', label: 'Month' },
            ]}
          />
        </div>
      </div>
    </div>
  );
}

/**
 * The date box follows the calendar, except while the counselor is typing in it: a half-typed
 * year ("0002") must neither jump the calendar nor be overwritten mid-keystroke.
 */
function GoToDate({ current, onGoTo }: { current: string; onGoTo: (date: string) => void }) {
  const [text, setText] = useState(current);
  const [editing, setEditing] = useState(false);
  return (
    <TextField
      className="schedule-goto"
      label="Go to date"
      type="date"
      value={editing ? text : current}
      onFocus={() => {
        setText(current);
        setEditing(true);
      }}
      onBlur={() => setEditing(false)}
      onChange={(event) => {
        const value = event.target.value;
        setText(value);
        if (isCalendarDate(value) && value >= '1900-01-01' && value <= '2199-12-31') onGoTo(value);
      }}
    />
  );
}

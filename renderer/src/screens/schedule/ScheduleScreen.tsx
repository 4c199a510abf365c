import type {
  CalendarRef,
  DateSelectInfo,
  DatesSetInfo,
  EventChangeInfo,
  EventClickInfo,
} from '@fullcalendar/react';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { addDays } from '../../../../shared/dates.ts';
import type { Settings } from '../../../../shared/domain/settings.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { AppointmentDetails } from './AppointmentDetails.tsx';
import { AppointmentDialog } from './AppointmentDialog.tsx';
import { appointmentOf, sessionIdOf } from './calendarEvents.ts';
import { ExportDialog } from './ExportDialog.tsx';
import type { ViewName } from './ScheduleCalendar.tsx';
import { ScheduleToolbar } from './ScheduleToolbar.tsx';
import { minutesBetween, todayIn, wallTimeOf, weekdayOf } from './time.ts';
import { TimeOffDialog } from './TimeOffDialog.tsx';
import { useMoveFlow } from './useMoveFlow.tsx';
import { useScheduleRange, type DayRange } from './useScheduleData.ts';
import { useScheduleKeys } from './useScheduleKeys.ts';
import './ScheduleScreen.css';

type Flow =
  | { kind: 'new'; date: string; time: string; durationMin: number | null }
  | { kind: 'details'; id: number }
  | { kind: 'edit'; id: number }
  | { kind: 'time-off' }
  | { kind: 'export' };

export interface ScheduleScreenProps {
  settings: Settings;
  /** Open on this day, in the day view (from Today's week). */
  date?: string | undefined;
  onNavigate: Navigate;
}

// FullCalendar is most of the app's code: it loads the first time the schedule opens, not at
// startup, so the lock screen stays quick.
const ScheduleCalendar = lazy(() =>
  import('./ScheduleCalendar.tsx').then((m) => ({ default: m.ScheduleCalendar })),
);

// The view the counselor last chose, for the next visit (kept in memory only, like the route).
let lastView: ViewName = 'timeGridWeek';

export function ScheduleScreen({ settings, date, onNavigate }: ScheduleScreenProps) {
  const zone = settings.practice.timeZone;
  const calendar = useRef<CalendarRef>(null);
  const [view, setView] = useState<ViewName>(date ? 'timeGridDay' : lastView);
  const [title, setTitle] = useState('');
  const [range, setRange] = useState<DayRange | null>(null);
  const [current, setCurrent] = useState(date ?? todayIn(zone));
  const [flow, setFlow] = useState<Flow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, reload } = useScheduleRange(range);
  const move = useMoveFlow(zone, reload);
  const schedule = data?.settings ?? settings.schedule;

  const api = () => calendar.current?.getApi();
  const close = useCallback(() => {
    setFlow(null);
    calendar.current?.getApi().unselect();
  }, []);

  const changeView = useCallback((next: ViewName) => {
    lastView = next;
    setView(next);
    calendar.current?.getApi().changeView(next);
  }, []);

  const onDatesSet = (info: DatesSetInfo) => {
    const from = wallTimeOf(info.startStr).date;
    // The range ends at midnight after the last day shown.
    const to = addDays(wallTimeOf(info.endStr).date, -1);
    setRange((r) => (r && r.from === from && r.to === to ? r : { from, to }));
    setTitle(info.view.title);
    setView(info.view.type as ViewName);
    setCurrent(wallTimeOf(info.view.calendar.formatIso(info.view.calendar.getDate())).date);
  };

  const startNew = useCallback(
    (at?: { date: string; time?: string; durationMin: number | null }) => {
      const day = at?.date ?? current;
      const hours = schedule.workingHours[weekdayOf(day)];
      setNotice(null);
      setFlow({
        kind: 'new',
        date: day,
        time: at?.time ?? hours?.start ?? '09:00',
        durationMin: at?.durationMin ?? null,
      });
    },
    [current, schedule],
  );

  const onSelect = (info: DateSelectInfo) => {
    const start = wallTimeOf(info.startStr);
    if (info.allDay) {
      startNew({ date: start.date, durationMin: null });
      return;
    }
    const end = wallTimeOf(info.endStr);
    const minutes =
      end.date === start.date
        ? minutesBetween(start.time, end.time)
        : minutesBetween(start.time, '24:00');
    // A click selects one 30-minute slot: that is a start time, not a chosen length.
    startNew({ ...start, durationMin: minutes === 30 ? null : minutes });
  };

  const onEventClick = (info: EventClickInfo) => {
    info.jsEvent.preventDefault();
    const id = sessionIdOf(info.event.id);
    if (id !== null) setFlow({ kind: 'details', id });
  };

  const onEventChange = (info: EventChangeInfo, kind: 'move' | 'resize') => {
    const a = appointmentOf(info.event.extendedProps);
    if (!a) {
      info.revert();
      return;
    }
    const start = wallTimeOf(info.event.startStr);
    const minutes = Math.round(
      ((info.event.end?.getTime() ?? 0) - (info.event.start?.getTime() ?? 0)) / 60_000,
    );
    move.start(
      a,
      kind === 'move' ? { date: start.date, time: start.time } : { durationMin: minutes },
      info.revert,
    );
  };

  useScheduleKeys({
    newAppointment: () => startNew(),
    view: changeView,
    previous: () => api()?.prev(),
    next: () => api()?.next(),
  });

  const appointments = data?.appointments ?? [];
  const selected =
    flow && (flow.kind === 'details' || flow.kind === 'edit')
      ? appointments.find((a) => a.id === flow.id)
      : undefined;
  const saved = (message: string) => {
    close();
    setNotice(message);
    reload();
  };

  return (
    <div className="schedule-page">
      <ScheduleToolbar
        title={title}
        zone={zone}
        view={view}
        current={current}
        showsToday={range !== null && range.from <= todayIn(zone) && todayIn(zone) <= range.to}
        onView={changeView}
        onPrevious={() => api()?.prev()}
        onNext={() => api()?.next()}
        onToday={() => api()?.today()}
        onGoTo={(day) => {
          // Before the calendar has loaded, the day is where it will open.
          setCurrent(day);
          api()?.gotoDate(day);
        }}
        onNew={() => startNew()}
        onTimeOff={() => setFlow({ kind: 'time-off' })}
        onExport={() => setFlow({ kind: 'export' })}
      />
      <StatusMessage>{notice}</StatusMessage>
      {error && (
        <Alert tone="error" title="The schedule could not be loaded.">
          <p>{error}</p>
          <div className="row">
            <Button onClick={reload}>Try again</Button>
          </div>
        </Alert>
      )}
      {move.error && (
        <Alert tone="error" title="The session was not moved.">
          <p>{move.error}</p>
        </Alert>
      )}
      <section
        className="schedule-calendar"
        aria-label={`Calendar, ${title}`}
        aria-busy={range !== null && data === null}
      >
        <Suspense fallback={<p className="schedule-loading muted">Opening the calendar…</p>}>
          <ScheduleCalendar
            ref={calendar}
            zone={zone}
            initialView={view}
            initialDate={current}
            data={data}
            onDatesSet={onDatesSet}
            onSelect={onSelect}
            onEventClick={onEventClick}
            onEventChange={onEventChange}
          />
        </Suspense>
      </section>
      {move.prompt}
      {flow?.kind === 'new' && (
        <AppointmentDialog
          mode={flow}
          zone={zone}
          schedule={schedule}
          onSaved={(booked) =>
            saved(
              booked.length === 1
                ? `Booked ${booked[0]?.clientName ?? 'the session'}.`
                : `Booked ${booked.length} sessions with ${booked[0]?.clientName ?? 'the client'}.`,
            )
          }
          onCancel={close}
        />
      )}
      {flow?.kind === 'edit' && selected && (
        <AppointmentDialog
          mode={{ kind: 'edit', appointment: selected }}
          zone={zone}
          schedule={schedule}
          onSaved={(changed) =>
            saved(
              changed.length === 1
                ? 'Saved the changes.'
                : `Saved the changes to ${changed.length} sessions.`,
            )
          }
          onCancel={close}
        />
      )}
      {flow?.kind === 'details' && selected && (
        <AppointmentDetails
          appointment={selected}
          zone={zone}
          currency={settings.practice.currency}
          onChanged={reload}
          onOpenClient={(id) => onNavigate({ name: 'client', id })}
          onOpenNote={onNavigate}
          onEdit={() => setFlow({ kind: 'edit', id: selected.id })}
          onClose={close}
        />
      )}
      {flow?.kind === 'time-off' && (
        <TimeOffDialog
          date={current}
          entries={data?.timeOff ?? []}
          zone={zone}
          onChanged={reload}
          onClose={close}
        />
      )}
      {flow?.kind === 'export' && (
        <ExportDialog
          from={range?.from ?? current}
          to={range?.to ?? current}
          icsLabel={schedule.icsLabel}
          onClose={close}
        />
      )}
    </div>
  );
}

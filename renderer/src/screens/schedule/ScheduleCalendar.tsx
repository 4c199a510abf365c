import FullCalendar, {
  type CalendarRef,
  type DateSelectInfo,
  type DatesSetInfo,
  type EventChangeInfo,
  type EventClickInfo,
  type EventDisplayInfo,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import { useMemo, type Ref } from 'react';
import {
  STATUS_LABELS,
  type AppointmentStatus,
  type ScheduleRange,
} from '../../../../shared/domain/scheduling.ts';
import { appointmentOf, businessHours, toEvents, visibleHours } from './calendarEvents.ts';
import './calendar-theme.css';

export type ViewName = 'timeGridDay' | 'timeGridWeek' | 'dayGridMonth';

export interface ScheduleCalendarProps {
  ref: Ref<CalendarRef>;
  zone: string;
  initialView: ViewName;
  initialDate: string;
  data: ScheduleRange | null;
  onDatesSet: (info: DatesSetInfo) => void;
  onSelect: (info: DateSelectInfo) => void;
  onEventClick: (info: EventClickInfo) => void;
  /** A session dragged to a new time or resized: `revert` puts it back if the change fails. */
  onEventChange: (info: EventChangeInfo, kind: 'move' | 'resize') => void;
}

const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin, classicTheme];
/** For narrow columns: the details dialog gives the full words. */
const SHORT_STATUS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  no_show: 'No-show',
  late_cancel: 'Late cancel',
  cancelled_client: 'Cancelled',
  cancelled_counselor: 'Cancelled',
};
const EVENT_TIME = { hour: 'numeric', minute: '2-digit', meridiem: 'short' } as const;
const VIEWS = {
  timeGridDay: {
    titleFormat: { weekday: 'long', month: 'short', day: 'numeric', year: 'numeric' },
    // The heading above already names the day.
    dayHeaders: false,
  },
  timeGridWeek: {
    titleFormat: { month: 'short', day: 'numeric', year: 'numeric' },
    // Narrow columns: the block's height already shows how long the session is.
    displayEventEnd: false,
    dayHeaderFormat: { weekday: 'short', month: 'numeric', day: 'numeric', omitCommas: true },
  },
  dayGridMonth: { titleFormat: { month: 'long', year: 'numeric' } },
} as const;

function SessionContent({ event, timeText, view }: EventDisplayInfo) {
  const a = appointmentOf(event.extendedProps);
  if (!a) return <span className="time-off-label">{event.title}</span>;
  const month = view.type === 'dayGridMonth';
  const wide = view.type === 'timeGridDay';
  const note = a.status === 'scheduled' ? null : (wide ? STATUS_LABELS : SHORT_STATUS)[a.status];
  // The hidden commas make the button's name read as a sentence, not as run-together words.
  const pause = <span className="sr-only">, </span>;
  return (
    <span className={month ? 'session-body is-compact' : 'session-body'}>
      <span className="session-time">{timeText}</span>
      {pause}
      <span className="session-client">{a.clientName}</span>
      {note && (
        <>
          {pause}
          <span className="session-status">{note}</span>
        </>
      )}
      {!month && !note && (
        <>
          {pause}
          <span className="session-meta">
            {wide ? `${a.serviceCode} · ${a.serviceLabel}` : a.serviceCode}
            {a.location === 'telehealth' ? ' · Telehealth' : ''}
            {a.seriesId !== null ? ' · Series' : ''}
          </span>
        </>
      )}
    </span>
  );
}

/** FullCalendar set up the Accord way: the practice's zone, its working hours, calm colours. */
export function ScheduleCalendar({
  ref,
  zone,
  initialView,
  initialDate,
  data,
  onDatesSet,
  onSelect,
  onEventClick,
  onEventChange,
}: ScheduleCalendarProps) {
  // Stable while the data is: a new array would reset a session that is being dragged.
  const events = useMemo(() => (data ? toEvents(data) : []), [data]);
  const hours = useMemo(() => (data ? businessHours(data.settings) : false), [data]);
  const shown = useMemo(
    () =>
      data ? visibleHours(data.settings, data.appointments) : { min: '08:00:00', max: '18:00:00' },
    [data],
  );

  return (
    <FullCalendar
      ref={ref}
      plugins={PLUGINS}
      timeZone={zone}
      initialView={initialView}
      initialDate={initialDate}
      headerToolbar={false}
      borderless
      height="auto"
      firstDay={1}
      allDaySlot={false}
      views={VIEWS}
      nowIndicator
      navLinks
      nonBusinessHoursClass="off-hours"
      // Drags move in whole slots: with a finer snap, FullCalendar 7 centres the dragged session
      // on its slot and a 10:00 session dropped on another day lands at 10:15.
      slotDuration="00:30:00"
      slotMinHeight={36}
      slotMinTime={shown.min}
      slotMaxTime={shown.max}
      businessHours={hours}
      eventDisplay="block"
      slotEventOverlap={false}
      fixedWeekCount={false}
      events={events}
      eventTimeFormat={EVENT_TIME}
      dayMaxEvents={4}
      selectable
      selectMirror
      editable
      eventDurationEditable
      eventContent={(info) => <SessionContent {...info} />}
      backgroundEventContent={(info) => <span className="time-off-label">{info.event.title}</span>}
      datesSet={onDatesSet}
      select={onSelect}
      eventClick={onEventClick}
      eventDrop={(info) => onEventChange(info, 'move')}
      eventResize={(info) => onEventChange(info, 'resize')}
    />
  );
}

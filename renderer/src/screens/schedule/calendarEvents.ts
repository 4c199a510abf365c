import type { EventInput } from '@fullcalendar/react';
import {
  FREES_SLOT,
  type Appointment,
  type ScheduleRange,
  type ScheduleSettings,
} from '../../../../shared/domain/scheduling.ts';
import { WEEKDAYS } from '../../../../shared/recurrence.ts';

/** Ids on the calendar: sessions and time off share one event list. */
export const sessionEventId = (id: number) => `session-${id}`;

export function sessionIdOf(eventId: string): number | null {
  const m = /^session-(\d+)$/.exec(eventId);
  return m ? Number(m[1]) : null;
}

export function toEvents(data: ScheduleRange): EventInput[] {
  const sessions = data.appointments.map((a): EventInput => ({
    id: sessionEventId(a.id),
    start: a.start,
    end: a.end,
    title: a.clientName,
    // Only a session still to happen can be dragged: a held or cancelled one is history.
    editable: a.status === 'scheduled',
    className: [
      'session',
      `is-${a.status.replaceAll('_', '-')}`,
      FREES_SLOT.has(a.status) ? 'is-freed' : '',
    ]
      .filter(Boolean)
      .join(' '),
    // Resolved by the session's own class (calendar-theme.css), so each status has its colours.
    color: 'var(--session-edge)',
    contrastColor: 'var(--session-text)',
    extendedProps: { appointment: a },
  }));
  const away = data.timeOff.map((t): EventInput => ({
    id: `time-off-${t.id}`,
    start: t.start,
    end: t.end,
    title: t.label || 'Time off',
    display: 'background',
    className: 'time-off',
  }));
  return [...sessions, ...away];
}

export function appointmentOf(extendedProps: Record<string, unknown>): Appointment | null {
  return (extendedProps.appointment as Appointment | undefined) ?? null;
}

/** FullCalendar counts weekdays from Sunday (0); Accord's week starts on Monday. */
export function businessHours(settings: ScheduleSettings): EventInput[] | false {
  const days = WEEKDAYS.flatMap((day, index) => {
    const hours = settings.workingHours[day];
    return hours
      ? [{ daysOfWeek: [(index + 1) % 7], startTime: hours.start, endTime: hours.end }]
      : [];
  });
  return days.length > 0 ? days : false;
}

function hourOf(time: string): number {
  return Number(time.slice(0, 2));
}

/**
 * The hours the day and week views show: the working day with an hour either side, at least
 * 8:00 to 18:00, and always every session on screen (a session outside them would be hidden).
 */
export function visibleHours(
  settings: ScheduleSettings,
  appointments: readonly Appointment[],
): { min: string; max: string } {
  let min = 8;
  let max = 18;
  for (const hours of Object.values(settings.workingHours)) {
    if (!hours) continue;
    min = Math.min(min, hourOf(hours.start) - 1);
    max = Math.max(
      max,
      Math.ceil(Number(hours.end.slice(0, 2)) + Number(hours.end.slice(3)) / 60) + 1,
    );
  }
  for (const a of appointments) {
    min = Math.min(min, hourOf(a.time));
    const endMinutes = hourOf(a.time) * 60 + Number(a.time.slice(3)) + a.durationMin;
    max = Math.max(max, Math.ceil(endMinutes / 60));
  }
  const clamp = (h: number) => Math.max(0, Math.min(24, h));
  const pad = (h: number) => `${String(clamp(h)).padStart(2, '0')}:00:00`;
  return { min: pad(min), max: pad(max) };
}

import { addDays } from '../../../shared/dates.ts';
import type { NoteTemplate } from '../../../shared/domain/notes.ts';
import { toRRule } from '../../../shared/recurrence.ts';
import type { ClientFacts } from './people.ts';
import type { Random } from './random.ts';
import type { Engagement } from './timeline.ts';
import type { SampleWorld } from './world.ts';

/** After the last weekly slot (18:00-19:00): where a moved session goes. */
const EVENING = '19:00';

export interface SampleSession {
  id: number;
  date: string;
  time: string;
  status: string;
  code: string;
  start: string;
  end: string;
  minutes: number;
  pos: string;
}

/** A client's habits: the usual service, how often they come by video, the note template. */
export function drawHabits(r: Random, themes: ClientFacts['themes']) {
  const regular = r.weighted([
    ['90834', 55],
    ['90837', 35],
    [themes.some((t) => t.key === 'relationship') ? '90847' : '90834', 10],
  ] as const);
  const telehealth = r.weighted([
    [0, 55],
    [0.3, 30],
    [1, 15],
  ] as const);
  const template: NoteTemplate = r.weighted([
    ['soap', 50],
    ['dap', 30],
    ['birp', 15],
    ['free', 5],
  ] as const);
  return { regular, telehealth, template };
}

/**
 * An intake, then weekly series booked in blocks of up to 26 (RRULEs as the booking channel
 * writes them), with the odd session moved (an exception) and every status in the past.
 */
export function writeSessions(
  w: SampleWorld,
  r: Random,
  e: Engagement,
  c: ClientFacts,
  habits: ReturnType<typeof drawHabits>,
): SampleSession[] {
  const { clientId } = c;
  const { regular, telehealth } = habits;
  const sessions: SampleSession[] = [];
  let blockSeries: number | null = null;
  for (let i = 0; i < e.dates.length; i++) {
    const date = e.dates[i] as string;
    const isIntake = i === 0;
    if (!isIntake && (i - 1) % 26 === 0) {
      const count = Math.min(26, e.dates.length - i);
      blockSeries = w.ids.take('appointment_series');
      w.sink.add('appointment_series', {
        id: blockSeries,
        client_id: clientId,
        rrule: toRRule(
          { freq: 'weekly', interval: 1, end: { count } },
          { date, time: e.time },
          w.zone,
        ),
        created_at: w.iso(addDays(date, -7), '17:30'),
      });
      w.record(
        w.iso(addDays(date, -7), '17:30'),
        'appointment.created',
        'appointment',
        blockSeries,
        clientId,
        `Weekly series of ${count} sessions booked`,
      );
    }
    const code = isIntake ? '90791' : regular;
    const svc = w.service(code);
    // An exception: this one session moved to the w.evening hour no weekly slot uses, once
    // per day at most, so it never overlaps another session.
    const moved = !isIntake && r.chance(0.04) && !w.evening.has(date);
    if (moved) w.evening.add(date);
    const time = moved ? EVENING : e.time;
    const minutes = svc.default_minutes;
    const start = w.utc(date, time);
    const end = new Date(start.getTime() + minutes * 60_000);
    const past = date < w.today;
    const status = !past
      ? 'scheduled'
      : w.open.has(date)
        ? r.weighted([
            ['attended', 90],
            ['no_show', 5],
            ['late_cancel', 5],
          ] as const)
        : r.weighted([
            ['attended', 86],
            ['no_show', 3.5],
            ['late_cancel', 3.5],
            ['cancelled_client', 5],
            ['cancelled_counselor', 2],
          ] as const);
    // Every past day with sessions was closed, even one whose sessions brought in nothing.
    if (past && !w.open.has(date)) w.totalsOf(date);
    const location = r.chance(telehealth) ? 'telehealth' : 'office';
    const id = w.ids.take('appointments');
    const bookedAt = w.iso(addDays(date, -7), '17:30');
    w.sink.add('appointments', {
      id,
      client_id: clientId,
      service_id: svc.id,
      start_at: start.toISOString(),
      end_at: end.toISOString(),
      local_date: date,
      local_time: time,
      duration_min: minutes,
      location,
      place_of_service: location === 'telehealth' ? '10' : '11',
      modifiers: '[]',
      status,
      memo: '',
      series_id: isIntake ? null : blockSeries,
      occurrence_date: isIntake ? null : date,
      is_exception: Number(moved),
      created_at: bookedAt,
      updated_at: past ? end.toISOString() : bookedAt,
    });
    if (isIntake)
      w.record(bookedAt, 'appointment.created', 'appointment', id, clientId, 'Session booked');
    if (moved)
      w.record(bookedAt, 'appointment.updated', 'appointment', id, clientId, 'Session moved');
    if (status !== 'scheduled') {
      w.record(
        end.toISOString(),
        'appointment.status_changed',
        'appointment',
        id,
        clientId,
        `Session of ${date} marked ${status.replace('_', ' ')}`,
      );
    }
    sessions.push({
      id,
      date,
      time,
      status,
      code,
      start: start.toISOString(),
      end: end.toISOString(),
      minutes,
      pos: location === 'telehealth' ? '10' : '11',
    });
  }

  return sessions;
}

import { addDays, daysBetween } from '../../../shared/dates.ts';
import type { Random } from './random.ts';

/** When a client came, which weekly slot they kept, and the dates of their sessions. */
export interface Engagement {
  client: number;
  /** The week of the first session; null for a client still on the waitlist. */
  dates: string[];
  time: string;
  /** True when the sessions run on past the last generated date (the client is active). */
  ongoing: boolean;
}

const TIMES = [
  '08:00',
  '09:00',
  '10:00',
  '11:00',
  '12:00',
  '13:00',
  '14:00',
  '15:00',
  '16:00',
  '17:00',
  '18:00',
];
const WEEKDAYS = 5;

/** Monday of the week of `date` (dates are UTC calendar days). */
function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/**
 * Lays out a solo counselor's decade: clients arrive through the years, each keeps one weekly
 * slot (weekday and hour) for the length of their therapy, and a slot is never given to two
 * clients at once, so regular sessions never overlap. Lengths are scaled so the sessions add up
 * to about `sessions`.
 */
export function layOut(
  random: Random,
  options: { clients: number; sessions: number; from: string; through: string; waitlist: number },
): Engagement[] {
  const { clients, from, through } = options;
  const span = daysBetween(from, through);
  const raw = Array.from({ length: clients }, () =>
    random.weighted([
      [random.int(3, 12), 25],
      [random.int(16, 50), 50],
      [random.int(55, 140), 25],
    ] as const),
  );
  const active = clients - options.waitlist;
  const total = raw.slice(0, active).reduce((s, n) => s + n, 0);
  const factor = options.sessions / total;
  const slots = Array.from({ length: WEEKDAYS * TIMES.length }, (_, i) => ({
    weekday: i % WEEKDAYS,
    time: TIMES[Math.floor(i / WEEKDAYS)] as string,
    freeFrom: from,
  }));
  const out: Engagement[] = [];
  for (let k = 0; k < clients; k++) {
    if (k >= active) {
      out.push({ client: k, dates: [], time: '', ongoing: false });
      continue;
    }
    const wanted = addDays(from, Math.floor((k / active) * span * 0.97) + random.int(0, 6));
    const free = slots.filter((s) => s.freeFrom <= wanted);
    const slot =
      free.length > 0
        ? random.pick(free)
        : slots.reduce((a, b) => (b.freeFrom < a.freeFrom ? b : a));
    const start = slot.freeFrom > wanted ? slot.freeFrom : wanted;
    let first = addDays(mondayOf(start), slot.weekday);
    if (first < start) first = addDays(first, 7);
    const count = Math.max(1, Math.round((raw[k] as number) * factor));
    const dates: string[] = [];
    for (let i = 0; i < count; i++) {
      const date = addDays(first, 7 * i);
      if (date > through) break;
      dates.push(date);
    }
    const ongoing = dates.length < count;
    slot.freeFrom = addDays(dates.at(-1) ?? first, 7);
    out.push({ client: k, dates, time: slot.time, ongoing });
  }
  return out;
}

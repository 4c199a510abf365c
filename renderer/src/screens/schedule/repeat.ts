import {
  derivedNth,
  describeRecurrence,
  expandRecurrence,
  recurringSeries,
  WEEKDAYS,
  type Recurrence,
  type Weekday,
} from '../../../../shared/recurrence.ts';
import { formatDateShort, weekdayOf } from './time.ts';

/** The repeat part of the booking form, as typed (numbers stay text until it is sent). */
export interface RepeatDraft {
  kind: 'none' | 'weekly' | 'monthly';
  interval: string;
  /** null: the weekday of the first session, following the date as it changes. */
  weekdays: Weekday[] | null;
  monthlyBy: 'nth-weekday' | 'month-day';
  endKind: 'count' | 'until';
  count: string;
  until: string;
}

export const NO_REPEAT: RepeatDraft = {
  kind: 'none',
  interval: '1',
  weekdays: null,
  monthlyBy: 'nth-weekday',
  endKind: 'count',
  count: '6',
  until: '',
};

export function chosenWeekdays(draft: RepeatDraft, date: string): Weekday[] {
  return draft.weekdays ?? (date ? [weekdayOf(date)] : []);
}

/** The rule to send; the core checks it (and says what is wrong) with the same schema. */
export function toRecurrence(draft: RepeatDraft, date: string): Recurrence | null {
  if (draft.kind === 'none') return null;
  const end = draft.endKind === 'count' ? { count: Number(draft.count) } : { until: draft.until };
  const interval = Number(draft.interval);
  if (draft.kind === 'weekly') {
    const days = [...chosenWeekdays(draft, date)].sort(
      (a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b),
    );
    return { freq: 'weekly', interval, byWeekday: days, end };
  }
  return { freq: 'monthly', interval, by: draft.monthlyBy, end };
}

/**
 * The rule in words while it is being written ("Every week on Monday, 6 sessions · last on Mon,
 * Apr 13"), or what still needs choosing.
 */
export function describeDraft(
  draft: RepeatDraft,
  date: string,
  time: string,
  zone: string,
): { ok: boolean; text: string } {
  const rec = toRecurrence(draft, date);
  if (!rec) return { ok: true, text: '' };
  const parsed = recurringSeries.safeParse({ start: { date, time }, rec });
  if (!parsed.success) {
    return { ok: false, text: parsed.error.issues[0]?.message ?? 'Check the repeat rule.' };
  }
  const { start, rec: valid } = parsed.data;
  const sessions = expandRecurrence(valid, start, zone);
  const last = sessions.at(-1);
  const lastText = last && sessions.length > 1 ? ` · last on ${formatDateShort(last.date)}` : '';
  return { ok: true, text: `${describeRecurrence(valid, start)}${lastText}` };
}

const ORDINALS: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '-1': 'last',
};

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export function weekdayName(day: Weekday): string {
  return DAY_NAMES[day];
}

/** "On the first Monday" / "On day 2" for the first session's date. */
export function monthlyChoices(date: string): { nthWeekday: string; monthDay: string } {
  if (!date) return { nthWeekday: 'On the same weekday', monthDay: 'On the same day' };
  return {
    nthWeekday: `On the ${ORDINALS[String(derivedNth(date))]} ${DAY_NAMES[weekdayOf(date)]}`,
    monthDay: `On day ${Number(date.slice(8, 10))}`,
  };
}

import { z } from 'zod';
import { isoDate } from '../dates.ts';
import { recurrence, recurringSeries, sessionTime, WEEKDAYS, type Weekday } from '../recurrence.ts';
import { money, modifiers, placeOfService } from './services.ts';
import { id, line } from './text.ts';

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'attended',
  'no_show',
  'late_cancel',
  'cancelled_client',
  'cancelled_counselor',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  attended: 'Attended',
  no_show: 'No-show',
  late_cancel: 'Late cancel',
  cancelled_client: 'Cancelled by client',
  cancelled_counselor: 'Cancelled by counselor',
};
/** Statuses that free the time slot: they never conflict with another booking. */
export const FREES_SLOT: ReadonlySet<AppointmentStatus> = new Set([
  'cancelled_client',
  'cancelled_counselor',
  'late_cancel',
]);

export const LOCATIONS = ['office', 'telehealth'] as const;
export type Location = (typeof LOCATIONS)[number];

export const localTime = sessionTime;

export const durationMin = z
  .number('Enter the length in minutes.')
  .int('Use whole minutes.')
  .min(5, 'A session is at least 5 minutes.')
  .max(480, 'A session can be at most 8 hours.');

export const memo = line(500, 'Memo');

export const appointmentFields = z.strictObject({
  clientId: id('client'),
  serviceId: id('service'),
  date: isoDate,
  time: localTime,
  durationMin,
  location: z.enum(LOCATIONS, 'Choose office or telehealth.'),
  /** Defaults: office from the service, telehealth from the practice setting. */
  placeOfService: placeOfService.optional(),
  /** Defaults: the service's modifiers, plus 95 for telehealth. */
  modifiers: modifiers.optional(),
  memo,
});
export type AppointmentFields = z.infer<typeof appointmentFields>;

export const appointmentCreateInput = appointmentFields
  .extend({
    recurrence: recurrence.nullable().default(null),
    /** The counselor saw the conflict or working-hours warnings and books anyway. */
    allowConflicts: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    // The rule must make sense for its first session (last date, 5 years, 520 sessions).
    if (!v.recurrence) return;
    const series = recurringSeries.safeParse({
      start: { date: v.date, time: v.time },
      rec: v.recurrence,
    });
    for (const issue of series.success ? [] : series.error.issues) {
      const [head, ...rest] = issue.path;
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: head === 'rec' ? ['recurrence', ...rest] : ['date'],
      });
    }
  });

export const SCOPES = ['this', 'following', 'all'] as const;
export type Scope = (typeof SCOPES)[number];
const scope = z.enum(SCOPES, 'Choose this session, this and following, or all sessions.');

export const appointmentUpdateInput = z.strictObject({
  id: id('session'),
  scope: scope.default('this'),
  changes: appointmentFields.omit({ clientId: true }).partial(),
  allowConflicts: z.boolean().default(false),
});

export const appointmentStatusInput = z.strictObject({
  id: id('session'),
  status: z.enum(APPOINTMENT_STATUSES, 'Choose a status.'),
  scope: scope.default('this'),
});

export const pendingFee = z.strictObject({
  id: z.number().int(),
  kind: z.enum(['late_cancel', 'no_show']),
  amountCents: z.number().int(),
  status: z.enum(['pending', 'waived', 'billed']),
  waiveReason: z.string().nullable(),
});
export type PendingFee = z.infer<typeof pendingFee>;

export const appointment = z.strictObject({
  id: z.number().int(),
  clientId: z.number().int(),
  clientName: z.string(),
  clientInitials: z.string(),
  serviceId: z.number().int(),
  serviceCode: z.string(),
  serviceLabel: z.string(),
  start: z.string(),
  end: z.string(),
  date: z.string(),
  time: z.string(),
  durationMin: z.number().int(),
  location: z.enum(LOCATIONS),
  placeOfService: z.string(),
  modifiers: z.array(z.string()),
  status: z.enum(APPOINTMENT_STATUSES),
  memo: z.string(),
  seriesId: z.number().int().nullable(),
  seriesDescription: z.string().nullable(),
  isException: z.boolean(),
  fee: pendingFee.nullable(),
  /** The session has its charge on the ledger. */
  charged: z.boolean(),
});
export type Appointment = z.infer<typeof appointment>;

export const timeOff = z.strictObject({
  id: z.number().int(),
  start: z.string(),
  end: z.string(),
  label: z.string(),
});
export type TimeOff = z.infer<typeof timeOff>;

export const timeOffInput = z
  .strictObject({
    startDate: isoDate,
    startTime: localTime,
    endDate: isoDate,
    endTime: localTime,
    label: line(200, 'Label'),
  })
  .refine((v) => `${v.endDate}T${v.endTime}` > `${v.startDate}T${v.startTime}`, {
    message: 'The end must be after the start.',
    path: ['endTime'],
  });

const hours = z
  .strictObject({ start: localTime, end: localTime })
  .refine((v) => v.end > v.start, { message: 'The day must end after it starts.', path: ['end'] });

export const scheduleSettings = z.strictObject({
  /** null: not a working day. */
  workingHours: z.strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, hours.nullable()])) as Record<
      Weekday,
      z.ZodNullable<typeof hours>
    >,
  ),
  lateCancelHours: z
    .number('Enter a number of hours.')
    .int('Use whole hours.')
    .min(0, 'Hours cannot be negative.')
    .max(168, 'Use at most 168 hours (a week).'),
  lateCancelFeeCents: money('The late-cancel fee'),
  noShowFeeCents: money('The no-show fee'),
  telehealthPlaceOfService: z.enum(['02', '10'], 'Choose 02 or 10.'),
  /** What an exported calendar shows for a session: never clinical detail. */
  icsLabel: z.enum(['session', 'initials'], 'Choose what exported sessions show.'),
});
export type ScheduleSettings = z.infer<typeof scheduleSettings>;

const weekday = { start: '09:00', end: '17:00' };
export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  workingHours: {
    MO: weekday,
    TU: weekday,
    WE: weekday,
    TH: weekday,
    FR: weekday,
    SA: null,
    SU: null,
  },
  lateCancelHours: 24,
  lateCancelFeeCents: 50_00,
  noShowFeeCents: 75_00,
  telehealthPlaceOfService: '10',
  icsLabel: 'session',
};

export const rangeInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, {
    message: 'The range must end on or after it starts.',
    path: ['to'],
  })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 100 * 86_400_000, {
    message: 'Show at most 100 days at a time.',
    path: ['to'],
  });

export const scheduleRange = z.strictObject({
  appointments: z.array(appointment),
  timeOff: z.array(timeOff),
  settings: scheduleSettings,
  timeZone: z.string(),
});
export type ScheduleRange = z.infer<typeof scheduleRange>;

export const feeWaiveInput = z.strictObject({
  id: id('fee'),
  reason: line(500, 'Reason').refine((v) => v.length > 0, 'Say why the fee is waived.'),
});

export const icsExportInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, {
    message: 'The range must end on or after it starts.',
    path: ['to'],
  });

export const savedFile = z.strictObject({
  saved: z.boolean(),
  fileName: z.string().nullable(),
  count: z.number().int(),
});
export type SavedFile = z.infer<typeof savedFile>;

export const todayInput = z.strictObject({ date: isoDate.optional() });
export const today = z.strictObject({
  date: z.string(),
  sessions: z.array(appointment),
  week: z.array(z.strictObject({ date: z.string(), count: z.number().int() })),
  counts: z.strictObject({
    clients: z.number().int(),
    services: z.number().int(),
    appointments: z.number().int(),
  }),
});
export type Today = z.infer<typeof today>;

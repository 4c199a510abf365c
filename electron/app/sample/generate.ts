import type { Kysely } from 'kysely';
import { addDays, dateInZone } from '../../../shared/dates.ts';
import { practiceProfile } from '../../../shared/domain/settings.ts';
import { DEFAULT_SCHEDULE_SETTINGS, scheduleSettings } from '../../../shared/domain/scheduling.ts';
import { settleCharges } from '../billing/settlements.ts';
import type { Database } from '../db/schema.ts';
import { putSetting } from '../settings/settings.ts';
import { writePlan, writeSessionRecords } from './care.ts';
import { writeMoney } from './money.ts';
import { writeClient } from './people.ts';
import { Random } from './random.ts';
import { drawHabits, writeSessions } from './sessions.ts';
import { RowSink } from './sink.ts';
import { layOut } from './timeline.ts';
import { writeDaySheets, writeTrail } from './trail.ts';
import { createWorld } from './world.ts';

export { SAMPLE_COUNSELOR } from './care.ts';

export interface SampleOptions {
  seed?: number;
  /** 1 = ten years of a solo practice (600 clients, ~27,000 sessions); 0.02 for tests. */
  scale?: number;
  /** The practice's "today"; the history ends here. Defaults to the clock's date. */
  today?: string;
  /** Recent working days left attended but not yet charged, for End of day to find. */
  openDays?: number;
  now?: Date;
}

export interface SampleSummary {
  seed: number;
  scale: number;
  today: string;
  counts: Record<string, number>;
}

export const SAMPLE_SETTING = 'sample';
export const SAMPLE_TIME_ZONE = 'America/Chicago';
const YEARS = 10;

/** Tables in the order their foreign keys need them. */
const ORDER = [
  'clients',
  'client_insurance',
  'client_diagnoses',
  'consents',
  'fee_arrangements',
  'appointment_series',
  'appointments',
  'policy_fees',
  'plans',
  'plan_versions',
  'plan_reviews',
  'objective_ratings',
  'notes',
  'measures',
  'charges',
  'claims',
  'claim_charges',
  'payments',
  'allocations',
  'adjustments',
  'day_sheets',
  'audit_events',
] as const;

/**
 * Writes an invented ten-year solo practice into an unlocked, freshly set-up vault: clients with
 * insurance, diagnoses and consents; weekly series with exceptions and every session status;
 * signed notes of about 2 KB; plans with signed versions; PHQ-9 and GAD-7 results; charges,
 * claims, payments with their allocations, and a valid audit trail. Deterministic: the same seed
 * and scale give the same records. Rows go in through Kysely in one large transaction, following
 * the rules the channels enforce (one charge per attended session, allocations within dues).
 */
export async function generateSamplePractice(
  db: Kysely<Database>,
  options: SampleOptions = {},
): Promise<SampleSummary> {
  const seed = options.seed ?? 20_240_601;
  const scale = options.scale ?? 1;
  const now = options.now ?? new Date();
  const zone = SAMPLE_TIME_ZONE;
  const today = options.today ?? dateInZone(now, zone);
  const openDays = options.openDays ?? 1;
  const random = new Random(seed);
  const clientCount = Math.max(4, Math.round(600 * scale));
  // Asks for about 31,000 sessions: some do not fit the decade's slots, and of the ~27,000
  // booked, the attended ones (notes) and the charges each come near the reference ten-year
  // practice's 25,000 once cancellations and no-shows are counted.
  const sessionTarget = Math.max(40, Math.round(31_000 * scale));

  const existing = await db
    .selectFrom('clients')
    .select('id')
    .union(db.selectFrom('appointments').select('id'))
    .limit(1)
    .execute();
  if (existing.length > 0)
    throw new Error('the sample practice is written only into an empty vault');
  const services = await db
    .selectFrom('services')
    .select(['id', 'code', 'label', 'fee_cents', 'default_minutes'])
    .execute();

  const engagements = layOut(random.fork(1), {
    clients: clientCount,
    sessions: sessionTarget,
    from: addDays(today, -Math.round(365.25 * YEARS)),
    through: addDays(today, 56),
    waitlist: Math.max(1, Math.round(clientCount * 0.03)),
  });
  // Open days: the last working days before today, attended but not yet charged.
  const open = new Set<string>();
  for (let d = addDays(today, -1); open.size < openDays; d = addDays(d, -1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) open.add(d);
  }

  let counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    const sink = new RowSink(trx, ORDER);
    const w = createWorld(sink, { zone, today, now, open, services });
    await writeSettings(trx, now);

    for (const e of engagements) {
      const r = random.fork(1000 + e.client);
      const client = writeClient(w, r, e);
      const habits = drawHabits(r, client.themes);
      const sessions = writeSessions(w, r, e, client, habits);
      const attended = sessions.filter((s) => s.status === 'attended');
      const planId = writePlan(w, r, client, attended);
      const charges = writeSessionRecords(
        w,
        r,
        client,
        sessions,
        attended,
        planId,
        habits.template,
      );
      if (client.discharged && client.dischargedOn) {
        w.record(
          w.iso(client.dischargedOn, '09:00'),
          'client.discharged',
          'client',
          client.clientId,
          client.clientId,
          'Client discharged',
        );
      }
      writeMoney(sink, r, w.ids, {
        clientId: client.clientId,
        charges,
        insured: client.insured
          ? { payer: client.payer, copayCents: client.copay, coinsuranceBp: client.coinsurance }
          : null,
        arrangement: client.arrangement,
        pointers: client.pointers,
        today,
        record: w.record,
        dayTotal: w.totalsOf,
      });
      await sink.maybeFlush();
    }
    writeDaySheets(w);
    await sink.flush();
    // The rows went in directly, so their settlements are worked out once, as 0009 does.
    await settleCharges(trx);
    await writeTrail(trx, w);

    await trx
      .insertInto('settings')
      .values({
        key: SAMPLE_SETTING,
        value: JSON.stringify({ seed, scale, today }),
        updated_at: now.toISOString(),
      })
      .execute();
    counts = { ...sink.counts, audit_events: w.audit.length + 1 };
  });
  return { seed, scale, today, counts };
}

/** The sample practice's profile, and working hours that hold its 08:00-20:00 sessions. */
async function writeSettings(trx: Parameters<typeof putSetting>[0], now: Date): Promise<void> {
  const practice = practiceProfile.parse({
    practiceName: 'Willow Creek Counseling (sample practice)',
    counselorName: 'Robin Example',
    credentials: 'LPC',
    npi: '1234567893',
    taxId: '12-3456789',
    address: {
      line1: '100 Lantern Way, Suite 2',
      line2: '',
      city: 'Maple Hollow',
      region: 'IL',
      postalCode: '60000-0001',
    },
    phone: '(312) 555-0100',
    timeZone: SAMPLE_TIME_ZONE,
    currency: 'USD',
  });
  await putSetting(trx, 'practice', practice, now);
  const day = { start: '08:00', end: '20:00' };
  await putSetting(
    trx,
    'schedule',
    scheduleSettings.parse({
      ...DEFAULT_SCHEDULE_SETTINGS,
      workingHours: { MO: day, TU: day, WE: day, TH: day, FR: day, SA: null, SU: null },
    }),
    now,
  );
}

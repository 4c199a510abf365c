import type { Kysely, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import { scoreMeasure, type MeasureInput } from '../../../shared/measures.ts';
import type { Measure } from '../../../shared/domain/care.ts';
import type { Database } from '../db/schema.ts';

/** Saves a form as given: an incomplete one is kept, unscored; item 9 is flagged either way. */
export async function recordMeasure(
  trx: Transaction<Database>,
  m: {
    clientId: number;
    givenOn: string;
    appointmentId: number | null;
    form: MeasureInput;
    enteredBy: 'client' | 'counselor';
  },
  now: Date,
): Promise<{ id: number; safetyFlag: boolean; complete: boolean }> {
  if (m.appointmentId !== null) {
    const session = await trx
      .selectFrom('appointments')
      .select('client_id')
      .where('id', '=', m.appointmentId)
      .executeTakeFirst();
    if (!session || session.client_id !== m.clientId) {
      throw new AccordError('VALIDATION', 'Choose one of this client’s sessions, or none.', {
        fields: { appointmentId: 'This session is not this client’s.' },
      });
    }
  }
  const score = scoreMeasure(m.form.kind, m.form.answers);
  const { id } = await trx
    .insertInto('measures')
    .values({
      client_id: m.clientId,
      kind: m.form.kind,
      given_on: m.givenOn,
      appointment_id: m.appointmentId,
      answers: JSON.stringify(m.form.answers),
      difficulty: m.form.difficulty,
      complete: Number(score.complete),
      total: score.total,
      severity: score.severity,
      safety_flag: Number(score.safetyFlag),
      entered_by: m.enteredBy,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, safetyFlag: score.safetyFlag, complete: score.complete };
}

export async function measuresOf(db: Kysely<Database>, clientId: number): Promise<Measure[]> {
  const rows = await db
    .selectFrom('measures')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('given_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    givenOn: r.given_on,
    appointmentId: r.appointment_id,
    answers: JSON.parse(r.answers) as (number | null)[],
    difficulty: r.difficulty,
    complete: r.complete === 1,
    total: r.total,
    severity: r.severity as Measure['severity'],
    safetyFlag: r.safety_flag === 1,
    enteredBy: r.entered_by,
  }));
}

/** Whether the client's latest PHQ-9 answered item 9 above 0 (notes show risk fields then). */
export async function latestPhq9Flag(db: Kysely<Database>, clientId: number): Promise<boolean> {
  const latest = await db
    .selectFrom('measures')
    .select('safety_flag')
    .where('client_id', '=', clientId)
    .where('kind', '=', 'phq9')
    .orderBy('given_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.safety_flag === 1;
}

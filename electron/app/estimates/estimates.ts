import type { Kysely, Selectable } from 'kysely';
import {
  estimateContent,
  estimateWarning,
  type Estimate,
  type EstimateContent,
} from '../../../shared/domain/estimates.ts';
import { AccordError } from '../../../shared/errors.ts';
import type { Database } from '../db/schema.ts';

type EstimateRow = Selectable<Database['good_faith_estimates']>;

export function estimateNotFound(): AccordError {
  return new AccordError('NOT_FOUND', 'That Good Faith Estimate could not be found.', {
    fields: { id: 'No estimate with this id.' },
  });
}

/** What was charged to the client from the day the estimate was given to the end of its period. */
export async function billedInPeriod(
  db: Kysely<Database>,
  clientId: number,
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom('charges')
    .select((eb) => eb.fn.sum<number>('amount_cents').as('cents'))
    .where('client_id', '=', clientId)
    .where('service_date', '>=', from)
    .where('service_date', '<=', to)
    .executeTakeFirst();
  return Number(row?.cents ?? 0);
}

export function contentOf(row: EstimateRow): EstimateContent {
  return estimateContent.parse(JSON.parse(row.content));
}

export async function toEstimate(
  db: Kysely<Database>,
  row: EstimateRow,
  current: boolean,
): Promise<Estimate> {
  const content = contentOf(row);
  const billedCents = await billedInPeriod(db, row.client_id, row.issued_on, content.periodEnd);
  return {
    ...content,
    id: row.id,
    clientId: row.client_id,
    issuedOn: row.issued_on,
    totalCents: row.total_cents,
    createdAt: row.created_at,
    billedCents,
    warning: estimateWarning(billedCents, row.total_cents),
    current,
  };
}

/** A client's estimates, newest first; the first is the current one. */
export async function estimatesOf(db: Kysely<Database>, clientId: number): Promise<Estimate[]> {
  const rows = await db
    .selectFrom('good_faith_estimates')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('issued_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return Promise.all(rows.map((row, i) => toEstimate(db, row, i === 0)));
}

export async function requireEstimate(db: Kysely<Database>, id: number): Promise<EstimateRow> {
  const row = await db
    .selectFrom('good_faith_estimates')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw estimateNotFound();
  return row;
}

/** The clients seen on a day: a charge dated that day, or a session that took place. */
export async function clientsSeenOn(db: Kysely<Database>, day: string): Promise<number[]> {
  const [charged, sessions] = await Promise.all([
    db.selectFrom('charges').select('client_id').where('service_date', '=', day).execute(),
    db
      .selectFrom('appointments')
      .select('client_id')
      .where('local_date', '=', day)
      .where('status', 'in', ['attended', 'no_show', 'late_cancel'])
      .execute(),
  ]);
  return [...new Set([...charged, ...sessions].map((r) => r.client_id))];
}

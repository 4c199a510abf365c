import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What is still owed on one charge, and by whom. */
export interface ChargeDue {
  id: number;
  clientId: number;
  serviceDate: string;
  description: string;
  serviceCode: string | null;
  amountCents: number;
  responsible: 'client' | 'payer';
  clientDueCents: number;
  payerDueCents: number;
}

export interface DuesFilter {
  clientId?: number;
  /** Count only money received or adjusted on or before this day (YYYY-MM-DD). */
  asOf?: string;
  /**
   * Only the charges with something still due (client or payer). The same figures for those
   * charges; settled ones (0009's settlements) are never read.
   */
  openOnly?: boolean;
}

/**
 * Who owes what on each charge. The one rule every balance, claim and report uses:
 * - a charge splits into the payer's share (`payer_share_cents`) and the client's (the rest);
 * - a charge whose latest claim was denied is the client's to pay in full;
 * - a payer's payments pay the payer's share, the client's pay the client's share; money beyond
 *   a share pays the other share (money received is never lost);
 * - adjustments and write-offs on a charge reduce the payer's share first (a contractual
 *   adjustment), then the client's.
 */
export async function chargeDues(
  db: Kysely<Database>,
  filter: DuesFilter = {},
): Promise<ChargeDue[]> {
  let charges = db.selectFrom('charges');
  if (filter.clientId !== undefined) charges = charges.where('client_id', '=', filter.clientId);
  if (filter.asOf !== undefined) charges = charges.where('service_date', '<=', filter.asOf);

  let allocations = db
    .selectFrom('allocations')
    .innerJoin('payments', 'payments.id', 'allocations.payment_id');
  if (filter.clientId !== undefined)
    allocations = allocations.where('payments.client_id', '=', filter.clientId);
  if (filter.asOf !== undefined)
    allocations = allocations.where('payments.received_on', '<=', filter.asOf);

  let adjustments = db.selectFrom('adjustments').where('charge_id', 'is not', null);
  if (filter.clientId !== undefined)
    adjustments = adjustments.where('client_id', '=', filter.clientId);
  if (filter.asOf !== undefined) adjustments = adjustments.where('adjusted_on', '<=', filter.asOf);

  // The latest claim of each charge: only its status matters.
  let claims = db
    .selectFrom('claim_charges')
    .innerJoin('claims', 'claims.id', 'claim_charges.claim_id');
  if (filter.clientId !== undefined)
    claims = claims.where('claims.client_id', '=', filter.clientId);

  if (filter.openOnly === true) return openChargeDues(db, filter);

  const paid = allocations
    .select(['allocations.charge_id', 'payments.payer'])
    .select((eb) => eb.fn.sum<number>('allocations.amount_cents').as('cents'))
    .groupBy(['allocations.charge_id', 'payments.payer']);
  const adjusted = adjustments
    .select('charge_id')
    .select((eb) => eb.fn.sum<number>('amount_cents').as('cents'))
    .groupBy('charge_id');
  const denied = claims
    .select('claim_charges.charge_id')
    .select((eb) => eb.fn.max('claims.id').as('latest'))
    .groupBy('claim_charges.charge_id');

  const [chargeRows, paidRows, adjustedRows, latestClaims] = await Promise.all([
    charges.selectAll().orderBy('service_date').orderBy('id').execute(),
    paid.execute(),
    adjusted.execute(),
    denied.execute(),
  ]);
  const deniedClaims = new Set(
    latestClaims.length === 0
      ? []
      : (
          await db
            .selectFrom('claims')
            .select('id')
            .where('status', '=', 'denied')
            .where(
              'id',
              'in',
              latestClaims.map((c) => Number(c.latest)),
            )
            .execute()
        ).map((c) => c.id),
  );
  const deniedCharges = new Set(
    latestClaims.filter((c) => deniedClaims.has(Number(c.latest))).map((c) => c.charge_id),
  );
  const paidBy = new Map<string, number>();
  for (const p of paidRows) paidBy.set(`${p.charge_id}:${p.payer}`, Number(p.cents));
  const adjustedOn = new Map(adjustedRows.map((a) => [a.charge_id as number, Number(a.cents)]));

  return chargeRows.map((c) =>
    dueOn(c, {
      payerPaid: paidBy.get(`${c.id}:payer`) ?? 0,
      clientPaid: paidBy.get(`${c.id}:client`) ?? 0,
      adjusted: adjustedOn.get(c.id) ?? 0,
      denied: deniedCharges.has(c.id),
    }),
  );
}

/** What has been applied to one charge, as counted on the as-of day. */
interface Applied {
  payerPaid: number;
  clientPaid: number;
  adjusted: number;
  /** Its latest claim was denied. */
  denied: boolean;
}

/** The columns of a charge the rule and its result use. */
const DUE_COLUMNS = [
  'id',
  'client_id',
  'service_date',
  'description',
  'service_code',
  'amount_cents',
  'responsible',
  'payer_share_cents',
] as const;
type DueCharge = Pick<Selectable<Database['charges']>, (typeof DUE_COLUMNS)[number]>;

/** The rule above, on one charge and what was applied to it. */
function dueOn(c: DueCharge, applied: Applied): ChargeDue {
  const payerShare = applied.denied ? 0 : Math.min(c.payer_share_cents, c.amount_cents);
  let payerDue = payerShare;
  let clientDue = c.amount_cents - payerShare;
  const take = (due: number, cents: number): [number, number] => {
    const part = Math.min(due, cents);
    return [due - part, cents - part];
  };
  let rest: number;
  [payerDue, rest] = take(payerDue, applied.payerPaid);
  [clientDue] = take(clientDue, rest);
  [clientDue, rest] = take(clientDue, applied.clientPaid);
  [payerDue] = take(payerDue, rest);
  [payerDue, rest] = take(payerDue, applied.adjusted);
  [clientDue] = take(clientDue, rest);
  return {
    id: c.id,
    clientId: c.client_id,
    serviceDate: c.service_date,
    description: c.description,
    serviceCode: c.service_code,
    amountCents: c.amount_cents,
    responsible: c.responsible,
    clientDueCents: clientDue,
    payerDueCents: payerDue,
  };
}

/**
 * `chargeDues` for the charges with something still due, in one statement. Whatever the split,
 * payments and adjustments only move what is due between the two shares or pay it off, so a
 * charge is open exactly while its amount exceeds all the money applied to it (every amount is
 * positive). Instead of summing the money of every charge (~24k charges, ~32k allocations in ten
 * years), only the candidates are looked at (0009): the charges never settled (`open_charges`)
 * and, for a day in the past, those settled after it (a settlement on or before `asOf` counted
 * only money dated on or before it, so those charges were settled then). About 1,100 for today.
 * The money, its split and the latest claim are then read per candidate through the covering
 * indexes of 0008, and the rule above keeps those with something due.
 */
async function openChargeDues(db: Kysely<Database>, filter: DuesFilter): Promise<ChargeDue[]> {
  const { asOf, clientId } = filter;
  const dated = (column: string) =>
    asOf === undefined ? sql`` : sql`AND ${sql.ref(column)} <= ${asOf}`;
  const ofClient = (column: string) =>
    clientId === undefined ? sql`` : sql`AND ${sql.ref(column)} = ${clientId}`;
  const settledLater =
    asOf === undefined
      ? sql``
      : sql`UNION ALL SELECT charge_id FROM charge_settlements WHERE settled_on > ${asOf}`;
  const paidBy = (payer: 'payer' | 'client') => sql<number>`(
    SELECT coalesce(sum(a.amount_cents), 0) FROM allocations a
    JOIN payments p ON p.id = a.payment_id
    WHERE a.charge_id = c.id AND p.payer = ${payer} ${dated('p.received_on')} ${ofClient('p.client_id')})`;
  const { rows } = await sql<
    DueCharge & {
      payer_paid: number;
      client_paid: number;
      adjusted: number;
      latest_claim: string | null;
    }
  >`
    -- Only the columns used: the rest of each row (codes, pointers) would double the reading.
    SELECT ${sql.join(DUE_COLUMNS.map((column) => sql.ref(`c.${column}`)))},
      ${paidBy('payer')} AS payer_paid,
      ${paidBy('client')} AS client_paid,
      (SELECT coalesce(sum(d.amount_cents), 0) FROM adjustments d
        WHERE d.charge_id = c.id ${dated('d.adjusted_on')} ${ofClient('d.client_id')}) AS adjusted,
      (SELECT cl.status FROM claim_charges cc JOIN claims cl ON cl.id = cc.claim_id
        WHERE cc.charge_id = c.id ${ofClient('cl.client_id')}
        ORDER BY cl.id DESC LIMIT 1) AS latest_claim
    -- CROSS JOIN: from the few candidates to their charges, never the other way.
    FROM (SELECT charge_id FROM open_charges ${settledLater}) candidate
    CROSS JOIN charges c ON c.id = candidate.charge_id
    WHERE 1 ${asOf === undefined ? sql`` : sql`AND c.service_date <= ${asOf}`} ${ofClient('c.client_id')}
    ORDER BY c.service_date, c.id`.execute(db);
  // A charge settled after `asOf` whose money dated by then already covered it drops out here.
  return rows
    .map((r) =>
      dueOn(r, {
        payerPaid: r.payer_paid,
        clientPaid: r.client_paid,
        adjusted: r.adjusted,
        denied: r.latest_claim === 'denied',
      }),
    )
    .filter((d) => d.clientDueCents > 0 || d.payerDueCents > 0);
}

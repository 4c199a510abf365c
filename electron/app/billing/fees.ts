import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  arrangementOn,
  describeArrangement,
  insuranceSplit,
  sessionFee,
  type FeeArrangement,
  type FeeArrangementInput,
} from '../../../shared/domain/billing.ts';
import { AccordError } from '../../../shared/errors.ts';
import type { Database } from '../db/schema.ts';
import { getPractice } from '../settings/settings.ts';

type ArrangementRow = Selectable<Database['fee_arrangements']>;

function toArrangement(r: ArrangementRow, currency: string): FeeArrangement {
  const a = {
    id: r.id,
    kind: r.kind,
    rateCents: r.rate_cents,
    discountBp: r.discount_bp,
    reason: r.reason,
    effectiveFrom: r.effective_from,
  };
  return { ...a, description: describeArrangement(a, currency) };
}

/** Every arrangement of a client, newest first: by start day, then by when it was set. */
export async function feeArrangements(
  db: Kysely<Database>,
  clientId: number,
  currency: string,
): Promise<FeeArrangement[]> {
  const rows = await db
    .selectFrom('fee_arrangements')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => toArrangement(r, currency));
}

export async function insertFeeArrangement(
  trx: Transaction<Database>,
  input: FeeArrangementInput,
  at: Date,
): Promise<void> {
  // Only the detail of the chosen kind is kept, so a standard fee never carries a stale rate.
  await trx
    .insertInto('fee_arrangements')
    .values({
      client_id: input.clientId,
      kind: input.kind,
      rate_cents: input.kind === 'rate' ? input.rateCents : null,
      discount_bp: input.kind === 'sliding' ? input.discountBp : null,
      reason: input.reason,
      effective_from: input.effectiveFrom,
      created_at: at.toISOString(),
    })
    .execute();
}

/** Everything a session's charge line needs: its service, amount, split and diagnoses. */
export interface SessionCharge {
  serviceCode: string;
  description: string;
  units: number;
  amountCents: number;
  feeBasis: string;
  responsible: 'client' | 'payer';
  payerShareCents: number;
  diagnosisPointers: number[];
}

export interface PriceOptions {
  responsible?: 'client' | 'payer';
  /** Charge under this code (a time-rule suggestion) instead of the booked service. */
  serviceCode?: string;
}

type Session = Selectable<Database['appointments']>;

/** One session's price, or why it cannot be priced (as `priceSession` would throw it). */
export type PricedSession = { ok: true; charge: SessionCharge } | { ok: false; error: AccordError };

const noServiceWithCode = (code: string) =>
  new AccordError('NOT_FOUND', `There is no ${code} service to charge. Add it in Settings.`, {
    fields: { serviceCode: `No ${code} service.` },
  });
const noService = () =>
  new AccordError('NOT_FOUND', 'That service could not be found.', {
    fields: { serviceId: 'Choose a service from the list.' },
  });
const noInsurance = () =>
  new AccordError(
    'VALIDATION',
    'This client has no insurance on file. Add it on the Insurance tab, or bill the client.',
    { fields: { responsible: 'No insurance on file.' } },
  );

/** Everything the sessions' prices depend on, read in five queries whatever their number. */
async function pricingData(
  db: Kysely<Database>,
  sessions: readonly Session[],
  options: readonly PriceOptions[],
) {
  const clientIds = [...new Set(sessions.map((s) => s.client_id))];
  const serviceIds = [
    ...new Set(sessions.filter((_, i) => !options[i]?.serviceCode).map((s) => s.service_id)),
  ];
  const codes = [...new Set(options.flatMap((o) => (o.serviceCode ? [o.serviceCode] : [])))];
  const { currency } = await getPractice(db);
  const services = await db
    .selectFrom('services')
    .select(['id', 'code', 'label', 'fee_cents', 'is_add_on', 'active'])
    .where((eb) =>
      eb.or([
        ...(serviceIds.length > 0 ? [eb('id', 'in', serviceIds)] : []),
        ...(codes.length > 0 ? [eb.and([eb('code', 'in', codes), eb('is_add_on', '=', 0)])] : []),
      ]),
    )
    // The service a time-rule code is charged under: the active one of that code, else the first.
    .orderBy('active', 'desc')
    .orderBy('id')
    .execute();
  const arrangements = await db
    .selectFrom('fee_arrangements')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .orderBy('client_id')
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const insurance = await db
    .selectFrom('client_insurance')
    .select(['client_id', 'kind', 'copay_cents', 'coinsurance_bp'])
    .where('client_id', 'in', clientIds)
    .execute();
  const diagnoses = await db
    .selectFrom('client_diagnoses')
    .select('client_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', 'in', clientIds)
    .groupBy('client_id')
    .execute();

  const history = new Map<number, FeeArrangement[]>();
  for (const r of arrangements)
    history.set(r.client_id, [...(history.get(r.client_id) ?? []), toArrangement(r, currency)]);
  const byCode = new Map<string, (typeof services)[number]>();
  for (const s of services) if (s.is_add_on === 0 && !byCode.has(s.code)) byCode.set(s.code, s);
  return {
    currency,
    serviceById: new Map(services.map((s) => [s.id, s])),
    byCode,
    history,
    insured: new Map(insurance.filter((i) => i.kind === 'insurance').map((i) => [i.client_id, i])),
    diagnosisCount: new Map(diagnoses.map((d) => [d.client_id, Number(d.n)])),
  };
}

/**
 * Prices sessions: the fee arrangement in force on each one's date, then, for a client billed to
 * insurance, the copay and coinsurance split; diagnosis pointers to the client's diagnoses
 * (primary first, at most four, as a claim line allows). `options` is one for all sessions, or
 * one per session (the same session may appear twice, priced under two codes). What they need is
 * read once for the whole batch, so a day of sessions costs a handful of queries, not five each.
 */
export async function priceSessions(
  db: Kysely<Database>,
  sessions: readonly Session[],
  options: PriceOptions | readonly PriceOptions[] = {},
): Promise<PricedSession[]> {
  if (sessions.length === 0) return [];
  const each = Array.isArray(options)
    ? (options as readonly PriceOptions[])
    : sessions.map(() => options as PriceOptions);
  const data = await pricingData(db, sessions, each);
  return sessions.map((session, i): PricedSession => {
    const { serviceCode, responsible: chosen } = each[i] ?? {};
    const service = serviceCode
      ? data.byCode.get(serviceCode)
      : data.serviceById.get(session.service_id);
    if (!service)
      return { ok: false, error: serviceCode ? noServiceWithCode(serviceCode) : noService() };
    const arrangement = arrangementOn(
      data.history.get(session.client_id) ?? [],
      session.local_date,
    );
    const units = 1;
    const { amountCents } = sessionFee(service.fee_cents, units, arrangement);

    const insured = data.insured.get(session.client_id);
    const responsible = chosen ?? (insured ? 'payer' : 'client');
    if (responsible === 'payer' && !insured) return { ok: false, error: noInsurance() };
    const payerShareCents =
      responsible === 'payer' && insured
        ? insuranceSplit(amountCents, insured.copay_cents, insured.coinsurance_bp).payerShareCents
        : 0;
    const pointers = Math.min(4, data.diagnosisCount.get(session.client_id) ?? 0);
    return {
      ok: true,
      charge: {
        serviceCode: service.code,
        description: `${service.code} ${service.label}`,
        units,
        amountCents,
        feeBasis: describeArrangement(arrangement, data.currency),
        responsible,
        payerShareCents,
        diagnosisPointers: Array.from({ length: pointers }, (_, p) => p + 1),
      },
    };
  });
}

/** One session's price (`priceSessions` for one); throws what makes it unpriceable. */
export async function priceSession(
  db: Kysely<Database>,
  session: Session,
  options: PriceOptions = {},
): Promise<SessionCharge> {
  const [priced] = await priceSessions(db, [session], options);
  if (!priced) throw noService();
  if (!priced.ok) throw priced.error;
  return priced.charge;
}

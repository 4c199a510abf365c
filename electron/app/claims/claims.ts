import type { Kysely, Selectable } from 'kysely';
import type { Claim, ClaimCandidates, ClaimStatus } from '../../../shared/domain/claims.ts';
import type { Client } from '../../../shared/domain/clients.ts';
import { AccordError } from '../../../shared/errors.ts';
import { chargeDues, type ChargeDue } from '../billing/dues.ts';
import { getClient } from '../clients/clients.ts';
import type { Database } from '../db/schema.ts';

export type ClaimRow = Selectable<Database['claims']>;
type ChargeRow = Selectable<Database['charges']>;

/** A claim in one of these states still stands for its charges: they cannot be claimed again. */
export const ACTIVE_STATUSES = ['ready', 'exported', 'paid'] as const;

/** The ids of charges on a claim that still stands (a subquery). */
export function activelyClaimed(db: Kysely<Database>) {
  return db
    .selectFrom('claim_charges')
    .innerJoin('claims', 'claims.id', 'claim_charges.claim_id')
    .select('claim_charges.charge_id')
    .where('claims.status', 'in', ACTIVE_STATUSES);
}

export function legalName(c: { legalFirstName: string; legalLastName: string }): string {
  return `${c.legalFirstName} ${c.legalLastName}`;
}

/** Why this client's charges cannot be claimed yet, in words that say what to do. */
export function claimProblem(client: Client): string | null {
  const ins = client.insurance;
  if (!ins || ins.kind !== 'insurance') {
    return 'Self-pay: add the client’s insurance on their profile before claiming.';
  }
  if (ins.memberId.trim() === '') return 'Add the member ID on the client’s insurance.';
  if (ins.payerId.trim() === '') {
    return 'Add the payer ID on the client’s insurance (from the card or your clearinghouse’s payer list).';
  }
  if (client.diagnoses.length === 0) {
    return 'Add a diagnosis (ICD-10-CM) on the client’s profile: a claim needs at least one.';
  }
  return null;
}

export async function requireClaim(db: Kysely<Database>, id: number): Promise<ClaimRow> {
  const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AccordError('NOT_FOUND', 'That claim could not be found.');
  return row;
}

/** The claim's charges in line order. */
export async function claimCharges(db: Kysely<Database>, claimId: number): Promise<ChargeRow[]> {
  return db
    .selectFrom('claim_charges')
    .innerJoin('charges', 'charges.id', 'claim_charges.charge_id')
    .selectAll('charges')
    .where('claim_charges.claim_id', '=', claimId)
    .orderBy('claim_charges.line_number')
    .execute();
}

/** Insurance charges not on a standing claim, by client, oldest first. */
export async function candidates(db: Kysely<Database>): Promise<ClaimCandidates> {
  const rows = await db
    .selectFrom('charges')
    .selectAll()
    .where('responsible', '=', 'payer')
    .where('id', 'not in', activelyClaimed(db))
    .orderBy('client_id')
    .orderBy('service_date')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return { clients: [] };
  const denied = new Set(
    (
      await db
        .selectFrom('claim_charges')
        .innerJoin('claims', 'claims.id', 'claim_charges.claim_id')
        .select('claim_charges.charge_id')
        .where('claims.status', '=', 'denied')
        .where(
          'claim_charges.charge_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    ).map((r) => r.charge_id),
  );
  const byClient = new Map<number, ChargeRow[]>();
  for (const r of rows) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), r]);
  const clients: ClaimCandidates['clients'] = [];
  for (const [clientId, charges] of byClient) {
    const client = await getClient(db, clientId);
    clients.push({
      clientId,
      clientName: legalName(client),
      payerName: client.insurance?.kind === 'insurance' ? client.insurance.payerName : '',
      problem: claimProblem(client),
      charges: charges.map((c) => ({
        id: c.id,
        serviceDate: c.service_date,
        serviceCode: c.service_code ?? '',
        description: c.description,
        amountCents: c.amount_cents,
        payerShareCents: c.payer_share_cents,
        denied: denied.has(c.id),
      })),
    });
  }
  clients.sort((a, b) => a.clientName.localeCompare(b.clientName));
  return { clients };
}

/** Claims as the screen shows them: lines, and what is still owed on them and by whom. */
export async function toClaims(db: Kysely<Database>, rows: readonly ClaimRow[]): Promise<Claim[]> {
  if (rows.length === 0) return [];
  const lines = await db
    .selectFrom('claim_charges')
    .innerJoin('charges', 'charges.id', 'claim_charges.charge_id')
    .select([
      'claim_charges.claim_id',
      'claim_charges.line_number',
      'charges.id',
      'charges.service_date',
      'charges.service_code',
      'charges.description',
      'charges.amount_cents',
    ])
    .where(
      'claim_charges.claim_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('claim_charges.line_number')
    .execute();
  const chargeIds = [...new Set(lines.map((l) => l.id))];
  const payerPaid = new Map<number, number>();
  if (chargeIds.length > 0) {
    const paid = await db
      .selectFrom('allocations')
      .innerJoin('payments', 'payments.id', 'allocations.payment_id')
      .select('allocations.charge_id')
      .select((eb) => eb.fn.sum<number>('allocations.amount_cents').as('cents'))
      .where('payments.payer', '=', 'payer')
      .where('allocations.charge_id', 'in', chargeIds)
      .groupBy('allocations.charge_id')
      .execute();
    for (const p of paid) payerPaid.set(p.charge_id, Number(p.cents));
  }
  const dues = new Map<number, ChargeDue>();
  const clientIds = new Set(rows.map((r) => r.client_id));
  // Many clients: one pass over every charge beats a pass per client.
  const passes = clientIds.size > 20 ? [undefined] : [...clientIds];
  for (const clientId of passes) {
    const filter = clientId === undefined ? {} : { clientId };
    for (const d of await chargeDues(db, filter)) dues.set(d.id, d);
  }
  const names = new Map(
    (
      await db
        .selectFrom('clients')
        .select(['id', 'legal_first_name', 'legal_last_name'])
        .where('id', 'in', [...new Set(rows.map((r) => r.client_id))])
        .execute()
    ).map((c) => [c.id, `${c.legal_first_name} ${c.legal_last_name}`]),
  );
  return rows.map((r) => {
    const own = lines.filter((l) => l.claim_id === r.id);
    const sum = (f: (chargeId: number) => number) => own.reduce((s, l) => s + f(l.id), 0);
    return {
      id: r.id,
      clientId: r.client_id,
      clientName: names.get(r.client_id) ?? '',
      payerName: r.payer_name,
      payerId: r.payer_id,
      status: r.status,
      totalCents: r.total_cents,
      controlNumber: r.control_number,
      statusNote: r.status_note,
      createdAt: r.created_at,
      exportedAt: r.exported_at,
      statusChangedAt: r.status_changed_at,
      lines: own.map((l) => ({
        chargeId: l.id,
        lineNumber: l.line_number,
        serviceDate: l.service_date,
        serviceCode: l.service_code ?? '',
        description: l.description,
        amountCents: l.amount_cents,
      })),
      payerPaidCents: sum((id) => payerPaid.get(id) ?? 0),
      payerDueCents: sum((id) => dues.get(id)?.payerDueCents ?? 0),
      clientDueCents: sum((id) => dues.get(id)?.clientDueCents ?? 0),
    };
  });
}

export async function getClaim(db: Kysely<Database>, id: number): Promise<Claim> {
  const [claim] = await toClaims(db, [await requireClaim(db, id)]);
  if (!claim) throw new AccordError('NOT_FOUND', 'That claim could not be found.');
  return claim;
}

/** The newest claims first; the list shows a few hundred, which is months of a solo practice. */
const LIST_LIMIT = 300;

export async function listClaims(db: Kysely<Database>, status?: ClaimStatus) {
  let query = db.selectFrom('claims').selectAll();
  if (status) query = query.where('status', '=', status);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const counted = await db
    .selectFrom('claims')
    .select('status')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy('status')
    .execute();
  const counts = { ready: 0, exported: 0, paid: 0, denied: 0 };
  for (const c of counted) counts[c.status] = Number(c.n);
  return { claims: await toClaims(db, rows), counts };
}

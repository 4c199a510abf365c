import { LINES_PER_CLAIM } from '../../../shared/domain/claims.ts';
import { AccordError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { audited, recordAudit } from '../audit/audit.ts';
import { getClient } from '../clients/clients.ts';
import type { AppContext } from '../context.ts';
import { getPractice } from '../settings/settings.ts';
import { activelyClaimed, claimProblem, legalName } from './claims.ts';

/** Splits lines into claims of at most six (box 24 of the CMS-1500). */
export function chunk<T>(items: readonly T[], size = LINES_PER_CLAIM): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Makes claims of the chosen insurance charges: one per client and payer, six lines at most
 * each, status ready. Everything is checked before anything is written; any refusal writes
 * nothing.
 */
export async function createClaims(
  ctx: AppContext,
  chargeIds: readonly number[],
): Promise<number[]> {
  const { db } = ctx;
  const wanted = [...new Set(chargeIds)];
  const charges = await db.selectFrom('charges').selectAll().where('id', 'in', wanted).execute();
  const missing = wanted.filter((id) => !charges.some((c) => c.id === id));
  if (missing.length > 0) {
    throw new AccordError(
      'NOT_FOUND',
      'A chosen charge could not be found. Reload and try again.',
      {
        fields: { chargeIds: `Charge ${missing.join(', ')} not found.` },
      },
    );
  }
  const currency = (await getPractice(db)).currency;
  const label = (c: (typeof charges)[number]) =>
    `${c.service_date} (${c.service_code ?? c.description}, ${formatMoney(c.amount_cents, currency)})`;

  const selfPay = charges.find((c) => c.responsible !== 'payer');
  if (selfPay) {
    throw new AccordError(
      'VALIDATION',
      `The charge of ${label(selfPay)} is billed to the client, not to insurance, so it cannot go on a claim.`,
      { fields: { chargeIds: 'Choose insurance charges only.' } },
    );
  }
  const claimed = await activelyClaimed(db)
    .select('claims.id')
    .where('claim_charges.charge_id', 'in', wanted)
    .execute();
  const first = claimed[0];
  const charge = first && charges.find((c) => c.id === first.charge_id);
  if (first && charge) {
    throw new AccordError(
      'CONFLICT',
      `The charge of ${label(charge)} is already on claim #${first.id}. A charge goes on a new claim only after its claim is denied.`,
      { fields: { chargeIds: 'Already claimed.' } },
    );
  }

  const byClient = new Map<number, typeof charges>();
  for (const c of charges) byClient.set(c.client_id, [...(byClient.get(c.client_id) ?? []), c]);
  const plans: { clientId: number; payerName: string; payerId: string; lines: typeof charges }[] =
    [];
  for (const [clientId, own] of byClient) {
    const client = await getClient(db, clientId);
    const problem = claimProblem(client);
    if (problem || client.insurance?.kind !== 'insurance') {
      throw new AccordError('VALIDATION', `${legalName(client)}: ${problem}`, {
        fields: { chargeIds: problem ?? 'No insurance.' },
      });
    }
    own.sort((a, b) => a.service_date.localeCompare(b.service_date) || a.id - b.id);
    for (const lines of chunk(own)) {
      plans.push({
        clientId,
        payerName: client.insurance.payerName,
        payerId: client.insurance.payerId,
        lines,
      });
    }
  }

  const at = ctx.clock.now();
  const summary = (id: number, lines: number, total: number) =>
    `Claim #${id} created: ${lines} service line${lines === 1 ? '' : 's'}, ${formatMoney(total, currency)}`;
  const created = await audited(
    ctx,
    async (trx) => {
      const made: { id: number; clientId: number; lines: number; total: number }[] = [];
      for (const plan of plans) {
        const total = plan.lines.reduce((s, c) => s + c.amount_cents, 0);
        const { id } = await trx
          .insertInto('claims')
          .values({
            client_id: plan.clientId,
            payer_name: plan.payerName,
            payer_id: plan.payerId,
            status: 'ready',
            total_cents: total,
            control_number: null,
            created_at: at.toISOString(),
            exported_at: null,
            status_changed_at: at.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('claim_charges')
          .values(plan.lines.map((c, i) => ({ claim_id: id, charge_id: c.id, line_number: i + 1 })))
          .execute();
        made.push({ id, clientId: plan.clientId, lines: plan.lines.length, total });
      }
      // One event per claim, so each client's trail names its own claim; the last one is
      // written by `audited` itself.
      for (const m of made.slice(0, -1)) {
        await recordAudit(trx, {
          action: 'claim.created',
          entity: 'claim',
          entityId: String(m.id),
          clientId: m.clientId,
          summary: summary(m.id, m.lines, m.total),
          at,
        });
      }
      return made;
    },
    (made) => {
      const last = made[made.length - 1];
      if (!last) throw new Error('a claim was made');
      return {
        action: 'claim.created',
        entity: 'claim',
        entityId: String(last.id),
        clientId: last.clientId,
        summary: summary(last.id, last.lines, last.total),
      };
    },
  );
  return created.map((c) => c.id);
}

import { addDays, daysBetween } from '../../../shared/dates.ts';
import type { AuditAction } from '../../../shared/domain/audit.ts';
import { describeArrangement, insuranceSplit, sessionFee } from '../../../shared/domain/billing.ts';
import { formatMoney } from '../../../shared/money.ts';
import type { Ids } from './world.ts';
import type { Random } from './random.ts';
import type { RowSink } from './sink.ts';

/** A charge to write: a session's (with its service) or a late-cancel / no-show fee's. */
export interface LedgerCharge {
  id: number;
  date: string;
  appointmentId: number | null;
  policyFeeId: number | null;
  code: string | null;
  label: string;
  feeCents: number;
  placeOfService: string | null;
  at: string;
}

interface Due {
  charge: LedgerCharge;
  amount: number;
  payerDue: number;
  clientDue: number;
}

type Method = 'cash' | 'check' | 'card' | 'transfer';

export interface MoneyInput {
  clientId: number;
  charges: LedgerCharge[];
  insured: {
    payer: { name: string; id: string };
    copayCents: number;
    coinsuranceBp: number;
  } | null;
  arrangement: {
    kind: 'sliding';
    rateCents: null;
    discountBp: number;
    reason: string;
  } | null;
  pointers: string;
  today: string;
  record: (
    at: string,
    action: AuditAction,
    entity: string,
    entityId: number | string | null,
    clientId: number | null,
    summary: string,
  ) => void;
  dayTotal: (day: string) => {
    charged: number;
    paid: number;
    byService: Record<string, number>;
    byMethod: Record<string, number>;
  };
}

const usd = (cents: number) => formatMoney(cents, 'USD');

/**
 * A client's charges, claims, payments, allocations and write-offs, by the billing rules: a
 * session is priced by the fee arrangement in force and split by the insurance copay and
 * coinsurance (the shared functions the billing channels use); insurers pay the payer share of
 * claims they pay; a denied claim's charges fall to the client; every allocation stays within
 * what is due on its charge, by the payer or by the client as `chargeDues` counts it.
 */
export function writeMoney(sink: RowSink, random: Random, ids: Ids, m: MoneyInput): void {
  const dues: Due[] = [];
  for (const c of m.charges) {
    const session = c.appointmentId !== null;
    const amount = session ? sessionFee(c.feeCents, 1, m.arrangement).amountCents : c.feeCents;
    const payerShare =
      session && m.insured
        ? insuranceSplit(amount, m.insured.copayCents, m.insured.coinsuranceBp).payerShareCents
        : 0;
    sink.add('charges', {
      id: c.id,
      client_id: m.clientId,
      appointment_id: c.appointmentId,
      policy_fee_id: c.policyFeeId,
      service_date: c.date,
      description: c.code ? `${c.code} ${c.label}` : c.label,
      service_code: c.code,
      modifiers: '[]',
      place_of_service: c.placeOfService,
      units: 1,
      amount_cents: amount,
      responsible: session && m.insured ? 'payer' : 'client',
      created_at: c.at,
      payer_share_cents: payerShare,
      diagnosis_pointers: session ? m.pointers : '[]',
      fee_basis: session
        ? describeArrangement(m.arrangement, 'USD')
        : c.label === 'No-show fee'
          ? 'No-show policy fee'
          : 'Late cancellation policy fee',
    });
    const day = m.dayTotal(c.date);
    day.charged += amount;
    const key = c.code ?? c.label;
    day.byService[key] = (day.byService[key] ?? 0) + amount;
    m.record(c.at, 'charge.posted', 'charge', c.id, m.clientId, `${c.date} charged ${usd(amount)}`);
    dues.push({ charge: c, amount, payerDue: payerShare, clientDue: amount - payerShare });
  }

  const habit = random.weighted([
    ['session', 60],
    ['monthly', 30],
    ['slow', 10],
  ] as const);
  const method: Method = random.weighted([
    ['card', 55],
    ['check', 20],
    ['cash', 15],
    ['transfer', 10],
  ] as const);

  const pay = (on: string, from: 'client' | 'payer', how: Method, lines: [Due, number][]) => {
    const amount = lines.reduce((s, [, cents]) => s + cents, 0);
    if (amount <= 0 || on > m.today) return;
    const id = ids.take('payments');
    const reference =
      how === 'check'
        ? `Check ${random.int(1001, 9999)}`
        : how === 'transfer'
          ? `EFT ${random.int(100000, 999999)}`
          : '';
    sink.add('payments', {
      id,
      client_id: m.clientId,
      received_on: on,
      method: how,
      reference,
      payer: from,
      amount_cents: amount,
      created_at: `${on}T22:00:00.000Z`,
    });
    for (const [due, cents] of lines) {
      if (cents <= 0) continue;
      sink.add('allocations', {
        payment_id: id,
        charge_id: due.charge.id,
        amount_cents: cents,
        created_at: `${on}T22:00:00.000Z`,
      });
      if (from === 'payer') due.payerDue -= cents;
      else due.clientDue -= cents;
    }
    const day = m.dayTotal(on);
    day.paid += amount;
    day.byMethod[how] = (day.byMethod[how] ?? 0) + amount;
    m.record(
      `${on}T22:00:00.000Z`,
      'payment.recorded',
      'payment',
      id,
      m.clientId,
      `Payment of ${usd(amount)} by ${how} received ${on}`,
    );
  };

  // What the client pays: at each session, once a month, or now and then.
  if (habit === 'session') {
    for (const d of dues) {
      const recent = daysBetween(d.charge.date, m.today) < 21;
      if (recent && random.chance(0.3)) continue;
      pay(d.charge.date, 'client', method, [[d, d.clientDue]]);
    }
  }
  const byMonth = new Map<string, Due[]>();
  for (const d of dues) {
    const month = d.charge.date.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), d]);
  }
  for (const [month, lines] of byMonth) {
    const on = addDays(`${month}-01`, 36).slice(0, 8) + '05';
    if (habit === 'slow' && random.chance(0.4)) continue;
    pay(
      on,
      'client',
      method,
      lines.filter((d) => d.clientDue > 0).map((d) => [d, d.clientDue]),
    );
  }

  // Claims: one per month of the payer's sessions, sent early the next month.
  if (m.insured) {
    const byMonth = new Map<string, Due[]>();
    for (const d of dues) {
      if (d.payerDue === 0) continue;
      const month = d.charge.date.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), d]);
    }
    for (const [month, lines] of byMonth) {
      const sent = addDays(`${month}-01`, 33).slice(0, 8) + '03';
      if (sent > m.today) continue;
      const age = daysBetween(sent, m.today);
      const status =
        age > 60 ? (random.chance(0.1) ? 'denied' : 'paid') : age > 14 ? 'exported' : 'ready';
      const claimId = ids.take('claims');
      const changed =
        status === 'paid' || status === 'denied' ? addDays(sent, random.int(18, 40)) : sent;
      sink.add('claims', {
        id: claimId,
        client_id: m.clientId,
        payer_name: m.insured.payer.name,
        payer_id: m.insured.payer.id,
        status,
        total_cents: lines.reduce((s, d) => s + d.amount, 0),
        control_number: status === 'ready' ? null : ids.take('control_number'),
        status_note:
          status === 'denied' ? 'Denied by the payer: service not covered (sample).' : '',
        created_at: `${sent}T15:00:00.000Z`,
        exported_at: status === 'ready' ? null : `${sent}T15:05:00.000Z`,
        status_changed_at: `${changed}T15:00:00.000Z`,
      });
      lines.forEach((d, i) =>
        sink.add('claim_charges', {
          claim_id: claimId,
          charge_id: d.charge.id,
          line_number: i + 1,
        }),
      );
      if (status === 'paid') {
        pay(
          changed,
          'payer',
          'transfer',
          lines.map((d) => [d, d.payerDue]),
        );
      } else if (status === 'denied') {
        // A denied claim's charges are the client's in full (the dues rule): some are written
        // off, the rest the client pays a few weeks later.
        const owed: [Due, number][] = [];
        for (const d of lines) {
          d.clientDue += d.payerDue;
          const share = d.payerDue;
          d.payerDue = 0;
          if (random.chance(0.5)) {
            sink.add('adjustments', {
              client_id: m.clientId,
              charge_id: d.charge.id,
              kind: 'write_off',
              amount_cents: share,
              reason: 'Denied claim written off (sample)',
              adjusted_on: changed,
              created_at: `${changed}T16:00:00.000Z`,
            });
            d.clientDue -= share;
            m.record(
              `${changed}T16:00:00.000Z`,
              'adjustment.recorded',
              'adjustment',
              null,
              m.clientId,
              `Write-off of ${usd(share)} recorded`,
            );
          }
          owed.push([d, d.clientDue]);
        }
        pay(addDays(changed, 20), 'client', method, owed);
      }
    }
  }
}

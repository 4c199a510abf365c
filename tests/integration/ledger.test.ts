import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chargeDues, type ChargeDue } from '../../electron/app/billing/dues.ts';
import { balancesOf } from '../../electron/app/billing/ledger.ts';
import { settleCharges } from '../../electron/app/billing/settlements.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { attendedSession, clientInput, serviceId, usePractice } from '../support/fixtures.ts';

const clock = manualClock('2026-06-01T20:00:00.000Z');
let a: TestApp;
let therapy: number;

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  therapy = await serviceId(a, '90834');
});
afterAll(() => a.dispose());

/** A client with `n` attended sessions in May. */
async function clientWithSessions(n: number) {
  const clientId = (await a.call('clients.create', clientInput())).id;
  const sessions: number[] = [];
  for (let i = 0; i < n; i++) {
    const date = `2026-05-${String(4 + i * 7).padStart(2, '0')}`;
    sessions.push(await attendedSession(a, { clientId, date }));
  }
  return { clientId, sessions };
}

/** The recorded settlements of a client's charges: `[chargeId, settledOn]`, by charge. */
function settlementsOf(clientId?: number): [number, string][] {
  return a.vault.handle
    .prepare(
      `SELECT s.charge_id, s.settled_on FROM charge_settlements s JOIN charges c ON c.id = s.charge_id
       WHERE @client IS NULL OR c.client_id = @client ORDER BY s.charge_id`,
    )
    .raw()
    .all({ client: clientId ?? null }) as [number, string][];
}

/**
 * What the settlements must be, worked out here from the raw money lines: every charge whose
 * allocations and adjustments reach its amount, settled on the latest day among them. The
 * charges not settled are exactly the open ones.
 */
function settledFromMoney(clientId?: number): [number, string][] {
  const db = a.vault.handle;
  const lines = db
    .prepare(
      `SELECT a.charge_id AS id, a.amount_cents AS cents, p.received_on AS day FROM allocations a
       JOIN payments p ON p.id = a.payment_id
       UNION ALL SELECT charge_id, amount_cents, adjusted_on FROM adjustments
       WHERE charge_id IS NOT NULL`,
    )
    .all() as { id: number; cents: number; day: string }[];
  const charges = db
    .prepare(
      'SELECT id, amount_cents FROM charges WHERE @client IS NULL OR client_id = @client ORDER BY id',
    )
    .all({ client: clientId ?? null }) as { id: number; amount_cents: number }[];
  const settled: [number, string][] = [];
  for (const c of charges) {
    const own = lines.filter((l) => l.id === c.id);
    const applied = own.reduce((sum, l) => sum + l.cents, 0);
    if (applied >= c.amount_cents)
      settled.push([
        c.id,
        own
          .map((l) => l.day)
          .sort()
          .at(-1)!,
      ]);
  }
  const open = db.prepare('SELECT charge_id FROM open_charges ORDER BY charge_id').pluck().all();
  const ids = new Set(settled.map(([id]) => id));
  expect(charges.filter((c) => !ids.has(c.id)).map((c) => c.id)).toEqual(
    open.filter((id) => charges.some((c) => c.id === id)),
  );
  return settled;
}

/** The invariant, from the raw tables: charges − payments − adjustments + refunds. */
function expectedBalance(clientId: number): number {
  const sum = (table: string) =>
    a.vault.handle
      .prepare(`SELECT coalesce(sum(amount_cents), 0) FROM ${table} WHERE client_id = ?`)
      .pluck()
      .get(clientId) as number;
  return sum('charges') - sum('payments') - sum('adjustments') + sum('refunds');
}

describe('the ledger', () => {
  test('charges, a partial payment oldest first, a payment above the balance kept as credit, refund', async () => {
    const { clientId, sessions } = await clientWithSessions(2);
    await a.call('billing.postSession', { appointmentId: sessions[0]! });
    let ledger = await a.call('billing.postSession', { appointmentId: sessions[1]! });
    expect(ledger.balanceCents).toBe(260_00);
    expect(
      (await rejection(() => a.call('billing.postSession', { appointmentId: sessions[0]! }))).code,
    ).toBe('CONFLICT');

    ledger = await a.call('billing.recordPayment', {
      clientId,
      receivedOn: '2026-05-20',
      method: 'cash',
      reference: '',
      from: 'client',
      amountCents: 150_00,
    });
    expect(ledger.openCharges.map((c) => c.dueCents)).toEqual([110_00]); // the oldest paid in full
    const over = await a.call('billing.recordPayment', {
      clientId,
      receivedOn: '2026-05-21',
      method: 'check',
      reference: '1042',
      from: 'client',
      amountCents: 150_00,
    });
    expect(over).toMatchObject({ balanceCents: -40_00, creditCents: 40_00, openCharges: [] });
    expect(over.note).toBe('$40.00 more than was owed is kept as credit for this client.');
    expect(
      (
        await rejection(() =>
          a.call('billing.refund', {
            clientId,
            amountCents: 50_00,
            method: 'cash',
            reference: '',
            on: '2026-05-22',
          }),
        )
      ).message,
    ).toMatch(/\$40\.00/);
    ledger = await a.call('billing.refund', {
      clientId,
      amountCents: 40_00,
      method: 'cash',
      reference: '',
      on: '2026-05-22',
    });
    expect(ledger).toMatchObject({ balanceCents: 0, creditCents: 0 });
    expect(ledger.lines.map((l) => l.balanceCents)).toEqual([130_00, 260_00, 110_00, -40_00, 0]);
  });

  test('bad money and other clients’ charges are refused and write nothing', async () => {
    const { clientId, sessions } = await clientWithSessions(1);
    const other = await clientWithSessions(1);
    await a.call('billing.postSession', { appointmentId: other.sessions[0]! });
    await a.call('billing.postSession', { appointmentId: sessions[0]! });
    const otherCharge = (await a.call('billing.ledger', { clientId: other.clientId }))
      .openCharges[0]!.id;
    const before = contentHash(a.vault.handle);
    const base = {
      clientId,
      receivedOn: '2026-05-20',
      method: 'cash' as const,
      reference: '',
      from: 'client' as const,
    };
    for (const amountCents of [-100, 0, 12.5, Number.NaN, 10 ** 12]) {
      expect((await a.dispatch('billing.recordPayment', { ...base, amountCents })).ok).toBe(false);
    }
    expect(
      (
        await rejection(() =>
          a.call('billing.recordPayment', {
            ...base,
            amountCents: 10_00,
            chargeIds: [otherCharge],
          }),
        )
      ).fields,
    ).toHaveProperty('chargeIds');
    expect(
      (
        await rejection(() =>
          a.call('billing.recordPayment', { ...base, method: 'check', amountCents: 10_00 }),
        )
      ).fields,
    ).toHaveProperty('reference');
    for (const amountCents of [-100, 0, 12.5, Number.NaN, 10 ** 12]) {
      const adjust = await a.dispatch('billing.adjust', {
        clientId,
        chargeId: null,
        kind: 'write_off',
        amountCents,
        reason: 'Hardship',
        on: '2026-05-20',
      });
      expect(adjust.ok).toBe(false);
      const refund = await a.dispatch('billing.refund', {
        clientId,
        amountCents,
        method: 'cash',
        reference: '',
        on: '2026-05-20',
      });
      expect(refund.ok).toBe(false);
    }
    const adjustOther = await rejection(() =>
      a.call('billing.adjust', {
        clientId,
        chargeId: otherCharge,
        kind: 'write_off',
        amountCents: 10_00,
        reason: 'Hardship',
        on: '2026-05-20',
      }),
    );
    expect(adjustOther.fields).toHaveProperty('chargeId');
    expect((await rejection(() => a.call('billing.applyCredit', { clientId }))).code).toBe(
      'CONFLICT',
    );
    expect(contentHash(a.vault.handle)).toBe(before);
    const h = a.vault.handle;
    expect(() => h.prepare('UPDATE charges SET amount_cents = 1').run()).toThrow(/never changed/);
    expect(() => h.prepare('DELETE FROM payments').run()).toThrow(/never deleted/);
  });

  test('no money line can be dated on a closed day: each is refused and nothing is written', async () => {
    const { clientId, sessions } = await clientWithSessions(1); // 2026-05-04
    await a.call('billing.postSession', { appointmentId: sessions[0]! });
    await a.call('billing.recordPayment', {
      clientId,
      receivedOn: '2026-05-04',
      method: 'cash',
      reference: '',
      from: 'client',
      amountCents: 140_00,
    });
    await a.call('billing.closeDay', { day: '2026-05-04' });
    // A session and a no-show entered afterwards for the closed day.
    const late = await a.call('schedule.create', {
      clientId,
      serviceId: therapy,
      date: '2026-05-04',
      time: '15:00',
      durationMin: 45,
      location: 'office',
      memo: '',
      allowConflicts: true,
    });
    const noShow = await a.call('schedule.create', {
      clientId,
      serviceId: therapy,
      date: '2026-05-04',
      time: '16:00',
      durationMin: 45,
      location: 'office',
      memo: '',
      allowConflicts: true,
    });
    await a.call('schedule.setStatus', { id: late.appointments[0]!.id, status: 'attended' });
    await a.call('schedule.setStatus', { id: noShow.appointments[0]!.id, status: 'no_show' });
    const fee = a.vault.handle
      .prepare('SELECT id FROM policy_fees WHERE appointment_id = ?')
      .pluck()
      .get(noShow.appointments[0]!.id) as number;
    const before = contentHash(a.vault.handle);
    const on = '2026-05-04';
    const attempts = [
      () => a.call('billing.postSession', { appointmentId: late.appointments[0]!.id }),
      () => a.call('billing.postFee', { feeId: fee }),
      () =>
        a.call('billing.recordPayment', {
          clientId,
          receivedOn: on,
          method: 'cash',
          reference: '',
          from: 'client',
          amountCents: 1_00,
        }),
      () =>
        a.call('billing.adjust', {
          clientId,
          chargeId: null,
          kind: 'adjustment',
          amountCents: 1_00,
          reason: 'Courtesy',
          on,
        }),
      () =>
        a.call('billing.refund', {
          clientId,
          amountCents: 10_00,
          method: 'cash',
          reference: '',
          on,
        }),
      () => a.call('billing.postDay', { day: on }),
    ];
    for (const attempt of attempts) {
      const error = await rejection(attempt);
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('2026-05-04 is closed. Record the correction on a later day.');
    }
    expect(contentHash(a.vault.handle)).toBe(before);
  });

  test('property: after any sequence of operations the balance is charges − payments − adjustments + refunds, and every charge’s parts add up', async () => {
    const day = fc.constantFrom('2026-05-01', '2026-05-10', '2026-05-15', '2026-05-20');
    // Money on several days, so the day each charge was settled is told apart.
    const moneyDay = fc.constantFrom('2026-05-25', '2026-05-30', '2026-05-27');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('charge' as const),
        pick: fc.nat(),
        responsible: fc.constantFrom(undefined, 'client' as const, 'payer' as const),
      }),
      fc.record({
        kind: fc.constant('fee' as const),
        fee: fc.oneof(
          fc.record({ kind: fc.constant('standard' as const) }),
          fc.record({
            kind: fc.constant('rate' as const),
            rateCents: fc.integer({ min: 1, max: 300_00 }),
          }),
          fc.record({
            kind: fc.constant('sliding' as const),
            discountBp: fc.integer({ min: 1, max: 10_000 }),
          }),
        ),
        effectiveFrom: day,
      }),
      fc.record({
        kind: fc.constant('pay' as const),
        amount: fc.integer({ min: 1, max: 400_00 }),
        choose: fc.boolean(),
        from: fc.constantFrom('client' as const, 'payer' as const),
        on: moneyDay,
      }),
      fc.record({
        kind: fc.constant('adjust' as const),
        amount: fc.integer({ min: 1, max: 200_00 }),
        onCharge: fc.boolean(),
        on: moneyDay,
      }),
      fc.record({
        kind: fc.constant('refund' as const),
        amount: fc.integer({ min: 1, max: 300_00 }),
      }),
      fc.record({ kind: fc.constant('apply' as const) }),
    );
    const coverage = fc.option(
      fc.record({
        copayCents: fc.integer({ min: 0, max: 60_00 }),
        coinsuranceBp: fc.integer({ min: 0, max: 10_000 }),
      }),
    );
    const sumBy = (sql: string, id: number) =>
      new Map(
        (a.vault.handle.prepare(sql).all(id) as { id: number; cents: number }[]).map((r) => [
          r.id,
          r.cents,
        ]),
      );
    await fc.assert(
      fc.asyncProperty(
        coverage,
        fc.array(op, { minLength: 1, maxLength: 12 }),
        async (plan, ops) => {
          const { clientId, sessions } = await clientWithSessions(3);
          if (plan) {
            await a.call('clients.saveInsurance', {
              clientId,
              insurance: {
                kind: 'insurance',
                payerName: 'Example Health Plan',
                payerId: '',
                memberId: 'M1',
                groupNumber: '',
                subscriber: null,
                ...plan,
              },
            });
          }
          for (const o of ops) {
            const ledger = await a.call('billing.ledger', { clientId });
            const result = await (async () => {
              switch (o.kind) {
                case 'charge':
                  return a.dispatch('billing.postSession', {
                    appointmentId: sessions[o.pick % sessions.length]!,
                    ...(o.responsible ? { responsible: o.responsible } : {}),
                  });
                case 'fee':
                  return a.dispatch('billing.setFeeArrangement', {
                    clientId,
                    ...o.fee,
                    reason: 'Agreed',
                    effectiveFrom: o.effectiveFrom,
                  });
                case 'pay':
                  return a.dispatch('billing.recordPayment', {
                    clientId,
                    receivedOn: o.on,
                    method: 'card',
                    reference: 'x',
                    from: o.from,
                    amountCents: o.amount,
                    chargeIds: o.choose ? ledger.openCharges.slice(-1).map((c) => c.id) : [],
                  });
                case 'adjust':
                  return a.dispatch('billing.adjust', {
                    clientId,
                    chargeId: o.onCharge ? (ledger.openCharges[0]?.id ?? null) : null,
                    kind: 'write_off',
                    amountCents: o.amount,
                    reason: 'Hardship',
                    on: o.on,
                  });
                case 'refund':
                  return a.dispatch('billing.refund', {
                    clientId,
                    amountCents: o.amount,
                    method: 'cash',
                    reference: '',
                    on: '2026-05-31',
                  });
                case 'apply':
                  return a.dispatch('billing.applyCredit', { clientId });
              }
            })();
            if (!result.ok) expect(['CONFLICT', 'VALIDATION']).toContain(result.error.code);
            const after = await a.call('billing.ledger', { clientId });
            expect(after.balanceCents).toBe(expectedBalance(clientId));
            expect(after.lines.at(-1)?.balanceCents ?? 0).toBe(after.balanceCents);
            expect(after.creditCents).toBeGreaterThanOrEqual(0);
            // What is owed on open charges, less credit, less unapplied write-offs, is the balance.
            const due = after.openCharges.reduce((s, c) => s + c.dueCents, 0);
            const looseAdjustments = a.vault.handle
              .prepare(
                'SELECT coalesce(sum(amount_cents), 0) FROM adjustments WHERE client_id = ? AND charge_id IS NULL',
              )
              .pluck()
              .get(clientId) as number;
            expect(after.balanceCents).toBe(due - after.creditCents - looseAdjustments);
            expect(after.clientDueCents + after.payerDueCents).toBe(due);
            // Every charge: what the client owes + what the payer owes + paid + adjusted = amount.
            const paid = sumBy(
              `SELECT charge_id AS id, sum(allocations.amount_cents) AS cents FROM allocations
               JOIN payments ON payments.id = payment_id WHERE client_id = ? GROUP BY charge_id`,
              clientId,
            );
            const adjusted = sumBy(
              `SELECT charge_id AS id, sum(amount_cents) AS cents FROM adjustments
               WHERE client_id = ? AND charge_id IS NOT NULL GROUP BY charge_id`,
              clientId,
            );
            for (const line of after.lines.filter((l) => l.kind === 'charge')) {
              const c = line.charge!;
              expect(c.clientDueCents).toBeGreaterThanOrEqual(0);
              expect(c.payerDueCents).toBeGreaterThanOrEqual(0);
              expect(c.clientShareCents + c.payerShareCents).toBe(line.amountCents);
              expect(
                c.clientDueCents +
                  c.payerDueCents +
                  (paid.get(line.id) ?? 0) +
                  (adjusted.get(line.id) ?? 0),
              ).toBe(line.amountCents);
              if (!plan) expect(c.payerShareCents).toBe(0);
            }
            expect(settlementsOf(clientId)).toEqual(settledFromMoney(clientId));
          }
        },
      ),
      { numRuns: 25, seed: 20260601 },
    );
  });
});

describe('dues and balances read in bulk', () => {
  const days = ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10'];

  /**
   * Writes a random money history straight into the tables, within their constraints only (so
   * also shapes the channels would not make: money beyond a charge, money on a denied claim).
   */
  async function writeLedger(clientId: number, ledger: RandomLedger): Promise<void> {
    writeLines(clientId, ledger);
    // Written around `allocate`, so settled the way the sample practice's lines are.
    await settleCharges(a.vault.db);
  }

  function writeLines(clientId: number, ledger: RandomLedger): void {
    const db = a.vault.handle;
    const at = '2026-06-01T00:00:00.000Z';
    const charges = ledger.charges.map(
      (c) =>
        db
          .prepare(
            `INSERT INTO charges (client_id, service_date, description, modifiers, units,
             amount_cents, responsible, payer_share_cents, created_at)
             VALUES (?, ?, 'Random charge', '[]', 1, ?, ?, ?, ?)`,
          )
          .run(
            clientId,
            days[c.day],
            c.amountCents,
            c.payerShareCents > 0 ? 'payer' : 'client',
            c.payerShareCents,
            at,
          ).lastInsertRowid as number,
    );
    const pick = (n: number) => charges[n % charges.length] as number;
    for (const p of ledger.payments) {
      const paymentId = db
        .prepare(
          `INSERT INTO payments (client_id, received_on, method, reference, payer, amount_cents,
           created_at) VALUES (?, ?, 'cash', '', ?, ?, ?)`,
        )
        .run(clientId, days[p.day], p.payer, p.amountCents, at).lastInsertRowid;
      for (const part of p.parts)
        db.prepare(
          `INSERT INTO allocations (payment_id, charge_id, amount_cents, created_at)
           VALUES (?, ?, ?, ?)`,
        ).run(paymentId, pick(part.charge), part.amountCents, at);
    }
    for (const adj of ledger.adjustments)
      db.prepare(
        `INSERT INTO adjustments (client_id, charge_id, kind, amount_cents, reason, adjusted_on,
         created_at) VALUES (?, ?, 'adjustment', ?, 'Random', ?, ?)`,
      ).run(clientId, adj.onCharge ? pick(adj.charge) : null, adj.amountCents, days[adj.day], at);
    for (const claim of ledger.claims) {
      const claimId = db
        .prepare(
          `INSERT INTO claims (client_id, payer_name, payer_id, status, total_cents, created_at,
           status_changed_at) VALUES (?, 'Random Payer', 'R1', ?, 1, ?, ?)`,
        )
        .run(clientId, claim.status, at, at).lastInsertRowid;
      [...new Set(claim.charges.map(pick))].forEach((chargeId, i) =>
        db
          .prepare('INSERT INTO claim_charges (claim_id, charge_id, line_number) VALUES (?, ?, ?)')
          .run(claimId, chargeId, i + 1),
      );
    }
  }

  const dayIndex = fc.nat({ max: days.length - 1 });
  const cents = fc.integer({ min: 1, max: 30_000 });
  const randomLedger = fc.record({
    charges: fc.array(
      fc.record({
        day: dayIndex,
        amountCents: cents,
        payerShareCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 35_000 })),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    payments: fc.array(
      fc.record({
        day: dayIndex,
        payer: fc.constantFrom('client', 'payer'),
        amountCents: cents,
        parts: fc.array(fc.record({ charge: fc.nat(), amountCents: cents }), { maxLength: 3 }),
      }),
      { maxLength: 5 },
    ),
    adjustments: fc.array(
      fc.record({ day: dayIndex, onCharge: fc.boolean(), charge: fc.nat(), amountCents: cents }),
      { maxLength: 3 },
    ),
    claims: fc.array(
      fc.record({
        status: fc.constantFrom('ready', 'exported', 'paid', 'denied'),
        charges: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
  });
  type RandomLedger = typeof randomLedger extends fc.Arbitrary<infer T> ? T : never;

  test('open charges only (aging’s pre-filter): exactly the dues of every charge with something due, on any ledger and day', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomLedger,
        fc.option(fc.constantFrom(...days, '2026-12-31', '2025-12-31'), { nil: undefined }),
        async (ledger, asOf) => {
          const clientId = (await a.call('clients.create', clientInput())).id;
          await writeLedger(clientId, ledger);
          expect(settlementsOf(clientId)).toEqual(settledFromMoney(clientId));
          for (const filter of [{ clientId, asOf }, { asOf }]) {
            const open = (d: ChargeDue) => d.clientDueCents > 0 || d.payerDueCents > 0;
            const everything = await chargeDues(a.vault.db, filter);
            expect(await chargeDues(a.vault.db, { ...filter, openOnly: true })).toEqual(
              everything.filter(open),
            );
          }
        },
      ),
      { numRuns: 40, seed: 20261129 },
    );
  });

  test('open charges only: a client whose every charge is settled has none, until the day it was', async () => {
    const clientId = (await a.call('clients.create', clientInput())).id;
    await writeLedger(clientId, {
      charges: [{ day: 0, amountCents: 100_00, payerShareCents: 0 }],
      payments: [
        {
          day: 1,
          payer: 'client',
          amountCents: 100_00,
          parts: [{ charge: 0, amountCents: 100_00 }],
        },
      ],
      adjustments: [],
      claims: [],
    });
    const [chargeId] = a.vault.handle
      .prepare('SELECT id FROM charges WHERE client_id = ?')
      .pluck()
      .all(clientId) as number[];
    expect(settlementsOf(clientId)).toEqual([[chargeId, days[1]]]);
    expect(await chargeDues(a.vault.db, { clientId, openOnly: true })).toEqual([]);
    // Until the day of the payment, it was owed.
    expect(
      (await chargeDues(a.vault.db, { clientId, asOf: days[0], openOnly: true })).map(
        (d) => d.clientDueCents,
      ),
    ).toEqual([100_00]);
  });

  test('balances of several clients at once match each one’s ledger; no money lines is zero', async () => {
    const ids: number[] = [];
    for (const paid of [0, 40_00, 250_00]) {
      const clientId = (await a.call('clients.create', clientInput())).id;
      await writeLedger(clientId, {
        charges: [
          { day: 0, amountCents: 100_00, payerShareCents: 0 },
          { day: 1, amountCents: 130_00, payerShareCents: 80_00 },
        ],
        payments:
          paid === 0
            ? []
            : [
                {
                  day: 2,
                  payer: 'client',
                  amountCents: paid,
                  parts: [{ charge: 0, amountCents: 100_00 }],
                },
              ],
        adjustments: [{ day: 3, onCharge: true, charge: 1, amountCents: 5_00 }],
        claims: [],
      });
      ids.push(clientId);
    }
    a.vault.handle
      .prepare(
        `INSERT INTO refunds (client_id, amount_cents, method, reference, refunded_on, created_at)
         VALUES (?, 2000, 'cash', '', ?, ?)`,
      )
      .run(ids[2], days[4], '2026-06-01T00:00:00.000Z');
    const empty = (await a.call('clients.create', clientInput())).id;
    const balances = await balancesOf(a.vault.db, [...ids, empty, ids[0]!]);
    expect([...balances.keys()]).toEqual([...ids, empty]);
    expect([...balances.values()]).toEqual([225_00, 185_00, -5_00, 0]);
    for (const id of [...ids, empty]) {
      expect(balances.get(id)).toBe(expectedBalance(id));
      expect(balances.get(id)).toBe(
        (await a.call('billing.ledger', { clientId: id })).balanceCents,
      );
    }
    expect((await balancesOf(a.vault.db, [])).size).toBe(0);
  });
});

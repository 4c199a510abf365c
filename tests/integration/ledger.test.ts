import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';

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
    const [s] = (
      await a.call('schedule.create', {
        clientId,
        serviceId: therapy,
        date: `2026-05-${String(4 + i * 7).padStart(2, '0')}`,
        time: '09:00',
        durationMin: 45,
        location: 'office',
        memo: '',
        allowConflicts: true,
      })
    ).appointments;
    await a.call('schedule.setStatus', { id: s!.id, status: 'attended' });
    sessions.push(s!.id);
  }
  return { clientId, sessions };
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
    expect(contentHash(a.vault.handle)).toBe(before);
    const h = a.vault.handle;
    expect(() => h.prepare('UPDATE charges SET amount_cents = 1').run()).toThrow(/never changed/);
    expect(() => h.prepare('DELETE FROM payments').run()).toThrow(/never deleted/);
  });

  test('property: after any sequence of operations the balance is charges − payments − adjustments + refunds', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('charge' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('pay' as const),
        amount: fc.integer({ min: 1, max: 400_00 }),
        choose: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('adjust' as const),
        amount: fc.integer({ min: 1, max: 200_00 }),
        onCharge: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('refund' as const),
        amount: fc.integer({ min: 1, max: 300_00 }),
      }),
      fc.record({ kind: fc.constant('apply' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const { clientId, sessions } = await clientWithSessions(3);
        for (const o of ops) {
          const ledger = await a.call('billing.ledger', { clientId });
          const result = await (async () => {
            switch (o.kind) {
              case 'charge':
                return a.dispatch('billing.postSession', {
                  appointmentId: sessions[o.pick % sessions.length]!,
                });
              case 'pay':
                return a.dispatch('billing.recordPayment', {
                  clientId,
                  receivedOn: '2026-05-30',
                  method: 'card',
                  reference: 'x',
                  from: 'client',
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
                  on: '2026-05-30',
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
        }
      }),
      { numRuns: 25, seed: 20260601 },
    );
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { priceSession, priceSessions, type PriceOptions } from '../../electron/app/billing/fees.ts';
import { contentHash } from '../support/db-hash.ts';
import { attendedSession, clientInput, usePractice } from '../support/fixtures.ts';

const clock = manualClock('2026-06-01T20:00:00.000Z');
let a: TestApp;

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
});
afterAll(() => a.dispose());

/** A client with one attended session on each given day, booked as `code` for `minutes`. */
async function clientWith(days: string[], code = '90834', minutes = 45) {
  const clientId = (await a.call('clients.create', clientInput())).id;
  const sessions: number[] = [];
  for (const date of days)
    sessions.push(await attendedSession(a, { clientId, date, code, durationMin: minutes }));
  return { clientId, sessions };
}

const chargeRows = (clientId: number) =>
  a.vault.handle
    .prepare(
      `SELECT service_code, amount_cents, responsible, payer_share_cents, diagnosis_pointers, fee_basis
       FROM charges WHERE client_id = ? ORDER BY service_date, id`,
    )
    .all(clientId);

const insured = {
  kind: 'insurance' as const,
  payerName: 'Example Health Plan',
  payerId: 'EHP01',
  memberId: 'XEH123456789',
  groupNumber: '',
  subscriber: null,
  copayCents: 25_00,
  coinsuranceBp: 2000,
};

describe('client fee arrangements', () => {
  test('the arrangement in force on the session’s date sets the fee, and history is kept', async () => {
    const { clientId, sessions } = await clientWith(['2026-05-04', '2026-05-11', '2026-05-18']);
    await a.call('billing.setFeeArrangement', {
      clientId,
      kind: 'sliding',
      discountBp: 4000,
      reason: 'Reduced income',
      effectiveFrom: '2026-05-10',
    });
    let ledger = await a.call('billing.setFeeArrangement', {
      clientId,
      kind: 'rate',
      rateCents: 95_00,
      reason: 'Agreed rate',
      effectiveFrom: '2026-05-15',
    });
    expect(ledger.fee.current).toMatchObject({ kind: 'rate', rateCents: 95_00 });
    expect(ledger.fee.history.map((f) => f.description)).toEqual([
      'Client rate $95.00 (Agreed rate)',
      'Sliding scale 40% (Reduced income)',
    ]);
    for (const appointmentId of sessions) await a.call('billing.postSession', { appointmentId });
    expect(chargeRows(clientId)).toEqual([
      expect.objectContaining({ amount_cents: 130_00, fee_basis: 'Standard fee' }),
      // 40% of $130.00 is $52.00 off.
      expect.objectContaining({
        amount_cents: 78_00,
        fee_basis: 'Sliding scale 40% (Reduced income)',
      }),
      expect.objectContaining({
        amount_cents: 95_00,
        fee_basis: 'Client rate $95.00 (Agreed rate)',
      }),
    ]);
    ledger = await a.call('billing.ledger', { clientId });
    expect(ledger.lines.map((l) => l.charge?.feeBasis)).toEqual([
      'Standard fee',
      'Sliding scale 40% (Reduced income)',
      'Client rate $95.00 (Agreed rate)',
    ]);
    // Back to standard: kept as one more line of history, and rows are never edited.
    ledger = await a.call('billing.setFeeArrangement', {
      clientId,
      kind: 'standard',
      reason: '',
      effectiveFrom: '2026-06-01',
    });
    expect(ledger.fee.current).toMatchObject({ kind: 'standard', description: 'Standard fee' });
    expect(ledger.fee.history).toHaveLength(3);
    expect(() => a.vault.handle.prepare('DELETE FROM fee_arrangements').run()).toThrow(/history/);

    const { events } = await a.call('audit.list', { action: 'fee.arrangement_set' });
    expect(events.map((e) => e.summary)).toContain('Sliding scale from 2026-05-10');
    // The reason can be personal: never in the audit trail.
    expect(JSON.stringify(events)).not.toMatch(/Reduced income/);
  });

  test('incomplete or impossible arrangements are refused with a message on the field, and nothing is written', async () => {
    const { clientId } = await clientWith([]);
    const before = contentHash(a.vault.handle);
    const base = { clientId, reason: 'Reduced income', effectiveFrom: '2026-06-01' };
    const refusedOn = async (field: string, input: Record<string, unknown>) => {
      const result = await a.dispatch('billing.setFeeArrangement', { ...base, ...input });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.fields).toHaveProperty(field);
      }
    };
    await refusedOn('discountBp', { kind: 'sliding' });
    await refusedOn('discountBp', { kind: 'sliding', discountBp: 0 });
    await refusedOn('discountBp', { kind: 'sliding', discountBp: 10_001 });
    // A full discount would be a charge of nothing: a free session is charged and written off.
    await refusedOn('discountBp', { kind: 'sliding', discountBp: 10_000 });
    await refusedOn('discountBp', { kind: 'sliding', discountBp: 12.5 });
    await refusedOn('rateCents', { kind: 'rate' });
    await refusedOn('rateCents', { kind: 'rate', rateCents: -5 });
    await refusedOn('rateCents', { kind: 'rate', rateCents: 10.5 });
    await refusedOn('rateCents', { kind: 'rate', rateCents: Number.NaN });
    await refusedOn('rateCents', { kind: 'rate', rateCents: 10 ** 12 });
    await refusedOn('reason', { kind: 'rate', rateCents: 80_00, reason: '  ' });
    await refusedOn('effectiveFrom', {
      kind: 'sliding',
      discountBp: 100,
      effectiveFrom: '2026-02-30',
    });
    expect(
      (
        await a.dispatch('billing.setFeeArrangement', {
          ...base,
          clientId: 999_999,
          kind: 'standard',
        })
      ).ok,
    ).toBe(false);
    expect(contentHash(a.vault.handle)).toBe(before);
  });
});

describe('insurance charges', () => {
  test('copay and coinsurance are the client’s, the rest is expected from the payer; each side’s money pays its own part', async () => {
    const { clientId, sessions } = await clientWith(['2026-05-05', '2026-05-12']);
    await a.call('clients.saveInsurance', { clientId, insurance: insured });
    await a.call('clients.setDiagnoses', {
      clientId,
      diagnoses: [
        { code: 'F41.1', diagnosedOn: '2026-01-10' },
        { code: 'Z63.0', diagnosedOn: '2026-01-10' },
      ],
    });
    // Left out, who is billed follows the client's insurance.
    let ledger = await a.call('billing.postSession', { appointmentId: sessions[0]! });
    // $130.00: the client pays the $25.00 copay + 20% of $105.00 ($21.00) = $46.00.
    expect(ledger.lines[0]!.charge).toMatchObject({
      responsible: 'payer',
      clientShareCents: 46_00,
      payerShareCents: 84_00,
    });
    expect(ledger).toMatchObject({ clientDueCents: 46_00, payerDueCents: 84_00 });
    expect(chargeRows(clientId)[0]).toMatchObject({ diagnosis_pointers: '[1,2]' });
    // Billed to the client by choice: nothing is expected from the payer.
    ledger = await a.call('billing.postSession', {
      appointmentId: sessions[1]!,
      responsible: 'client',
    });
    expect(ledger.openCharges.map((c) => [c.clientDueCents, c.payerDueCents])).toEqual([
      [46_00, 84_00],
      [130_00, 0],
    ]);

    const pay = (from: 'client' | 'payer', amountCents: number, chargeIds: number[] = []) =>
      a.call('billing.recordPayment', {
        clientId,
        receivedOn: '2026-05-20',
        method: 'transfer',
        reference: from === 'payer' ? 'EFT-1' : '',
        from,
        amountCents,
        chargeIds,
      });
    // The insurer's money pays only what the insurer is expected to pay.
    let paid = await pay('payer', 100_00);
    expect(paid.openCharges.map((c) => [c.clientDueCents, c.payerDueCents])).toEqual([
      [46_00, 0],
      [130_00, 0],
    ]);
    expect(paid.creditCents).toBe(16_00);
    expect(paid.note).toBe(
      '$16.00 more than the insurer was expected to pay is kept as credit for this client.',
    );
    // A client payment cannot be pointed at a charge with nothing left for the client to pay.
    const firstCharge = paid.openCharges[0]!.id;
    paid = await pay('client', 46_00, [firstCharge]);
    expect(paid.openCharges.map((c) => c.id)).not.toContain(firstCharge);
    const refused = await rejection(() => pay('client', 1_00, [firstCharge]));
    expect(refused.fields).toHaveProperty('chargeIds');
    expect(paid).toMatchObject({ clientDueCents: 130_00, payerDueCents: 0, creditCents: 16_00 });
    // The insurer's $16.00 credit cannot pay what the client owes: refused, nothing written.
    const before = contentHash(a.vault.handle);
    const apply = await rejection(() => a.call('billing.applyCredit', { clientId }));
    expect(apply.message).toMatch(/an insurer’s what the insurer is expected to pay/);
    expect(contentHash(a.vault.handle)).toBe(before);
  });

  test('billing the payer needs insurance on file; coinsurance left out of a saved record is none', async () => {
    const { clientId, sessions } = await clientWith(['2026-05-06']);
    const before = contentHash(a.vault.handle);
    const error = await rejection(() =>
      a.call('billing.postSession', { appointmentId: sessions[0]!, responsible: 'payer' }),
    );
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { responsible: expect.any(String) },
    });
    expect(contentHash(a.vault.handle)).toBe(before);

    const { coinsuranceBp: _, ...older } = insured;
    const client = await a.call('clients.saveInsurance', { clientId, insurance: older });
    expect(client.insurance).toMatchObject({ coinsuranceBp: 0 });
    const ledger = await a.call('billing.postSession', { appointmentId: sessions[0]! });
    expect(ledger.lines[0]!.charge).toMatchObject({
      clientShareCents: 25_00,
      payerShareCents: 105_00,
    });
    const bad = await a.dispatch('clients.saveInsurance', {
      clientId,
      insurance: { ...insured, coinsuranceBp: 10_001 },
    });
    expect(bad.ok).toBe(false);
  });
});

describe('the time rule at charging', () => {
  test('a session can be charged under the suggested code, at that service’s fee and the client’s arrangement', async () => {
    const { clientId, sessions } = await clientWith(['2026-05-07', '2026-05-08'], '90834', 60);
    await a.call('billing.setFeeArrangement', {
      clientId,
      kind: 'sliding',
      discountBp: 1250,
      reason: 'Student',
      effectiveFrom: '2026-05-01',
    });
    const day = await a.call('billing.endOfDay', { day: '2026-05-07' });
    const row = day.rows.find((r) => r.appointmentId === sessions[0])!;
    // 90834 $130.00 less 12.5% ($16.25) and 90837 $170.00 less 12.5% ($21.25).
    expect(row).toMatchObject({
      suggestedCode: '90837',
      suggestedAmountCents: 148_75,
      charge: { state: 'suggested', amountCents: 113_75 },
    });
    await a.call('billing.postSession', { appointmentId: sessions[0]!, serviceCode: '90837' });
    // Posting the whole day keeps the booked code.
    await a.call('billing.postDay', { day: '2026-05-08' });
    expect(chargeRows(clientId)).toEqual([
      expect.objectContaining({ service_code: '90837', amount_cents: 148_75 }),
      expect.objectContaining({ service_code: '90834', amount_cents: 113_75 }),
    ]);
    const again = await rejection(() =>
      a.call('billing.postSession', { appointmentId: sessions[0]!, serviceCode: '90837' }),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'This session is already charged.' });
    expect(
      (
        await a.dispatch('billing.postSession', {
          appointmentId: sessions[1]!,
          serviceCode: '99213',
        })
      ).ok,
    ).toBe(false);
  });
});

describe('pricing a day at once', () => {
  test('the batch prices each session exactly as pricing it alone does, errors included', async () => {
    const day = '2026-05-21';
    const sliding = await clientWith([day]);
    await a.call('billing.setFeeArrangement', {
      clientId: sliding.clientId,
      kind: 'sliding',
      discountBp: 3333,
      reason: 'Reduced income',
      effectiveFrom: '2026-05-01',
    });
    const rate = await clientWith([day], '90837', 60);
    await a.call('billing.setFeeArrangement', {
      clientId: rate.clientId,
      kind: 'rate',
      rateCents: 88_00,
      reason: 'Agreed rate',
      effectiveFrom: '2026-05-01',
    });
    // An arrangement that starts after the day does not apply to it.
    await a.call('billing.setFeeArrangement', {
      clientId: rate.clientId,
      kind: 'standard',
      reason: '',
      effectiveFrom: '2026-06-01',
    });
    const insuredClient = await clientWith([day], '90834', 30);
    await a.call('clients.saveInsurance', {
      clientId: insuredClient.clientId,
      insurance: insured,
    });
    await a.call('clients.setDiagnoses', {
      clientId: insuredClient.clientId,
      diagnoses: ['F41.1', 'Z63.0', 'F32.1', 'F43.10', 'F40.10'].map((code) => ({
        code,
        diagnosedOn: '2026-01-10',
      })),
    });
    const plain = await clientWith([day], '90834', 45);
    const ids = [sliding, rate, insuredClient, plain].map((c) => c.sessions[0]!);
    const db = a.vault.db;
    const rows = await db.selectFrom('appointments').selectAll().where('id', 'in', ids).execute();
    const sessions = ids.map((id) => rows.find((r) => r.id === id)!);
    // Booked codes, time-rule codes (one the practice lacks), and an explicit payer choice.
    const options: PriceOptions[] = [
      {},
      {},
      {},
      {},
      { serviceCode: '90837' },
      { serviceCode: '90832' },
      { serviceCode: '99999' },
      { responsible: 'client' },
      { responsible: 'payer' },
    ];
    const priced = [...sessions, ...sessions, sessions[3]!];
    const batch = await priceSessions(db, priced, options);
    const alone = await Promise.all(
      priced.map(async (s, i) => {
        try {
          return { ok: true, charge: await priceSession(db, s, options[i]) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
    expect(batch).toEqual(alone);
    expect(batch.map((p) => (p.ok ? p.charge.amountCents : p.error.code))).toEqual([
      86_67, // $130.00 less 33.33% ($43.33)
      88_00,
      130_00,
      130_00,
      113_34, // 90837 $170.00 less 33.33% ($56.66)
      88_00,
      'NOT_FOUND',
      130_00,
      'VALIDATION', // no insurance on file
    ]);
    expect(batch[2]).toMatchObject({
      ok: true,
      charge: { responsible: 'payer', payerShareCents: 84_00, diagnosisPointers: [1, 2, 3, 4] },
    });
    // One for all sessions is the same as the same one for each.
    expect(await priceSessions(db, sessions, { responsible: 'client' })).toEqual(
      await priceSessions(
        db,
        sessions,
        sessions.map(() => ({ responsible: 'client' as const })),
      ),
    );
  });
});

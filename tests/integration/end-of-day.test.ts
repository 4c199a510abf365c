import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';

const clock = manualClock('2026-06-03T22:00:00.000Z'); // Wednesday evening in New York
const DAY = '2026-06-03';
let a: TestApp;
const ids: Record<string, number> = {};

async function book(name: string, time: string, code: string, durationMin: number, date = DAY) {
  const clientId = (
    await a.call('clients.create', clientInput({ legalFirstName: name, legalLastName: 'Dayclose' }))
  ).id;
  const [s] = (
    await a.call('schedule.create', {
      clientId,
      serviceId: await serviceId(a, code),
      date,
      time,
      durationMin,
      location: 'office',
      memo: '',
      allowConflicts: true,
    })
  ).appointments;
  ids[name] = s!.id;
  ids[`${name}-client`] = clientId;
  return s!.id;
}

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  await book('Long', '09:00', '90834', 60); // ran an hour: the time rule suggests 90837
  await book('Signed', '10:00', '90834', 45);
  await book('Noshow', '11:00', '90834', 45);
  await book('Latecancel', '13:00', '90834', 45);
  await book('Cash', '14:00', '90832', 30);
  await book('Yesterday', '09:00', '90834', 45, '2026-06-02');
  for (const name of ['Long', 'Signed', 'Cash', 'Yesterday']) {
    await a.call('schedule.setStatus', { id: ids[name]!, status: 'attended' });
  }
  await a.call('schedule.setStatus', { id: ids.Noshow!, status: 'no_show' });
  await a.call('schedule.setStatus', { id: ids.Latecancel!, status: 'late_cancel' });
  const note = await a.call('notes.create', { appointmentId: ids.Signed! });
  await a.call('notes.save', {
    id: note.id,
    fields: { subjective: 'Well.' },
    objectives: [],
    risk: null,
  });
  await a.call('notes.sign', { id: note.id, passphrase: PASSPHRASE });
});
afterAll(() => a.dispose());

describe('end of day', () => {
  test('shows each session’s status, note, charge and fee, and the time-rule code', async () => {
    const day = await a.call('billing.endOfDay', {});
    expect(day.day).toBe(DAY);
    const byTime = Object.fromEntries(day.rows.map((r) => [r.time, r]));
    expect(byTime['09:00']).toMatchObject({
      note: 'missing',
      suggestedCode: '90837',
      suggestedAmountCents: 170_00,
      charge: { state: 'suggested', amountCents: 130_00 },
    });
    expect(byTime['10:00']).toMatchObject({ note: 'signed', suggestedCode: null });
    expect(byTime['11:00']).toMatchObject({
      note: 'not_needed',
      charge: { state: 'none' },
      fee: { kind: 'no_show', status: 'pending' },
    });
    expect(day.openEarlier).toEqual(['2026-06-02']);
  });

  test('with "wait for signed notes" only signed sessions are posted; then the rest, and the fees', async () => {
    const lateFee = (await a.call('billing.endOfDay', {})).rows.find(
      (r) => r.time === '13:00',
    )!.fee!;
    await a.call('fees.waive', { id: lateFee.id, reason: 'Family emergency' });
    await a.call('billing.saveSettings', { requireSignedNote: true });
    let day = await a.call('billing.postDay', { day: DAY });
    expect(day.rows.map((r) => [r.time, r.charge.state])).toEqual([
      ['09:00', 'waiting_for_note'],
      ['10:00', 'posted'],
      ['11:00', 'none'],
      ['13:00', 'none'],
      ['14:00', 'waiting_for_note'],
    ]);
    await a.call('billing.saveSettings', { requireSignedNote: false });
    day = await a.call('billing.postDay', { day: DAY });
    expect(day.rows.filter((r) => r.charge.state === 'posted')).toHaveLength(3);
    expect(day.rows.find((r) => r.time === '11:00')?.fee?.status).toBe('billed');
    expect(day.rows.find((r) => r.time === '13:00')?.fee?.status).toBe('waived');
    expect(day.totals.byService).toEqual({ '90834': 260_00, '90832': 90_00, 'No-show fee': 75_00 });
  });

  test('a payment taken inline shows in the totals by method; closing locks the day', async () => {
    await a.call('billing.recordPayment', {
      clientId: ids['Cash-client']!,
      receivedOn: DAY,
      method: 'cash',
      reference: '',
      from: 'client',
      amountCents: 90_00,
    });
    const closed = await a.call('billing.closeDay', { day: DAY });
    expect(closed).toMatchObject({
      closed: true,
      totals: { chargedCents: 425_00, paidCents: 90_00, byMethod: { cash: 90_00 } },
    });
    const late = await rejection(() =>
      a.call('billing.recordPayment', {
        clientId: ids['Cash-client']!,
        receivedOn: DAY,
        method: 'cash',
        reference: '',
        from: 'client',
        amountCents: 1_00,
      }),
    );
    expect(late.message).toMatch(/closed/);
    expect((await rejection(() => a.call('billing.closeDay', { day: DAY }))).code).toBe('CONFLICT');
    expect(() => a.vault.handle.prepare('DELETE FROM day_sheets').run()).toThrow(
      /cannot be reopened/,
    );
    // A correction goes on a later day.
    clock.advance(86_400_000);
    const fixed = await a.call('billing.adjust', {
      clientId: ids['Cash-client']!,
      chargeId: null,
      kind: 'adjustment',
      amountCents: 5_00,
      reason: 'Rounding courtesy',
      on: '2026-06-04',
    });
    expect(fixed.balanceCents).toBe(-5_00);
  });

  test('a day with sessions still to charge cannot be closed', async () => {
    const error = await rejection(() => a.call('billing.closeDay', { day: '2026-06-02' }));
    expect(error.message).toMatch(/Post the day’s charges first: 1 session is not charged yet/);
  });
});

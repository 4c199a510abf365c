import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChannelInput } from '../../shared/contract.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';

const clock = manualClock('2026-03-01T12:00:00.000Z'); // Sunday, 07:00 in New York
let a: TestApp;
let clientId: number;
let therapy: number;

beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  clientId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Morgan', legalLastName: 'Ellery' }),
    )
  ).id;
  therapy = await serviceId(a, '90834');
});
afterAll(() => a.dispose());

function session(
  overrides: Partial<ChannelInput<'schedule.create'>> = {},
): ChannelInput<'schedule.create'> {
  return {
    clientId,
    serviceId: therapy,
    date: '2026-03-02',
    time: '10:00',
    durationMin: 50,
    location: 'office',
    memo: '',
    ...overrides,
  };
}

const range = async (from: string, to = from) =>
  (await a.call('schedule.range', { from, to })).appointments;

describe('booking', () => {
  test('the services are seeded with plain labels and editable fees', async () => {
    const { services } = await a.call('services.list');
    expect(services.map((s) => s.code)).toEqual(
      expect.arrayContaining([
        '90791',
        '90832',
        '90834',
        '90837',
        '90846',
        '90847',
        '90853',
        '90839',
        '90840',
        '90785',
      ]),
    );
    const s = services.find((x) => x.code === '90837')!;
    const saved = await a.call('services.save', { ...s, feeCents: 180_00 });
    expect(saved.feeCents).toBe(180_00);
    const dup = await rejection(() => a.call('services.save', { ...s, id: null }));
    expect(dup.code).toBe('CONFLICT');
  });

  test('a weekly series stays at 10:00 local across the DST change', async () => {
    const { appointments } = await a.call('schedule.create', {
      ...session(),
      recurrence: { freq: 'weekly', interval: 1, end: { count: 4 } },
    });
    expect(appointments.map((x) => [x.date, x.time])).toEqual([
      ['2026-03-02', '10:00'],
      ['2026-03-09', '10:00'],
      ['2026-03-16', '10:00'],
      ['2026-03-23', '10:00'],
    ]);
    expect(appointments[0]?.start).toBe('2026-03-02T15:00:00.000Z'); // EST
    expect(appointments[1]?.start).toBe('2026-03-09T14:00:00.000Z'); // EDT
    expect(appointments[0]?.seriesDescription).toMatch(/Every week on Monday, 4 sessions/);
    expect(appointments.every((x) => x.placeOfService === '11' && x.status === 'scheduled')).toBe(
      true,
    );
  });

  test('an overlap warns and needs confirmation; back-to-back sessions do not conflict', async () => {
    const before = contentHash(a.vault.handle);
    const overlap = await rejection(() => a.call('schedule.create', session({ time: '10:30' })));
    expect(overlap.code).toBe('CONFLICT');
    expect(overlap.message).toMatch(/overlaps a session with Morgan Ellery/);
    expect(contentHash(a.vault.handle)).toBe(before);
    const confirmed = await a.call('schedule.create', {
      ...session({ time: '10:30' }),
      allowConflicts: true,
    });
    expect(confirmed.appointments).toHaveLength(1);
    const backToBack = await a.call('schedule.create', session({ time: '11:20', durationMin: 45 }));
    expect(backToBack.appointments[0]?.time).toBe('11:20');
  });

  test('outside working hours and time off warn', async () => {
    const saturday = await rejection(() =>
      a.call('schedule.create', session({ date: '2026-03-07' })),
    );
    expect(saturday.message).toMatch(/a day you do not work/);
    const late = await rejection(() =>
      a.call('schedule.create', session({ date: '2026-03-03', time: '16:30' })),
    );
    expect(late.message).toMatch(/outside your working hours \(09:00–17:00\)/);
    await a.call('timeOff.create', {
      startDate: '2026-03-04',
      startTime: '09:00',
      endDate: '2026-03-04',
      endTime: '13:00',
      label: 'Training',
    });
    const off = await rejection(() => a.call('schedule.create', session({ date: '2026-03-04' })));
    expect(off.message).toMatch(/overlaps time off \(Training\)/);
  });

  test('telehealth sets place of service and modifier 95 by default', async () => {
    const { appointments } = await a.call(
      'schedule.create',
      session({ date: '2026-03-05', location: 'telehealth' }),
    );
    expect(appointments[0]).toMatchObject({ placeOfService: '10', modifiers: ['95'] });
  });

  test('bad input is refused on the field and writes nothing', async () => {
    const before = contentHash(a.vault.handle);
    for (const [field, input] of [
      ['date', session({ date: '2026-02-30' })],
      ['time', session({ time: '25:00' })],
      ['durationMin', session({ durationMin: 50.5 })],
      ['memo', session({ memo: 'x'.repeat(50_000) })],
    ] as const) {
      const error = await rejection(() => a.call('schedule.create', input));
      expect(error.code).toBe('VALIDATION');
      expect(Object.keys(error.fields ?? {})).toContain(field);
    }
    expect(
      (await rejection(() => a.call('schedule.create', session({ clientId: 99_999 })))).code,
    ).toBe('NOT_FOUND');
    const backwards = await rejection(() =>
      a.call('timeOff.create', {
        startDate: '2026-03-04',
        startTime: '13:00',
        endDate: '2026-03-04',
        endTime: '09:00',
        label: '',
      }),
    );
    expect(backwards.fields?.endTime).toMatch(/after the start/);
    expect(contentHash(a.vault.handle)).toBe(before);
  });
});

describe('editing a series', () => {
  let series: Awaited<ReturnType<typeof range>>;
  beforeAll(async () => {
    const created = await a.call('schedule.create', {
      ...session({ date: '2026-04-06', time: '14:00' }),
      recurrence: { freq: 'weekly', interval: 1, end: { count: 6 } },
    });
    series = created.appointments;
  });

  test('moving one occurrence makes it an exception; the rest stay', async () => {
    const moved = await a.call('schedule.update', {
      id: series[1]!.id,
      scope: 'this',
      changes: { date: '2026-04-14', time: '15:00' },
    });
    expect(moved.appointments[0]).toMatchObject({
      date: '2026-04-14',
      time: '15:00',
      isException: true,
    });
    expect((await range('2026-04-20'))[0]).toMatchObject({ time: '14:00', isException: false });
  });

  test('changing all moves every unchanged session and leaves the exception alone', async () => {
    await a.call('schedule.update', {
      id: series[0]!.id,
      scope: 'all',
      changes: { time: '13:00' },
    });
    const after = await a.call('schedule.range', { from: '2026-04-06', to: '2026-05-15' });
    const ours = after.appointments.filter(
      (x) => x.seriesId !== null && x.date >= '2026-04-06' && x.clientId === clientId,
    );
    expect(ours.map((x) => `${x.date} ${x.time}`)).toEqual([
      '2026-04-06 13:00',
      '2026-04-14 15:00',
      '2026-04-20 13:00',
      '2026-04-27 13:00',
      '2026-05-04 13:00',
      '2026-05-11 13:00',
    ]);
  });

  test('this and following splits the series and moves the later sessions', async () => {
    const { appointments } = await a.call('schedule.update', {
      id: series[3]!.id,
      scope: 'following',
      changes: { date: '2026-04-28', time: '09:00' },
    });
    expect(appointments.map((x) => `${x.date} ${x.time}`)).toEqual([
      '2026-04-28 09:00',
      '2026-05-05 09:00',
      '2026-05-12 09:00',
    ]);
    expect(appointments[0]?.seriesDescription).toMatch(/Every week on Tuesday, 3 sessions/);
    const first = (await range('2026-04-06'))[0];
    expect(first?.seriesDescription).toMatch(/3 sessions/);
    expect(first?.seriesId).not.toBe(appointments[0]?.seriesId);
  });

  test('cancelling this and following keeps the sessions, marked cancelled', async () => {
    const [later] = await range('2026-05-05');
    const { appointments } = await a.call('schedule.setStatus', {
      id: later!.id,
      status: 'cancelled_counselor',
      scope: 'following',
    });
    expect(appointments.map((x) => [x.date, x.status])).toEqual([
      ['2026-05-05', 'cancelled_counselor'],
      ['2026-05-12', 'cancelled_counselor'],
    ]);
    expect((await range('2026-04-28'))[0]?.status).toBe('scheduled');
    const bulkNoShow = await rejection(() =>
      a.call('schedule.setStatus', { id: later!.id, status: 'no_show', scope: 'all' }),
    );
    expect(bulkNoShow.code).toBe('VALIDATION');
  });
});

describe('statuses and the cancellation policy', () => {
  test('a no-show creates a pending fee that can be waived with a reason', async () => {
    const { appointments } = await a.call(
      'schedule.create',
      session({ date: '2026-02-26', time: '09:00' }),
    );
    const id = appointments[0]!.id;
    const future = await a.call('schedule.create', session({ date: '2026-03-10', time: '09:00' }));
    expect(
      (
        await rejection(() =>
          a.call('schedule.setStatus', { id: future.appointments[0]!.id, status: 'attended' }),
        )
      ).code,
    ).toBe('VALIDATION');

    const noShow = (await a.call('schedule.setStatus', { id, status: 'no_show' })).appointments[0]!;
    expect(noShow.fee).toMatchObject({ kind: 'no_show', amountCents: 75_00, status: 'pending' });
    expect(
      (await rejection(() => a.call('fees.waive', { id: noShow.fee!.id, reason: '' }))).code,
    ).toBe('VALIDATION');
    const waived = (
      await a.call('fees.waive', { id: noShow.fee!.id, reason: 'First time; car trouble' })
    ).appointments[0]!;
    expect(waived.fee).toMatchObject({ status: 'waived', waiveReason: 'First time; car trouble' });
    const attended = (await a.call('schedule.setStatus', { id, status: 'attended' }))
      .appointments[0]!;
    expect(attended.fee).toBeNull();
  });

  test('a client cancelling inside the window is a late cancel with a fee; earlier is not', async () => {
    const soon = await a.call(
      'schedule.create',
      session({ date: '2026-03-02', time: '09:00', durationMin: 45 }),
    );
    clock.advance(3 * 3_600_000); // Sunday 10:00: the Monday 09:00 session is 23 hours away
    const late = (
      await a.call('schedule.setStatus', {
        id: soon.appointments[0]!.id,
        status: 'cancelled_client',
      })
    ).appointments[0]!;
    expect(late).toMatchObject({
      status: 'late_cancel',
      fee: { kind: 'late_cancel', amountCents: 50_00 },
    });

    const later = await a.call('schedule.create', session({ date: '2026-03-12', time: '09:00' }));
    const early = (
      await a.call('schedule.setStatus', {
        id: later.appointments[0]!.id,
        status: 'cancelled_client',
      })
    ).appointments[0]!;
    expect(early).toMatchObject({ status: 'cancelled_client', fee: null });
  });

  test('a discharged client cannot be booked', async () => {
    const gone = await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Former', legalLastName: 'Client' }),
    );
    await a.call('clients.discharge', {
      id: gone.id,
      dischargedOn: '2026-02-01',
      reason: 'Moved away',
    });
    expect(
      (
        await rejection(() =>
          a.call('schedule.create', session({ clientId: gone.id, date: '2026-03-03' })),
        )
      ).code,
    ).toBe('CONFLICT');
  });
});

describe("a client's sessions", () => {
  test('upcoming in order, past newest first', async () => {
    const { upcoming, past } = await a.call('schedule.forClient', { clientId });
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((x) => x.clientId === clientId)).toBe(true);
    expect(upcoming.map((x) => x.start)).toEqual([...upcoming.map((x) => x.start)].sort());
    expect(past[0]?.date).toBe('2026-02-26');
    expect((await rejection(() => a.call('schedule.forClient', { clientId: 424242 }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('today and the calendar export', () => {
  test('today lists the day in order and the coming week', async () => {
    const today = await a.call('today.get', { date: '2026-03-02' });
    expect(today.sessions.map((s) => s.time)).toEqual(['09:00', '10:00', '10:30', '11:20']);
    expect(today.week[0]).toEqual({ date: '2026-03-02', count: 3 }); // the late cancel frees its slot
    expect(today.counts.clients).toBeGreaterThan(0);
    expect((await a.call('today.get', {})).date).toBe('2026-03-01');
  });

  test('the .ics file holds sessions without clinical detail', async () => {
    const result = await a.call('schedule.exportIcs', { from: '2026-03-01', to: '2026-03-31' });
    expect(result.saved).toBe(true);
    const ics = readFileSync(join(a.exportDir, result.fileName!), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Session\r\n');
    expect(ics).not.toMatch(/Morgan|Ellery|90834/);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(result.count);
  });
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/domain/audit.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { CLAIM_SETTINGS, clientInput, serviceId, usePractice } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';

const clock = manualClock('2026-03-03T20:00:00.000Z');
let a: TestApp;
let lastId = 0;
const seen = new Set<string>();

beforeAll(() => {
  a = startApp({ clock });
});
afterAll(() => a.dispose());

/**
 * Runs one action and checks the trail gained exactly the expected events: who, what, which
 * client and when.
 */
async function expectAudit(
  expected: { action: AuditAction; clientId?: number | null; actor?: string; earlier?: true }[],
  act: () => Promise<unknown>,
) {
  clock.advance(60_000);
  await act();
  // Read under the app: in Client view the audit channels are closed, as they should be.
  const added = a.vault.handle
    .prepare(
      'SELECT id, at, actor, action, client_id AS clientId FROM audit_events WHERE id > ? ORDER BY id',
    )
    .all(lastId) as {
    id: number;
    at: string;
    actor: string;
    action: string;
    clientId: number | null;
  }[];
  expect(added.map((e) => e.action)).toEqual(expected.map((e) => e.action));
  added.forEach((event, i) => {
    const want = expected[i]!;
    if (want.clientId !== undefined) expect(event.clientId, event.action).toBe(want.clientId);
    expect(event.actor, event.action).toBe(want.actor ?? 'counselor');
    // A refused attempt keeps the time it happened, though it is written with a later change.
    if (want.earlier) expect(event.at < clock.now().toISOString(), event.action).toBe(true);
    else expect(event.at, event.action).toBe(clock.now().toISOString());
    seen.add(event.action);
  });
  lastId = Math.max(lastId, ...added.map((e) => e.id));
}

test('every audited action writes exactly its own event', async () => {
  const { recoveryKey } = await a.call('vault.setup', { passphrase: PASSPHRASE });
  lastId = (await a.call('audit.list', {})).events[0]!.id;
  seen.add('vault.setup');

  await expectAudit([{ action: 'settings.practice_updated' }], () => usePractice(a));
  await expectAudit([{ action: 'settings.security_updated' }], () =>
    a.call('settings.saveSecurity', { autoLockMinutes: 15 }),
  );
  const { schedule } = await a.call('settings.get');
  await expectAudit([{ action: 'settings.schedule_updated' }], () =>
    a.call('settings.saveSchedule', { ...schedule, lateCancelHours: 48 }),
  );
  await expectAudit([{ action: 'settings.plans_updated' }], () =>
    a.call('settings.savePlans', { reviewDays: 60 }),
  );
  await expectAudit([{ action: 'settings.notes_updated' }], () =>
    a.call('settings.saveNotes', { defaultTemplate: 'dap' }),
  );
  await expectAudit([{ action: 'settings.pin_changed' }], () =>
    a.call('settings.setClientViewPin', { pin: '1234' }),
  );

  let id = 0;
  await expectAudit([{ action: 'client.created' }], async () => {
    id = (await a.call('clients.create', clientInput())).id;
  });
  await expectAudit([{ action: 'client.viewed', clientId: id }], () =>
    a.call('clients.get', { id }),
  );
  const { status: _s, ...fields } = clientInput({ preferredName: 'Ro' });
  await expectAudit([{ action: 'client.updated', clientId: id }], () =>
    a.call('clients.update', { ...fields, id }),
  );
  await expectAudit([{ action: 'client.discharged', clientId: id }], () =>
    a.call('clients.discharge', { id, dischargedOn: '2026-03-01', reason: 'Moved' }),
  );
  await expectAudit([{ action: 'client.reactivated', clientId: id }], () =>
    a.call('clients.reactivate', { id, status: 'active' }),
  );
  await expectAudit([{ action: 'client.insurance_updated', clientId: id }], () =>
    a.call('clients.saveInsurance', { clientId: id, insurance: { kind: 'self_pay' } }),
  );
  await expectAudit([{ action: 'client.diagnoses_updated', clientId: id }], () =>
    a.call('clients.setDiagnoses', {
      clientId: id,
      diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-01-01' }],
    }),
  );
  let consentId = 0;
  await expectAudit([{ action: 'consent.signed', clientId: id }], async () => {
    const c = await a.call('consents.record', {
      clientId: id,
      kind: 'telehealth',
      text: 'Telehealth consent',
      signedOn: '2026-01-01',
      signature: { kind: 'typed', name: 'Rowan Testwood' },
      release: null,
    });
    consentId = c.consents[0]!.id;
  });
  await expectAudit([{ action: 'consent.revoked', clientId: id }], () =>
    a.call('consents.revoke', { id: consentId, revokedOn: '2026-02-01', reason: '' }),
  );
  await expectAudit([{ action: 'clients.imported', clientId: null }], () =>
    a.call('clients.importCommit', { csv: 'first name,last name\nAda,Lovelace\n' }),
  );
  await expectAudit([{ action: 'clients.exported', clientId: null }], () =>
    a.call('clients.exportCsv', { status: 'all' }),
  );

  const { services } = await a.call('services.list');
  await expectAudit([{ action: 'service.saved' }], () =>
    a.call('services.save', { ...services[0]!, feeCents: 210_00 }),
  );
  let sessionId = 0;
  await expectAudit([{ action: 'appointment.created', clientId: id }], async () => {
    sessionId = (
      await a.call('schedule.create', {
        clientId: id,
        serviceId: await serviceId(a, '90834'),
        date: '2026-03-02',
        time: '10:00',
        durationMin: 50,
        location: 'office',
        memo: '',
      })
    ).appointments[0]!.id;
  });
  await expectAudit([{ action: 'appointment.updated', clientId: id }], () =>
    a.call('schedule.update', { id: sessionId, changes: { time: '11:00' } }),
  );
  await expectAudit([{ action: 'appointment.status_changed', clientId: id }], () =>
    a.call('schedule.setStatus', { id: sessionId, status: 'no_show' }),
  );
  const fee = (await a.call('schedule.range', { from: '2026-03-02', to: '2026-03-02' }))
    .appointments[0]!.fee!;
  await expectAudit([{ action: 'fee.waived', clientId: id }], () =>
    a.call('fees.waive', { id: fee.id, reason: 'Courtesy' }),
  );
  await a.call('schedule.setStatus', { id: sessionId, status: 'attended' });
  lastId = (await a.call('audit.list', {})).events[0]!.id;
  await expectAudit([{ action: 'charge.posted', clientId: id }], () =>
    a.call('billing.postSession', { appointmentId: sessionId }),
  );
  const payment = {
    clientId: id,
    receivedOn: '2026-03-03',
    method: 'cash' as const,
    reference: '',
    from: 'client' as const,
  };
  await expectAudit([{ action: 'payment.recorded', clientId: id }], () =>
    a.call('billing.recordPayment', { ...payment, amountCents: 150_00 }),
  );
  await expectAudit([{ action: 'refund.recorded', clientId: id }], () =>
    a.call('billing.refund', {
      clientId: id,
      amountCents: 10_00,
      method: 'cash',
      reference: '',
      on: '2026-03-03',
    }),
  );
  await expectAudit([{ action: 'adjustment.recorded', clientId: id }], () =>
    a.call('billing.adjust', {
      clientId: id,
      chargeId: null,
      kind: 'adjustment',
      amountCents: 5_00,
      reason: 'Courtesy',
      on: '2026-03-03',
    }),
  );
  const second = (
    await a.call('schedule.create', {
      clientId: id,
      serviceId: await serviceId(a, '90832'),
      date: '2026-03-02',
      time: '14:00',
      durationMin: 30,
      location: 'office',
      memo: '',
    })
  ).appointments[0]!.id;
  await a.call('schedule.setStatus', { id: second, status: 'attended' });
  await a.call('billing.postSession', { appointmentId: second });
  lastId = (await a.call('audit.list', {})).events[0]!.id;
  await expectAudit([{ action: 'credit.applied', clientId: id }], () =>
    a.call('billing.applyCredit', { clientId: id }),
  );
  await expectAudit([{ action: 'settings.billing_updated' }], () =>
    a.call('billing.saveSettings', { requireSignedNote: false }),
  );
  await expectAudit([{ action: 'fee.arrangement_set', clientId: id }], () =>
    a.call('billing.setFeeArrangement', {
      clientId: id,
      kind: 'sliding',
      discountBp: 2500,
      reason: 'Reduced income',
      effectiveFrom: '2026-03-01',
    }),
  );
  await expectAudit([{ action: 'report.exported' }], () =>
    a.call('reports.exportCsv', { report: 'yearEnd', year: 2026 }),
  );
  await expectAudit([{ action: 'day.closed' }], () =>
    a.call('billing.closeDay', { day: '2026-03-02' }),
  );

  // Documents and claims need the practice's billing identity.
  const { practice } = await a.call('settings.get');
  await expectAudit([{ action: 'settings.practice_updated' }], () =>
    a.call('settings.savePractice', {
      ...practice,
      counselorName: 'Dana Whitfield',
      credentials: 'LMHC',
      npi: '1234567893',
      taxId: '12-3456789',
      address: {
        line1: '18 Cedar Lane',
        line2: '',
        city: 'Evanston',
        region: 'IL',
        postalCode: '60201-1234',
      },
    }),
  );
  await expectAudit([{ action: 'document.exported', clientId: id }], () =>
    a.call('documents.invoice', { clientId: id, from: '2026-03-01', to: '2026-03-31' }),
  );
  let estimateId = 0;
  await expectAudit([{ action: 'estimate.created', clientId: id }], async () => {
    estimateId = (
      await a.call('estimates.create', {
        clientId: id,
        issuedOn: '2026-03-03',
        primaryService: 'Individual counseling',
        expectedDate: '2026-03-10',
        items: [
          { serviceCode: '90834', label: 'Therapy session', quantity: 10, unitCents: 130_00 },
        ],
        diagnosisCodes: [],
        separateScheduling: '',
        periodEnd: '2026-12-31',
      })
    ).id;
  });
  await expectAudit([{ action: 'estimate.exported', clientId: id }], () =>
    a.call('estimates.exportPdf', { id: estimateId }),
  );

  // An insured client with a diagnosis and two sessions billed to the insurer.
  const insured = (await a.call('clients.create', clientInput({ legalFirstName: 'Ira' }))).id;
  await a.call('clients.saveInsurance', {
    clientId: insured,
    insurance: {
      kind: 'insurance',
      payerName: 'Acme Health',
      payerId: '60054',
      memberId: 'XJH123456',
      groupNumber: 'G-77',
      subscriber: null,
      copayCents: 20_00,
      coinsuranceBp: 0,
    },
  });
  await a.call('clients.setDiagnoses', {
    clientId: insured,
    diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-02-01' }],
  });
  const insuredCharges: number[] = [];
  for (const time of ['09:00', '11:00']) {
    const [s] = (
      await a.call('schedule.create', {
        clientId: insured,
        serviceId: await serviceId(a, '90834'),
        date: '2026-03-03',
        time,
        durationMin: 50,
        location: 'office',
        memo: '',
      })
    ).appointments;
    await a.call('schedule.setStatus', { id: s!.id, status: 'attended' });
    const ledger = await a.call('billing.postSession', { appointmentId: s!.id });
    insuredCharges.push(ledger.openCharges.at(-1)!.id);
  }
  lastId = (await a.call('audit.list', {})).events[0]!.id;
  await expectAudit([{ action: 'settings.claims_updated' }], () =>
    a.call('claims.saveSettings', CLAIM_SETTINGS),
  );
  let claimId = 0;
  await expectAudit([{ action: 'claim.created', clientId: insured }], async () => {
    claimId = (await a.call('claims.create', { chargeIds: [insuredCharges[0]!] })).claims[0]!.id;
  });
  await expectAudit([{ action: 'claim.form_saved', clientId: insured }], () =>
    a.call('claims.cms1500Pdf', { claimId }),
  );
  await expectAudit([{ action: 'claim.exported' }], () =>
    a.call('claims.exportX12', { claimIds: [claimId] }),
  );
  await expectAudit([{ action: 'claim.payment_posted', clientId: insured }], () =>
    a.call('claims.postPayment', {
      claimId,
      receivedOn: '2026-03-03',
      amountCents: 90_00,
      reference: 'EFT 1',
      method: 'transfer',
    }),
  );
  const denied = (await a.call('claims.create', { chargeIds: [insuredCharges[1]!] })).claims[0]!.id;
  lastId = (await a.call('audit.list', {})).events[0]!.id;
  await expectAudit([{ action: 'claim.status_changed', clientId: insured }], () =>
    a.call('claims.setStatus', { id: denied, status: 'denied', note: 'CO-50' }),
  );
  let offId = 0;
  await expectAudit([{ action: 'time_off.created' }], async () => {
    offId = (
      await a.call('timeOff.create', {
        startDate: '2026-03-05',
        startTime: '09:00',
        endDate: '2026-03-05',
        endTime: '10:00',
        label: '',
      })
    ).id;
  });
  await expectAudit([{ action: 'time_off.deleted' }], () =>
    a.call('timeOff.delete', { id: offId }),
  );
  await expectAudit([{ action: 'schedule.exported' }], () =>
    a.call('schedule.exportIcs', { from: '2026-03-01', to: '2026-03-31' }),
  );

  let versionId = 0;
  await expectAudit([{ action: 'plan.saved', clientId: id }], async () => {
    versionId = (
      await a.call('plans.save', { clientId: id, baseVersionId: null, content: draftPlan() })
    ).id;
  });
  await expectAudit([{ action: 'plan.viewed', clientId: id }], () =>
    a.call('plans.get', { clientId: id }),
  );
  await expectAudit([{ action: 'plan.signed', clientId: id }], () =>
    a.call('plans.sign', {
      versionId,
      signer: 'counselor',
      signature: { kind: 'typed', name: 'Counselor' },
    }),
  );
  await expectAudit([{ action: 'plan.compared', clientId: id }], () =>
    a.call('plans.diff', { fromVersionId: versionId, toVersionId: versionId }),
  );
  await expectAudit([{ action: 'plan.reviewed', clientId: id }], () =>
    a.call('plans.review', {
      clientId: id,
      reviewedOn: '2026-03-03',
      summary: 'Fine',
      nextReviewOn: '2026-06-01',
      ratings: [],
    }),
  );
  await expectAudit([{ action: 'objective.rated', clientId: id }], () =>
    a.call('plans.rate', {
      clientId: id,
      objectiveId: 'objective-sleep',
      rater: 'counselor',
      rating: 5,
      ratedOn: '2026-03-03',
    }),
  );
  await expectAudit([{ action: 'plan.exported', clientId: id }], () =>
    a.call('plans.exportPdf', { versionId }),
  );
  await expectAudit([{ action: 'measure.recorded', clientId: id }], () =>
    a.call('measures.record', {
      clientId: id,
      givenOn: '2026-03-03',
      form: { kind: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0], difficulty: 0 },
    }),
  );
  await expectAudit([{ action: 'measures.viewed', clientId: id }], () =>
    a.call('measures.list', { clientId: id }),
  );
  const [resource] = (await a.call('resources.list', {})).resources;
  await expectAudit([{ action: 'resource.saved' }], () =>
    a.call('resources.save', {
      id: null,
      title: 'Sheet',
      body: 'Text',
      benefits: '',
      drawbacks: '',
      asks: '',
      tags: [],
    }),
  );
  await expectAudit([{ action: 'resource.shared', clientId: id }], () =>
    a.call('resources.share', {
      resourceId: resource!.id,
      clientId: id,
      sharedOn: '2026-03-03',
      method: 'discussed',
    }),
  );
  await expectAudit([{ action: 'resource.exported', clientId: null }], () =>
    a.call('resources.exportPdf', { resourceId: resource!.id, clientId: null }),
  );

  await expectAudit([{ action: 'clientview.entered', clientId: id }], () =>
    a.call('clientView.enter', { clientId: id }),
  );
  await expectAudit([{ action: 'objective.rated', clientId: id, actor: 'client' }], () =>
    a.call('clientView.rate', { objectiveId: 'objective-sleep', rating: 6 }),
  );
  // A wrong PIN changes nothing at once; it is recorded with the next write, here the exit.
  await expectAudit([], () => rejection(() => a.call('clientView.exit', { pin: '9999' })));
  await expectAudit(
    [
      { action: 'clientview.exit_failed', clientId: id, earlier: true },
      { action: 'clientview.exited', clientId: id },
    ],
    () => a.call('clientView.exit', { pin: '1234' }),
  );

  let noteId = 0;
  await expectAudit([{ action: 'note.created', clientId: id }], async () => {
    noteId = (await a.call('notes.create', { appointmentId: sessionId })).id;
  });
  await expectAudit([{ action: 'note.saved', clientId: id }], () =>
    a.call('notes.save', { id: noteId, fields: { data: 'Seen.' }, objectives: [], risk: null }),
  );
  await expectAudit([{ action: 'note.viewed', clientId: id }], () =>
    a.call('notes.get', { id: noteId }),
  );
  await expectAudit([{ action: 'note.signed', clientId: id }], () =>
    a.call('notes.sign', { id: noteId, pin: '1234' }),
  );
  await expectAudit([{ action: 'note.addendum', clientId: id }], () =>
    a.call('notes.addendum', { noteId, text: 'More', pin: '1234' }),
  );
  await expectAudit([{ action: 'note.exported', clientId: id }], () =>
    a.call('notes.exportPdf', { noteId, clientId: null }),
  );

  await expectAudit([{ action: 'settings.backup_updated' }], () => a.call('backup.chooseFolder'));
  await expectAudit([{ action: 'backup.made' }], () => a.call('backup.now'));
  const [backup] = (await a.call('backup.state')).backups;
  // The restored database carries the trail as it was at the backup, then the restore event.
  await a.call('backup.restore', { name: backup!.name });
  const restored = await a.call('audit.list', { pageSize: 1 });
  expect(restored.events[0]?.action).toBe('backup.restored');
  seen.add('backup.restored');
  lastId = restored.events[0]!.id;
  await expectAudit([{ action: 'data.exported' }], () => a.call('data.exportAll'));
  await expectAudit([{ action: 'audit.verified' }], () => a.call('audit.verify'));

  await expectAudit([{ action: 'vault.passphrase_changed' }], () =>
    a.call('vault.changePassphrase', {
      currentPassphrase: PASSPHRASE,
      newPassphrase: 'a brand new passphrase',
    }),
  );
  clock.advance(60_000);
  await a.call('vault.lock');
  await rejection(() => a.call('vault.unlock', { passphrase: 'wrong wrong wrong' }));
  await a
    .call('vault.recover', { recoveryKey: '0000', newPassphrase: 'x'.repeat(12) })
    .catch(() => undefined);
  clock.advance(60_000);
  await a.call('vault.unlock', { passphrase: 'a brand new passphrase' });
  const tail = (await a.call('audit.list', { pageSize: 6 })).events
    .reverse()
    .filter((e) => e.id > lastId);
  expect(tail.map((e) => e.action)).toEqual([
    'vault.lock',
    'vault.unlock_failed',
    'vault.unlock_failed',
    'vault.unlock',
  ]);
  for (const e of tail) seen.add(e.action);
  lastId = tail.at(-1)!.id;

  await expectAudit([{ action: 'vault.lock' }, { action: 'vault.recovered' }], () =>
    a.call('vault.recover', { recoveryKey, newPassphrase: 'recovered passphrase here' }),
  );

  // Covered elsewhere: a failing backup folder (backup tests) and an import (exchange tests).
  const untested = Object.keys(AUDIT_ACTIONS).filter((k) => !seen.has(k));
  expect(untested.sort()).toEqual(['backup.failed', 'data.imported']);
  expect((await a.call('audit.verify')).ok).toBe(true);
});

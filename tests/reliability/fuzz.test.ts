import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNELS, isChannel, type Channel } from '../../shared/contract.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { ERROR_CODES } from '../../shared/errors.ts';
import { PASSPHRASE, manualClock, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';
import { RELIABILITY_SCALE, recordFigures } from './scale.ts';

const CALLS = 1_000 * RELIABILITY_SCALE;

/** Strings that have broken other apps: SQL, FTS5 syntax, paths, markup, odd Unicode, sheer size. */
const hostileString = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE audit_events; --",
    '" OR 1=1 --',
    'NEAR(a b) AND "x" OR y* NOT z',
    'title:^foo*',
    '../../../../etc/passwd',
    '..\\..\\windows\\system32',
    '/dev/null',
    'C:\\con\\aux',
    '<script>alert(1)</script>',
    '=cmd|"/c calc"!A1',
    '\u0000',
    '\ud800',
    '\udfff\ud800',
    '\u202eevil',
    '💣'.repeat(1000),
    'x'.repeat(1_000_000),
    '__proto__',
    'constructor',
    'America/New_York',
    '2026-02-30',
    'USD',
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'),
  fc.string({ maxLength: 12 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -1, 2 ** 53, Number.NaN, Infinity, -Infinity, true, false, null, undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;

const clock = manualClock();
let a: TestApp;
let passphrase = PASSPHRASE;
let recoveryKey = '';
interface Ids {
  client: number;
  service: number;
  appointment: number;
  consent: number;
  timeOff: number;
  fee: number;
  version: number;
  resource: number;
  note: number;
  backup: string;
}
let ids: Ids;
beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  ({ recoveryKey } = await a.call('vault.setup', { passphrase }));
  await usePractice(a);
  const client = await a.call('clients.create', clientInput());
  const service = await serviceId(a, '90834');
  const booked = await a.call('schedule.create', {
    clientId: client.id,
    serviceId: service,
    date: '2026-02-23',
    time: '10:00',
    durationMin: 50,
    location: 'office',
    memo: '',
  });
  const appointment = booked.appointments[0]!.id;
  const fee = (await a.call('schedule.setStatus', { id: appointment, status: 'no_show' }))
    .appointments[0]!.fee!.id;
  const withConsent = await a.call('consents.record', {
    clientId: client.id,
    kind: 'treatment',
    text: 'Consent text',
    signedOn: '2026-02-01',
    signature: { kind: 'typed', name: 'Rowan Testwood' },
    release: null,
  });
  const timeOff = await a.call('timeOff.create', {
    startDate: '2026-03-04',
    startTime: '09:00',
    endDate: '2026-03-04',
    endTime: '12:00',
    label: 'Out',
  });
  const plan = await a.call('plans.save', {
    clientId: client.id,
    baseVersionId: null,
    content: draftPlan(),
  });
  const resource = (await a.call('resources.list', {})).resources[0]!.id;
  const note = (await a.call('notes.create', { appointmentId: appointment })).id;
  await a.call('backup.chooseFolder');
  const backup = (await a.call('backup.now')).backups[0]!.name;
  ids = {
    client: client.id,
    service,
    appointment,
    consent: withConsent.consents[0]!.id,
    timeOff: timeOff.id,
    fee,
    version: plan.id,
    resource,
    note,
    backup,
  };
});
afterAll(() => a.dispose());

/**
 * A valid input for every channel (a Record over Channel: a new channel does not compile until
 * it is fuzzed too). Mutations of these reach the handlers, not just the schema check.
 */
function validInput(channel: Channel, settings: Settings): Record<string, unknown> {
  const client = clientInput();
  const booking = {
    clientId: ids.client,
    serviceId: ids.service,
    date: '2026-03-03',
    time: '11:00',
    durationMin: 45,
    location: 'telehealth',
    memo: 'Bring the worksheet',
  };
  const inputs: Record<Channel, Record<string, unknown>> = {
    'vault.status': {},
    'vault.setup': { passphrase },
    'vault.unlock': { passphrase },
    'vault.lock': {},
    'vault.changePassphrase': { currentPassphrase: passphrase, newPassphrase: passphrase },
    'vault.recover': { recoveryKey, newPassphrase: passphrase },
    'settings.get': {},
    'settings.savePractice': settings.practice,
    'settings.saveSecurity': { autoLockMinutes: 10 },
    'settings.saveSchedule': settings.schedule,
    'audit.list': {
      from: '2026-01-01',
      to: '2026-12-31',
      action: 'vault.unlock',
      page: 1,
      pageSize: 20,
    },
    'audit.verify': {},
    'clients.list': { query: 'row', status: 'all', limit: 10, offset: 0 },
    'clients.get': { id: ids.client },
    'clients.create': client,
    'clients.update': { ...client, status: undefined, id: ids.client },
    'clients.discharge': { id: ids.client, dischargedOn: '2026-03-01', reason: 'Finished' },
    'clients.reactivate': { id: ids.client, status: 'active' },
    'clients.saveInsurance': { clientId: ids.client, insurance: { kind: 'self_pay' } },
    'clients.setDiagnoses': {
      clientId: ids.client,
      diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-01-02' }],
    },
    'clients.importPreview': { csv: 'first name,last name\nAda,Lovelace\n', mapping: null },
    'clients.importCommit': { csv: 'first name,last name\nAda,Lovelace\n', mapping: null },
    'clients.exportCsv': { status: 'all' },
    'consents.record': {
      clientId: ids.client,
      kind: 'telehealth',
      text: 'Telehealth consent',
      signedOn: '2026-02-02',
      signature: { kind: 'typed', name: 'Rowan Testwood' },
      release: null,
    },
    'consents.revoke': { id: ids.consent, revokedOn: '2026-03-01', reason: 'Changed mind' },
    'diagnoses.search': { query: 'anx' },
    'services.list': { includeInactive: true },
    'services.save': {
      id: null,
      code: '90899',
      label: 'Other session',
      defaultMinutes: 30,
      feeCents: 5000,
      placeOfService: '11',
      modifiers: [],
      isAddOn: false,
      active: false,
    },
    'schedule.range': { from: '2026-03-01', to: '2026-03-31' },
    'schedule.forClient': { clientId: ids.client },
    'schedule.create': {
      ...booking,
      recurrence: { freq: 'weekly', interval: 2, end: { count: 3 } },
      allowConflicts: true,
    },
    'schedule.update': {
      id: ids.appointment,
      scope: 'this',
      changes: { time: '12:00' },
      allowConflicts: true,
    },
    'schedule.setStatus': { id: ids.appointment, status: 'no_show', scope: 'this' },
    'schedule.exportIcs': { from: '2026-03-01', to: '2026-03-31' },
    'timeOff.create': {
      startDate: '2026-03-05',
      startTime: '09:00',
      endDate: '2026-03-05',
      endTime: '10:00',
      label: 'Errand',
    },
    'timeOff.delete': { id: ids.timeOff },
    'fees.waive': { id: ids.fee, reason: 'Courtesy' },
    'today.get': { date: '2026-03-02' },
    'settings.savePlans': { reviewDays: 60 },
    'settings.setClientViewPin': { pin: '1357' },
    'plans.get': { clientId: ids.client },
    'plans.version': { id: ids.version },
    'plans.save': { clientId: ids.client, baseVersionId: ids.version, content: draftPlan() },
    'plans.sign': {
      versionId: ids.version,
      signer: 'client',
      signature: { kind: 'typed', name: 'Rowan Testwood' },
    },
    'plans.diff': { fromVersionId: ids.version, toVersionId: ids.version },
    'plans.review': {
      clientId: ids.client,
      reviewedOn: '2026-03-01',
      summary: 'Going well',
      nextReviewOn: '2026-06-01',
      ratings: [{ objectiveId: 'objective-sleep', rater: 'client', rating: 5 }],
    },
    'plans.rate': {
      clientId: ids.client,
      objectiveId: 'objective-sleep',
      rater: 'counselor',
      rating: 6,
      ratedOn: '2026-03-01',
    },
    'plans.exportPdf': {
      versionId: ids.version,
      includeDiagnoses: false,
      includeCounselorNotes: false,
    },
    'plans.dueReviews': {},
    'measures.record': {
      clientId: ids.client,
      givenOn: '2026-03-01',
      appointmentId: null,
      form: { kind: 'gad7', answers: [1, 2, 0, 1, 3, 0, 1], difficulty: 2 },
    },
    'measures.list': { clientId: ids.client },
    'resources.list': { query: 'therapy', tag: null },
    'resources.get': { id: ids.resource },
    'resources.save': {
      id: null,
      title: 'Grounding',
      body: 'Name five things you can see.',
      benefits: '',
      drawbacks: '',
      asks: '',
      tags: ['skills'],
    },
    'resources.share': {
      resourceId: ids.resource,
      clientId: ids.client,
      sharedOn: '2026-03-01',
      method: 'discussed',
    },
    'resources.shares': { clientId: ids.client },
    'resources.exportPdf': { resourceId: ids.resource, clientId: ids.client },
    'settings.saveNotes': { defaultTemplate: 'dap' },
    'notes.forSession': { appointmentId: ids.appointment },
    'notes.create': { appointmentId: ids.appointment, template: 'birp' },
    'notes.get': { id: ids.note },
    'notes.save': {
      id: ids.note,
      fields: { subjective: 'Talked about the week' },
      objectives: [{ objectiveId: 'objective-sleep', comment: 'Better' }],
      risk: null,
    },
    'notes.sign': { id: ids.note, passphrase },
    'notes.addendum': { noteId: ids.note, text: 'Later correction', passphrase },
    'notes.list': { clientId: ids.client, query: 'week' },
    'notes.unsigned': {},
    'notes.exportPdf': { noteId: ids.note, clientId: null },
    'backup.state': {},
    'backup.chooseFolder': {},
    'backup.setDaily': { daily: false },
    'backup.now': {},
    'backup.restore': { name: ids.backup },
    'data.exportAll': {},
    'data.importAll': {},
    'billing.ledger': { clientId: ids.client },
    'billing.postSession': { appointmentId: ids.appointment, responsible: 'client' },
    'billing.postFee': { feeId: ids.fee },
    'billing.recordPayment': {
      clientId: ids.client,
      receivedOn: '2026-03-01',
      method: 'cash',
      reference: '',
      from: 'client',
      amountCents: 50_00,
      chargeIds: [],
    },
    'billing.adjust': {
      clientId: ids.client,
      chargeId: null,
      kind: 'write_off',
      amountCents: 10_00,
      reason: 'Courtesy',
      on: '2026-03-01',
    },
    'billing.refund': {
      clientId: ids.client,
      amountCents: 5_00,
      method: 'cash',
      reference: '',
      on: '2026-03-02',
    },
    'billing.applyCredit': { clientId: ids.client },
    'billing.setFeeArrangement': {
      clientId: ids.client,
      kind: 'sliding',
      discountBp: 4000,
      reason: 'Reduced income',
      effectiveFrom: '2026-02-01',
    },
    'billing.endOfDay': { day: '2026-02-23' },
    'reports.aging': { asOf: '2026-03-31', by: 'client' },
    'reports.income': { from: '2026-01-01', to: '2026-03-31', by: 'service' },
    'reports.yearEnd': { year: 2026 },
    'reports.exportCsv': { report: 'aging', asOf: '2026-03-31', by: 'payer' },
    'billing.postDay': { day: '2026-02-23' },
    'billing.closeDay': { day: '2026-02-23' },
    'billing.saveSettings': { requireSignedNote: true },
    'sample.status': {},
    'sample.openDemo': {},
    'documents.invoice': { clientId: ids.client, from: '2026-02-01', to: '2026-02-28' },
    'documents.statement': { clientId: ids.client, month: '2026-02' },
    'documents.superbill': { clientId: ids.client, from: '2026-02-01', to: '2026-02-28' },
    'documents.forDay': { day: '2026-02-23', kind: 'auto' },
    'estimates.create': {
      clientId: ids.client,
      issuedOn: '2026-02-01',
      primaryService: 'Individual counseling',
      expectedDate: '2026-02-23',
      items: [{ serviceCode: '90834', label: 'Therapy session', quantity: 10, unitCents: 130_00 }],
      diagnosisCodes: ['F41.1'],
      separateScheduling: '',
      periodEnd: '2026-12-31',
    },
    'estimates.list': { clientId: ids.client },
    'estimates.exportPdf': { id: 1 },
    'estimates.warnings': { day: '2026-02-23' },
    'claims.settings': {},
    'claims.saveSettings': {
      submitterId: 'SUB123',
      submitterName: 'Test Practice',
      contactName: 'Jordan Lee',
      contactPhone: '555-010-4000',
      receiverId: 'CLEARHOUSE',
      receiverName: 'Example Clearinghouse',
      taxonomyCode: '101YP2500X',
      placeOfService: '11',
      acceptAssignment: true,
      signatureOnFile: true,
      fileUse: 'test',
    },
    'claims.candidates': {},
    'claims.create': { chargeIds: [1] },
    'claims.list': { status: 'ready' },
    'claims.setStatus': { id: 1, status: 'denied', note: 'Not covered' },
    'claims.postPayment': {
      claimId: 1,
      receivedOn: '2026-03-03',
      amountCents: 80_00,
      reference: 'EFT-1',
      method: 'transfer',
      adjustmentCents: 10_00,
      adjustmentReason: 'Contractual adjustment',
    },
    'claims.exportX12': { claimIds: [1] },
    'claims.cms1500Pdf': { claimId: 1 },
    'clientView.enter': { clientId: ids.client },
    'clientView.get': {},
    'clientView.saveWords': { target: { kind: 'goal', itemId: null }, text: 'Feel steady' },
    'clientView.decide': {
      interventionId: 'option-cbt',
      decision: 'chosen',
      reason: 'Sounds useful',
    },
    'clientView.rate': { objectiveId: 'objective-sleep', rating: 7 },
    'clientView.measure': {
      form: { kind: 'phq9', answers: [0, 1, 0, 1, 0, 1, 0, 1, 0], difficulty: 0 },
    },
    'clientView.sign': { signature: { kind: 'typed', name: 'Rowan Testwood' } },
    'clientView.exit': { passphrase },
    'clientView.status': {},
  };
  return inputs[channel];
}

type Mutation =
  | { kind: 'valid' }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'drop'; pick: number }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'valid' as const }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostileString }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant('whole' as const), value: hostileValue }),
);

function mutate(valid: Record<string, unknown>, m: Mutation): unknown {
  const keys = Object.keys(valid);
  const key = keys.length ? keys[('pick' in m ? m.pick : 0) % keys.length] : undefined;
  switch (m.kind) {
    case 'valid':
      return valid;
    case 'replace':
      return key ? { ...valid, [key]: m.value } : { value: m.value };
    case 'drop':
      return Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
    case 'add':
      return Object.defineProperty({ ...valid }, m.key, { value: m.value, enumerable: true });
    case 'whole':
      return m.value;
  }
}

const channelName = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...CHANNELS) },
  { weight: 1, arbitrary: fc.oneof(hostileString, fc.constantFrom('vault.drop', 'settings', '')) },
);

test(`${CALLS} hostile calls across every channel: structured answers, and refusals change nothing`, async () => {
  const counts = { ok: 0, refused: 0 };
  const codes: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(channelName, mutation, async (channel, m) => {
      // Keep the vault unlocked so every channel is exercised past the lock check.
      if (!a.vault.isUnlocked) {
        clock.advance(3_600_000); // past any backoff the fuzzer caused
        await a.call('vault.unlock', { passphrase });
      }
      // And Client view closed, so the next call is not refused before it reaches its handler.
      if ((await a.call('clientView.status')).clientId !== null) {
        clock.advance(3_600_000);
        await a.call('clientView.exit', { passphrase });
      }
      const settings = await a.call('settings.get');
      const value = isChannel(channel) ? mutate(validInput(channel, settings), m) : mutate({}, m);
      const before = contentHash(a.vault.handle);
      const result = await a.dispatch(channel, value);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) {
        counts.ok++;
        const next = (value as { newPassphrase?: string }).newPassphrase;
        if (channel === 'vault.changePassphrase' || channel === 'vault.recover')
          passphrase = next ?? passphrase;
        return;
      }
      counts.refused++;
      codes[result.error.code] = (codes[result.error.code] ?? 0) + 1;
      expect(ERROR_CODES).toContain(result.error.code);
      expect(result.error.code).not.toBe('INTERNAL');
      expect(typeof result.error.message).toBe('string');
      if (a.vault.isUnlocked) expect(contentHash(a.vault.handle)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: CALLS, seed: Number(process.env.ACCORD_FUZZ_SEED ?? 20261129) },
  );
  // The mix reaches the handlers: refusals come from the rules behind the schemas too.
  expect(Object.keys(codes)).toEqual(expect.arrayContaining(['VALIDATION', 'CONFLICT']));
  expect(counts.ok).toBeGreaterThan(CALLS / 10);
  expect(counts.refused).toBeGreaterThan(CALLS / 4);
});

/**
 * Figures for the reliability summary (scripts/reliability-summary.mjs): every hostile call is
 * counted, and a crash is a call whose failure escaped dispatch or came back INTERNAL. Counted
 * around dispatch, so a failing run still reports what it saw.
 */
const fuzzFigures = { calls: 0, crashes: 0 };
beforeAll(() => {
  const dispatch = a.dispatch;
  a.dispatch = async (channel, input) => {
    fuzzFigures.calls++;
    try {
      const result = await dispatch(channel, input);
      if (!result.ok && result.error.code === 'INTERNAL') fuzzFigures.crashes++;
      return result;
    } catch (error) {
      fuzzFigures.crashes++;
      throw error;
    }
  };
});
// Runs before the dispose above (after-hooks run in reverse order): the trail is verified whole.
afterAll(async () => {
  clock.advance(3_600_000);
  if (!a.vault.isUnlocked) await a.call('vault.unlock', { passphrase });
  if ((await a.call('clientView.status')).clientId !== null)
    await a.call('clientView.exit', { passphrase });
  const audit = await a.call('audit.verify');
  recordFigures('fuzz', {
    ...fuzzFigures,
    auditRowsVerified: audit.checked,
    auditIntact: audit.ok,
  });
});

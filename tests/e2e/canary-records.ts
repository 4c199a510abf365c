import type { AccordClient } from '../../shared/api.ts';
import { addDays } from '../../shared/dates.ts';
import type { PlanContent } from '../../shared/domain/plans.ts';
import { draftPlan } from '../support/plans.ts';
import { CLAIM_SETTINGS, clientInput } from '../support/fixtures.ts';
import { PASSPHRASE } from './steps.ts';

/**
 * The canary scenario's records, made through the core: every kind of record Accord keeps, each
 * free-text field carrying a canary (see tests/support/canary.ts).
 */
export interface Seed {
  call: AccordClient;
  canary: (kind: string) => string;
  /** The practice's today (YYYY-MM-DD). */
  today: string;
  /** The client made through the new-client form. */
  clientId: number;
}

/** A one-page PDF whose text is a canary (a counselor's own handout, attached to a resource). */
const canaryPdf = (canary: Seed['canary']) =>
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    `% ${canary('Attachment')}`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');

/** Every free-text part of a plan carries a canary; ids and choices stay as they are. */
function canaryPlan({ canary, today }: Seed): PlanContent {
  const plan = draftPlan(addDays(today, 90));
  const words = (kind: string) => `${kind} words ${canary(kind)}`;
  return {
    ...plan,
    concerns: plan.concerns.map((c) => ({
      ...c,
      clientWords: words('Concern'),
      clinical: words('Clinical'),
    })),
    goals: plan.goals.map((g) => ({
      ...g,
      clientWords: words('Goal'),
      clinical: words('GoalClinical'),
      objectives: g.objectives.map((o) => ({
        ...o,
        clientWords: words('Objective'),
        description: words('ObjectiveText'),
      })),
    })),
    interventions: plan.interventions.map((i) => ({ ...i, benefits: words('Benefits') })),
    strengths: plan.strengths.map((s) => ({ ...s, text: words('Strength') })),
    preferences: { ...plan.preferences, helps: words('Helps') },
    counselorNotes: words('PlanNotes'),
  };
}

/** Insurance, consents, sessions, time off, a plan, a measure, a resource, a note, money. */
export async function seedRecords(seed: Seed) {
  const { call, canary, today, clientId } = seed;
  // A second client, self-pay, for the lists, the CSV and a Good Faith Estimate.
  const selfPayId = (
    await call(
      'clients.create',
      clientInput({ legalFirstName: canary('Second'), legalLastName: canary('SecondLast') }),
    )
  ).id;
  await call('clients.saveInsurance', {
    clientId,
    insurance: {
      kind: 'insurance',
      payerName: canary('Payer'),
      payerId: '60054',
      memberId: canary('Member'),
      groupNumber: canary('Group'),
      subscriber: {
        relationship: 'spouse',
        name: canary('Subscriber'),
        dateOfBirth: '1985-02-03',
      },
      copayCents: 20_00,
      coinsuranceBp: 0,
    },
  });
  await call('clients.setDiagnoses', {
    clientId,
    diagnoses: [{ code: 'F41.1', diagnosedOn: addDays(today, -30) }],
  });
  await call('consents.record', {
    clientId,
    kind: 'treatment',
    text: `I consent to counseling. ${canary('Consent')}`,
    signedOn: addDays(today, -30),
    signature: { kind: 'typed', name: canary('Signature') },
    release: null,
  });
  await call('consents.record', {
    clientId,
    kind: 'release',
    text: `Release. ${canary('ReleaseText')}`,
    signedOn: addDays(today, -30),
    signature: { kind: 'typed', name: canary('Signature') },
    release: { to: canary('ReleaseTo'), what: canary('ReleaseWhat'), until: addDays(today, 300) },
  });

  const { services } = await call('services.list', {});
  const booked = await call('schedule.create', {
    clientId,
    serviceId: services.find((s) => s.code === '90834')!.id,
    date: addDays(today, -1),
    time: '10:00',
    durationMin: 45,
    location: 'office',
    memo: canary('Memo'),
    allowConflicts: true,
  });
  const sessionId = booked.appointments[0]!.id;
  await call('schedule.setStatus', { id: sessionId, status: 'attended' });
  await call('schedule.create', {
    clientId,
    serviceId: services.find((s) => s.code === '90834')!.id,
    date: addDays(today, 2),
    time: '11:00',
    durationMin: 45,
    location: 'telehealth',
    memo: canary('NextMemo'),
    allowConflicts: true,
  });
  await call('timeOff.create', {
    startDate: addDays(today, 5),
    startTime: '09:00',
    endDate: addDays(today, 5),
    endTime: '12:00',
    label: canary('TimeOff'),
  });

  const plan = await call('plans.save', {
    clientId,
    baseVersionId: null,
    content: canaryPlan(seed),
  });
  await call('plans.sign', {
    versionId: plan.id,
    signer: 'client',
    signature: { kind: 'typed', name: canary('PlanSignature') },
  });
  await call('plans.review', {
    clientId,
    reviewedOn: today,
    summary: canary('Review'),
    nextReviewOn: addDays(today, 90),
    ratings: [{ objectiveId: 'objective-sleep', rater: 'client', rating: 5 }],
  });
  await call('measures.record', {
    clientId,
    givenOn: today,
    appointmentId: null,
    form: { kind: 'gad7', answers: [1, 2, 0, 1, 3, 0, 1], difficulty: 2 },
  });

  const resourceId = (
    await call('resources.save', {
      id: null,
      title: canary('Resource'),
      body: `Name five things you can see. ${canary('ResourceBody')}`,
      benefits: canary('ResourceBenefits'),
      drawbacks: '',
      asks: '',
      tags: ['skills'],
      attachment: {
        name: `${canary('Attachment')}.pdf`,
        base64: Buffer.from(canaryPdf(canary)).toString('base64'),
      },
    })
  ).id;
  await call('resources.share', { resourceId, clientId, sharedOn: today, method: 'discussed' });

  const noteId = (await call('notes.create', { appointmentId: sessionId })).id;
  await call('notes.save', {
    id: noteId,
    fields: {
      subjective: canary('Subjective'),
      objective: canary('Objective'),
      assessment: canary('Assessment'),
      plan: canary('NotePlan'),
    },
    objectives: [{ objectiveId: 'objective-sleep', comment: canary('NoteObjective') }],
    risk: {
      suicidalIdeation: 'denied',
      homicidalIdeation: 'denied',
      plan: false,
      intent: false,
      safetyPlanReviewed: true,
      notes: canary('Risk'),
    },
  });
  await call('notes.sign', { id: noteId, passphrase: PASSPHRASE });
  await call('notes.addendum', { noteId, text: canary('Addendum'), passphrase: PASSPHRASE });

  await call('billing.postSession', { appointmentId: sessionId, responsible: 'client' });
  await call('billing.recordPayment', {
    clientId,
    receivedOn: today,
    method: 'check',
    reference: canary('Check'),
    from: 'client',
    amountCents: 500_00, // more than owed: a credit to refund from
    chargeIds: [],
  });
  await call('billing.adjust', {
    clientId,
    chargeId: null,
    kind: 'write_off',
    amountCents: 5_00,
    reason: canary('Adjustment'),
    on: today,
  });
  await call('billing.refund', {
    clientId,
    amountCents: 2_00,
    method: 'card',
    reference: canary('Refund'),
    on: today,
  });
  return { selfPayId, resourceId, noteId };
}

/** A Good Faith Estimate, a statement, a superbill, a claim with its payment, an aging report. */
export async function seedBilling(seed: Seed, selfPayId: number) {
  const { call, canary, today, clientId } = seed;
  await call('estimates.create', {
    clientId: selfPayId,
    issuedOn: today,
    primaryService: canary('EstimateService'),
    expectedDate: addDays(today, 7),
    items: [
      { serviceCode: '90834', label: canary('EstimateItem'), quantity: 10, unitCents: 130_00 },
    ],
    diagnosisCodes: ['F41.1'],
    separateScheduling: canary('EstimateScheduling'),
    periodEnd: addDays(today, 180),
  });
  const estimate = (await call('estimates.list', { clientId: selfPayId })).estimates[0]!;
  await call('estimates.exportPdf', { id: estimate.id });
  await call('documents.statement', { clientId, month: today.slice(0, 7) });
  await call('documents.superbill', { clientId, from: addDays(today, -7), to: today });

  await call('claims.saveSettings', CLAIM_SETTINGS);
  const { services } = await call('services.list', {});
  const [session] = (
    await call('schedule.create', {
      clientId,
      serviceId: services.find((s) => s.code === '90834')!.id,
      date: addDays(today, -1),
      time: '14:00',
      durationMin: 45,
      location: 'office',
      memo: '',
      allowConflicts: true,
    })
  ).appointments;
  await call('schedule.setStatus', { id: session!.id, status: 'attended' });
  await call('billing.postSession', { appointmentId: session!.id, responsible: 'payer' });
  const { claims } = await call('claims.create', {
    chargeIds: [await payerCharge(call, clientId)],
  });
  const claimId = claims[0]!.id;
  await call('claims.exportX12', { claimIds: [claimId] });
  await call('claims.postPayment', {
    claimId,
    receivedOn: today,
    amountCents: 80_00,
    reference: canary('Eft'),
    method: 'transfer',
    adjustmentCents: 10_00,
    adjustmentReason: canary('ClaimAdjustment'),
  });
  await call('reports.exportCsv', { report: 'aging', asOf: today, by: 'client' });
}

/** The charge billed to the payer for the client's session (the one a claim is made of). */
async function payerCharge(call: AccordClient, clientId: number): Promise<number> {
  const { lines } = await call('billing.ledger', { clientId });
  return lines.find((l) => l.kind === 'charge' && l.charge?.responsible === 'payer')!.id;
}

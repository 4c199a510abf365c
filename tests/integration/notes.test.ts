import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf.ts';
import { draftPlan } from '../support/plans.ts';

const clock = manualClock('2026-03-03T20:00:00.000Z'); // Tuesday afternoon in New York
let a: TestApp;
let clientId: number;
let sessions: number[];

beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  const { practice } = await a.call('settings.get');
  await a.call('settings.savePractice', {
    ...practice,
    counselorName: 'Jamie Rivera',
    credentials: 'LPC',
  });
  clientId = (
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Noor', legalLastName: 'Notewright' }),
    )
  ).id;
  await a.call('clients.setDiagnoses', {
    clientId,
    diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-02-01' }],
  });
  await a.call('plans.save', { clientId, baseVersionId: null, content: draftPlan() });
  const booked = await a.call('schedule.create', {
    clientId,
    serviceId: await serviceId(a, '90834'),
    date: '2026-03-02',
    time: '10:00',
    durationMin: 50,
    location: 'office',
    memo: '',
    recurrence: { freq: 'weekly', interval: 1, end: { count: 3 } },
  });
  sessions = booked.appointments.map((x) => x.id);
  await a.call('schedule.setStatus', { id: sessions[0]!, status: 'attended' });
});
afterAll(() => a.dispose());

describe('progress notes', () => {
  let noteId: number;

  test('a new note is pre-filled from its session and the client’s diagnoses', async () => {
    const note = await a.call('notes.create', { appointmentId: sessions[0]! });
    noteId = note.id;
    expect(note).toMatchObject({
      template: 'soap',
      status: 'draft',
      serviceDate: '2026-03-02',
      startAt: '2026-03-02T15:00:00.000Z',
      durationMin: 50,
      serviceCode: '90834',
      placeOfService: '11',
      diagnoses: [{ code: 'F41.1', title: 'Generalized anxiety disorder' }],
      fields: { subjective: '', objective: '', assessment: '', plan: '' },
    });
    expect((await a.call('notes.forSession', { appointmentId: sessions[0]! })).note?.id).toBe(
      noteId,
    );
  });

  test('a second note for the session, or a note for a cancelled one, is refused', async () => {
    expect(
      (await rejection(() => a.call('notes.create', { appointmentId: sessions[0]! }))).code,
    ).toBe('CONFLICT');
    await a.call('schedule.setStatus', { id: sessions[2]!, status: 'cancelled_counselor' });
    expect(
      (await rejection(() => a.call('notes.create', { appointmentId: sessions[2]! }))).code,
    ).toBe('CONFLICT');
  });

  test('autosave keeps the text, links objectives, and the plan shows the link', async () => {
    const saved = await a.call('notes.save', {
      id: noteId,
      fields: {
        subjective: 'Reports insomnia most nights; worry about deadlines.',
        objective: 'Alert, anxious affect.',
        assessment: 'Progressing toward sleep objective.',
        plan: 'Continue CBT-I skills; next session in one week.',
      },
      objectives: [{ objectiveId: 'objective-sleep', comment: 'Sleep onset down to 45 minutes.' }],
      risk: null,
    });
    expect(saved.fields.subjective).toMatch(/insomnia/);
    const plan = await a.call('plans.get', { clientId });
    expect(plan.addressedBy['objective-sleep']).toEqual([
      { noteId, serviceDate: '2026-03-02', comment: 'Sleep onset down to 45 minutes.' },
    ]);

    const before = contentHash(a.vault.handle);
    const stray = await rejection(() =>
      a.call('notes.save', { id: noteId, fields: { data: 'x' }, objectives: [], risk: null }),
    );
    expect(stray.fields).toHaveProperty(['fields.data']);
    const unknown = await rejection(() =>
      a.call('notes.save', {
        id: noteId,
        fields: {},
        objectives: [{ objectiveId: 'objective-none', comment: '' }],
        risk: null,
      }),
    );
    expect(unknown.code).toBe('VALIDATION');
    expect(contentHash(a.vault.handle)).toBe(before);
  });

  test('search finds notes by their words, through the full-text index', async () => {
    expect(
      (await a.call('notes.list', { clientId, query: 'insomn' })).notes.map((n) => n.id),
    ).toEqual([noteId]);
    expect((await a.call('notes.list', { clientId, query: 'zebra' })).notes).toEqual([]);
    expect((await a.call('notes.unsigned')).notes.map((n) => n.id)).toContain(noteId);
  });

  test('signing needs the passphrase; then the note is final everywhere', async () => {
    const wrong = await rejection(() =>
      a.call('notes.sign', { id: noteId, passphrase: 'not my passphrase' }),
    );
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect((await a.call('notes.get', { id: noteId })).status).toBe('draft');

    const signed = await a.call('notes.sign', { id: noteId, passphrase: PASSPHRASE });
    expect(signed).toMatchObject({
      status: 'signed',
      signedBy: 'Jamie Rivera, LPC',
      signedAt: '2026-03-03T20:00:00.000Z',
    });
    expect(
      (
        await rejection(() =>
          a.call('notes.save', { id: noteId, fields: {}, objectives: [], risk: null }),
        )
      ).code,
    ).toBe('CONFLICT');
    const h = a.vault.handle;
    expect(() => h.prepare(`UPDATE notes SET fields = '{}' WHERE id = ?`).run(noteId)).toThrow(
      /cannot be changed/,
    );
    expect(() => h.prepare('DELETE FROM notes WHERE id = ?').run(noteId)).toThrow(
      /cannot be deleted/,
    );
    expect((await a.call('notes.unsigned')).notes.map((n) => n.id)).not.toContain(noteId);
  });

  test('corrections are signed addenda shown under the note, and searchable', async () => {
    await a.call('settings.setClientViewPin', { pin: '8642' });
    const note = await a.call('notes.addendum', {
      noteId,
      text: 'Correction: the deadline worry is about a move.',
      pin: '8642',
    });
    expect(note.addenda).toEqual([
      expect.objectContaining({
        text: 'Correction: the deadline worry is about a move.',
        signedBy: 'Jamie Rivera, LPC',
      }),
    ]);
    expect(
      (await a.call('notes.list', { clientId, query: 'correction' })).notes.map((n) => n.id),
    ).toEqual([noteId]);
    const draft = await a.call('notes.create', { appointmentId: sessions[1]! });
    expect(
      (
        await rejection(() =>
          a.call('notes.addendum', { noteId: draft.id, text: 'x', pin: '8642' }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      (await rejection(() => a.call('notes.sign', { id: draft.id, passphrase: PASSPHRASE })))
        .message,
    ).toMatch(/empty/);
  });

  test('after a PHQ-9 with item 9 above 0, the risk assessment is required to sign', async () => {
    await a.call('measures.record', {
      clientId,
      givenOn: '2026-03-03',
      form: { kind: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], difficulty: 1 },
    });
    const { note } = await a.call('notes.forSession', { appointmentId: sessions[1]! });
    expect(note?.riskRequired).toBe(true);
    await a.call('notes.save', {
      id: note!.id,
      fields: { subjective: 'Discussed passive thoughts.' },
      objectives: [],
      risk: null,
    });
    const missing = await rejection(() =>
      a.call('notes.sign', { id: note!.id, passphrase: PASSPHRASE }),
    );
    expect(missing.fields?.risk).toBeDefined();
    await a.call('notes.save', {
      id: note!.id,
      fields: { subjective: 'Discussed passive thoughts.' },
      objectives: [],
      risk: {
        suicidalIdeation: 'passive',
        homicidalIdeation: 'denied',
        plan: false,
        intent: false,
        safetyPlanReviewed: true,
        notes: 'Safety plan reviewed and updated.',
      },
    });
    expect((await a.call('notes.sign', { id: note!.id, passphrase: PASSPHRASE })).status).toBe(
      'signed',
    );
  });

  test('notes export to PDF with their sections, addenda and signatures', async () => {
    const one = await a.call('notes.exportPdf', { noteId, clientId: null });
    const text = pdfText(join(a.exportDir, one.fileName!)).replace(/\s+/g, ' ');
    expect(text).toContain('Reports insomnia most nights');
    expect(text).toContain('Correction: the deadline worry is about a move.');
    expect(text).toContain('Jamie Rivera, LPC');
    expect(text).toContain('Fall asleep within 30 minutes: Sleep onset down to 45 minutes.');
    const all = await a.call('notes.exportPdf', { noteId: null, clientId });
    expect(all.count).toBe(2);
    expect(pdfText(join(a.exportDir, all.fileName!))).toContain('Risk assessment');
    const views = await a.call('audit.list', { action: 'note.viewed' });
    expect(views.total).toBeGreaterThan(0);
  });
});

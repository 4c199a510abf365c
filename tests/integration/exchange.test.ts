import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../electron/app/index.ts';
import { dataTables, tableRows } from '../../electron/app/exchange/tables.ts';
import { createClient } from '../../shared/api.ts';
import {
  PASSPHRASE,
  manualClock,
  rejection,
  startApp,
  tempDir,
  type TestApp,
} from '../support/app.ts';
import { clientInput, serviceId, usePractice } from '../support/fixtures.ts';
import { draftPlan } from '../support/plans.ts';

const clock = manualClock('2026-03-03T20:00:00.000Z');
let a: TestApp;

/** A small practice with one of every kind of record. */
async function seedPractice(app: TestApp) {
  await usePractice(app, 'America/New_York');
  const id = (
    await app.call(
      'clients.create',
      clientInput({ legalFirstName: 'Export', legalLastName: 'Everything' }),
    )
  ).id;
  await app.call('clients.saveInsurance', { clientId: id, insurance: { kind: 'self_pay' } });
  await app.call('clients.setDiagnoses', {
    clientId: id,
    diagnoses: [{ code: 'F41.1', diagnosedOn: '2026-01-05' }],
  });
  await app.call('consents.record', {
    clientId: id,
    kind: 'treatment',
    text: 'Consent text',
    signedOn: '2026-01-05',
    signature: {
      kind: 'drawn',
      name: 'Export Everything',
      image: 'data:image/png;base64,iVBORw0KGgo=',
    },
    release: null,
  });
  const [first] = (
    await app.call('schedule.create', {
      clientId: id,
      serviceId: await serviceId(app, '90834'),
      date: '2026-03-02',
      time: '10:00',
      durationMin: 50,
      location: 'office',
      memo: '',
      recurrence: { freq: 'weekly', interval: 1, end: { count: 4 } },
    })
  ).appointments;
  await app.call('schedule.setStatus', { id: first!.id, status: 'attended' });
  const note = await app.call('notes.create', { appointmentId: first!.id });
  await app.call('notes.save', {
    id: note.id,
    fields: { subjective: 'Doing better.' },
    objectives: [],
    risk: null,
  });
  await app.call('notes.sign', { id: note.id, passphrase: PASSPHRASE });
  await app.call('notes.addendum', {
    noteId: note.id,
    text: 'Addendum text',
    passphrase: PASSPHRASE,
  });
  const v1 = await app.call('plans.save', {
    clientId: id,
    baseVersionId: null,
    content: draftPlan(),
  });
  await app.call('plans.sign', {
    versionId: v1.id,
    signer: 'client',
    signature: { kind: 'typed', name: 'Export Everything' },
  });
  await app.call('plans.sign', {
    versionId: v1.id,
    signer: 'counselor',
    signature: { kind: 'typed', name: 'Counselor' },
  });
  await app.call('plans.save', {
    clientId: id,
    baseVersionId: v1.id,
    content: draftPlan('2026-07-01'),
  });
  await app.call('measures.record', {
    clientId: id,
    givenOn: '2026-03-02',
    form: { kind: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1], difficulty: 1 },
  });
  const [resource] = (await app.call('resources.list', {})).resources;
  await app.call('resources.save', {
    id: null,
    title: 'With attachment',
    body: 'Body',
    benefits: '',
    drawbacks: '',
    asks: '',
    tags: [],
    attachment: { name: 'a.pdf', base64: Buffer.from('%PDF-1.4 tiny').toString('base64') },
  });
  await app.call('resources.share', {
    resourceId: resource!.id,
    clientId: id,
    sharedOn: '2026-03-02',
    method: 'discussed',
  });
}

beforeAll(async () => {
  a = startApp({ clock });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await seedPractice(a);
});
afterAll(() => a.dispose());

test('export writes JSON per table, CSV and PDFs, and imports into a new vault as an equal database', async () => {
  const before = Object.fromEntries(
    dataTables(a.vault.handle).map((t) => [t, tableRows(a.vault.handle, t)]),
  );
  const result = await a.call('data.exportAll');
  expect(result.saved).toBe(true);
  const folder = join(a.exportDir, 'backups', result.folder!);
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  expect(manifest.counts).toMatchObject({
    clients: 1,
    appointments: 4,
    notes: 1,
    plan_versions: 2,
  });
  expect(readdirSync(join(folder, 'tables'))).toContain('audit_events.json');
  expect(readFileSync(join(folder, 'csv', 'clients.csv'), 'utf8')).toContain('Everything');
  expect(readdirSync(join(folder, 'pdf')).sort()).toEqual([
    'notes-1-Export-Everything.pdf',
    'plan-1-Export-Everything-v1.pdf',
    'plan-1-Export-Everything-v2.pdf',
  ]);

  const dataDir = tempDir();
  const b = createApp({
    dataDir,
    clock,
    checkOutputs: true,
    files: { chooseSavePath: async () => null, chooseFolder: async () => folder },
  });
  const call = createClient({ invoke: b.dispatch });
  try {
    await call('vault.setup', { passphrase: 'another passphrase entirely' });
    const imported = await call('data.importAll');
    expect(imported.counts.clients).toBe(1);
    for (const [table, rows] of Object.entries(before)) {
      const now = tableRows(b.vault.backupSource().handle, table);
      if (table === 'audit_events') {
        expect(now.slice(0, rows.length), table).toEqual(rows);
        expect(now).toHaveLength(rows.length + 1);
      } else {
        expect(now, table).toEqual(rows);
      }
    }
    expect((await call('audit.verify')).ok).toBe(true);
    expect((await call('clients.list', { query: 'everyth' })).total).toBe(1);
    expect((await call('notes.list', { clientId: 1, query: 'addendum' })).notes).toHaveLength(1);
    // Importing twice, or into a vault with records, is refused and changes nothing.
    const again = await rejection(() => call('data.importAll'));
    expect(again.message).toMatch(/already has records/);
  } finally {
    await b.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
});

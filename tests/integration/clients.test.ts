import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSPHRASE, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { clientInput, usePractice } from '../support/fixtures.ts';

let a: TestApp;
beforeAll(async () => {
  a = startApp();
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a);
});
afterAll(() => a.dispose());

/** Asserts a call is refused with VALIDATION naming `field`, and that nothing was written. */
async function refusedOn(field: string, fn: () => Promise<unknown>) {
  const before = contentHash(a.vault.handle);
  const error = await rejection(fn);
  expect(error.code).toBe('VALIDATION');
  expect(Object.keys(error.fields ?? {})).toContain(field);
  expect(contentHash(a.vault.handle)).toBe(before);
  return error;
}

describe('client records', () => {
  test('create, view (audited), update', async () => {
    const created = await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Avery', legalLastName: 'Quill' }),
    );
    expect(created).toMatchObject({
      legalFirstName: 'Avery',
      status: 'active',
      insurance: null,
      diagnoses: [],
    });
    const { status: _status, ...fields } = clientInput({
      legalFirstName: 'Avery',
      legalLastName: 'Quill',
      preferredName: 'Ave',
    });
    const updated = await a.call('clients.update', { ...fields, id: created.id });
    expect(updated.preferredName).toBe('Ave');
    await a.call('clients.get', { id: created.id });
    const views = await a.call('audit.list', { action: 'client.viewed' });
    expect(views.events[0]).toMatchObject({ clientId: created.id, entityId: String(created.id) });
    const changes = await a.call('audit.list', { action: 'client.updated' });
    expect(changes.events[0]?.summary).not.toContain('Ave');
  });

  test('names in any script are kept; hidden direction overrides are refused', async () => {
    const arabic = await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'ليلى', legalLastName: 'حداد' }),
    );
    expect(arabic.legalFirstName).toBe('ليلى');
    // A decomposed é is stored composed (NFC), so searches match either way.
    const combining = await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Rene\u0301e', legalLastName: 'Dubois' }),
    );
    expect(combining.legalFirstName).toBe('Renée');
    await refusedOn('legalLastName', () =>
      a.call('clients.create', clientInput({ legalLastName: 'Smith\u202eevil' })),
    );
  });

  test('bad input gets a message on the field and writes nothing', async () => {
    await refusedOn('dateOfBirth', () =>
      a.call('clients.create', clientInput({ dateOfBirth: '2023-02-30' })),
    );
    await refusedOn('counselorNotes', () =>
      a.call('clients.create', clientInput({ counselorNotes: 'x'.repeat(50_000) })),
    );
    await refusedOn('legalFirstName', () =>
      a.call('clients.create', clientInput({ legalFirstName: '   ' })),
    );
    await refusedOn('email', () =>
      a.call('clients.create', clientInput({ email: 'not-an-email' })),
    );
    const missing = await rejection(() => a.call('clients.get', { id: 999_999 }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  test('discharge and re-activate keep the date and reason; a second discharge is refused', async () => {
    const c = await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Jordan', legalLastName: 'Vale' }),
    );
    const discharged = await a.call('clients.discharge', {
      id: c.id,
      dischargedOn: '2026-05-01',
      reason: 'Goals met',
    });
    expect(discharged).toMatchObject({
      status: 'discharged',
      dischargedOn: '2026-05-01',
      dischargeReason: 'Goals met',
    });
    expect(
      (
        await rejection(() =>
          a.call('clients.discharge', { id: c.id, dischargedOn: '2026-05-02', reason: 'x' }),
        )
      ).code,
    ).toBe('CONFLICT');
    const back = await a.call('clients.reactivate', { id: c.id, status: 'active' });
    expect(back).toMatchObject({ status: 'active', dischargedOn: null });
  });
});

describe('search', () => {
  beforeAll(async () => {
    await a.call(
      'clients.create',
      clientInput({
        legalFirstName: 'Margaret',
        legalLastName: 'Okonkwo',
        preferredName: 'Peggy',
        phone: '(303) 555-0147',
        email: 'peggy.o@example.test',
      }),
    );
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'José', legalLastName: 'Álvarez', phone: '', email: '' }),
    );
    await a.call(
      'clients.create',
      clientInput({ legalFirstName: 'Waitlisted', legalLastName: 'Person', status: 'waitlist' }),
    );
  });

  const names = async (
    query: string,
    status: 'active' | 'waitlist' | 'discharged' | 'all' = 'all',
  ) => (await a.call('clients.list', { query, status })).clients.map((c) => c.legalLastName);

  test('by prefixes of any name, the preferred name, phone digits and email', async () => {
    expect(await names('okon')).toEqual(['Okonkwo']);
    expect(await names('peg')).toEqual(['Okonkwo']);
    expect(await names('mar oko')).toEqual(['Okonkwo']);
    expect(await names('0147')).toEqual(['Okonkwo']);
    expect(await names('303555')).toEqual(['Okonkwo']);
    expect(await names('peggy.o@')).toEqual(['Okonkwo']);
    expect(await names('jose alv')).toEqual(['Álvarez']); // accents do not matter
    expect(await names('zzz')).toEqual([]);
  });

  test('filters by status, and hostile text is only ever text', async () => {
    expect(await names('', 'waitlist')).toEqual(['Person']);
    expect(await names('person', 'active')).toEqual([]);
    for (const q of [
      '"',
      'NEAR(a b)',
      'a OR b',
      '*',
      'names:x',
      "'; DROP TABLE clients; --",
      '^',
    ]) {
      expect((await a.dispatch('clients.list', { query: q })).ok).toBe(true);
    }
  });

  test('goes through the full-text index, not a scan', () => {
    const plan = a.vault.handle
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM clients WHERE id IN (SELECT rowid FROM clients_search WHERE clients_search MATCH ?) ORDER BY legal_last_name`,
      )
      .all('"oko"*') as { detail: string }[];
    const detail = plan.map((p) => p.detail).join('\n');
    // FTS5 reports its MATCH lookup as a virtual-table index ("M"); clients rows by primary key.
    expect(detail).toMatch(/clients_search VIRTUAL TABLE INDEX \d+:M/);
    expect(detail).toMatch(/SEARCH clients USING INTEGER PRIMARY KEY/);
  });
});

describe('insurance, diagnoses and consents', () => {
  let id: number;
  beforeAll(async () => {
    id = (
      await a.call(
        'clients.create',
        clientInput({ legalFirstName: 'Casey', legalLastName: 'Marsh' }),
      )
    ).id;
  });

  test('self-pay, then insurance with another subscriber', async () => {
    expect(
      (await a.call('clients.saveInsurance', { clientId: id, insurance: { kind: 'self_pay' } }))
        .insurance,
    ).toEqual({ kind: 'self_pay' });
    const insured = {
      kind: 'insurance' as const,
      payerName: 'Example Health Plan',
      payerId: '12345',
      memberId: 'XEH123456789',
      groupNumber: 'G-100',
      subscriber: { relationship: 'spouse' as const, name: 'Pat Marsh', dateOfBirth: '1980-01-02' },
      copayCents: 2500,
      coinsuranceBp: 2000,
    };
    expect(
      (await a.call('clients.saveInsurance', { clientId: id, insurance: insured })).insurance,
    ).toEqual(insured);
    // Insurance saved before coinsurance existed reads as none.
    const { coinsuranceBp: _none, ...older } = insured;
    expect(
      (await a.call('clients.saveInsurance', { clientId: id, insurance: older })).insurance,
    ).toEqual({ ...older, coinsuranceBp: 0 });
    await refusedOn('insurance.copayCents', () =>
      a.call('clients.saveInsurance', { clientId: id, insurance: { ...insured, copayCents: -1 } }),
    );
    await refusedOn('insurance.copayCents', () =>
      a.call('clients.saveInsurance', {
        clientId: id,
        insurance: { ...insured, copayCents: 12.5 },
      }),
    );
  });

  test('diagnoses: titles from the list, ordered, primary first; unknown codes need a title', async () => {
    const client = await a.call('clients.setDiagnoses', {
      clientId: id,
      diagnoses: [
        { code: 'f411', diagnosedOn: '2026-01-10' },
        { code: 'Z63.0', diagnosedOn: '2026-01-10' },
      ],
    });
    expect(client.diagnoses).toEqual([
      { code: 'F41.1', title: 'Generalized anxiety disorder', rank: 1, diagnosedOn: '2026-01-10' },
      {
        code: 'Z63.0',
        title: 'Problems in relationship with spouse or partner',
        rank: 2,
        diagnosedOn: '2026-01-10',
      },
    ]);
    await refusedOn('diagnoses.0.code', () =>
      a.call('clients.setDiagnoses', {
        clientId: id,
        diagnoses: [{ code: 'HELLO', diagnosedOn: '2026-01-10' }],
      }),
    );
    await refusedOn('diagnoses.0.title', () =>
      a.call('clients.setDiagnoses', {
        clientId: id,
        diagnoses: [{ code: 'S06.0X0A', diagnosedOn: '2026-01-10' }],
      }),
    );
    await refusedOn('diagnoses.1.code', () =>
      a.call('clients.setDiagnoses', {
        clientId: id,
        diagnoses: [
          { code: 'F41.1', diagnosedOn: '2026-01-10' },
          { code: 'F411', diagnosedOn: '2026-01-11' },
        ],
      }),
    );
    const other = await a.call('clients.setDiagnoses', {
      clientId: id,
      diagnoses: [
        {
          code: 'S06.0X0A',
          title: 'Concussion without loss of consciousness, initial encounter',
          diagnosedOn: '2026-02-01',
        },
      ],
    });
    expect(other.diagnoses).toHaveLength(1);
    expect((await a.call('diagnoses.search', { query: 'gen anx' })).results[0]?.code).toBe('F41.1');
  });

  test('consents are signed, revoked with a date, and never changed or deleted', async () => {
    const signed = await a.call('consents.record', {
      clientId: id,
      kind: 'release',
      text: 'I allow my counselor to share attendance with my physician.',
      signedOn: '2026-02-01',
      signature: { kind: 'typed', name: 'Casey Marsh' },
      release: {
        to: 'Dr. Example, Family Medicine',
        what: 'Attendance and diagnosis',
        until: '2027-02-01',
      },
    });
    const consent = signed.consents[0];
    expect(consent).toMatchObject({
      kind: 'release',
      revokedOn: null,
      signature: { kind: 'typed', name: 'Casey Marsh' },
    });
    await refusedOn('release', () =>
      a.call('consents.record', {
        clientId: id,
        kind: 'release',
        text: 'x',
        signedOn: '2026-02-01',
        signature: { kind: 'typed', name: 'Casey Marsh' },
        release: null,
      }),
    );
    const drawn = await a.call('consents.record', {
      clientId: id,
      kind: 'treatment',
      text: 'Informed consent text.',
      signedOn: '2026-02-01',
      signature: {
        kind: 'drawn',
        name: 'Casey Marsh',
        image: 'data:image/png;base64,iVBORw0KGgo=',
      },
      release: null,
    });
    expect(drawn.consents.map((c) => c.kind).sort()).toEqual(['release', 'treatment']);

    const early = await rejection(() =>
      a.call('consents.revoke', { id: consent!.id, revokedOn: '2026-01-01', reason: '' }),
    );
    expect(early.code).toBe('VALIDATION');
    const revoked = await a.call('consents.revoke', {
      id: consent!.id,
      revokedOn: '2026-03-01',
      reason: 'Changed my mind',
    });
    expect(revoked.consents.find((c) => c.id === consent!.id)).toMatchObject({
      revokedOn: '2026-03-01',
      revokedReason: 'Changed my mind',
    });
    expect(
      (
        await rejection(() =>
          a.call('consents.revoke', { id: consent!.id, revokedOn: '2026-03-02', reason: '' }),
        )
      ).code,
    ).toBe('CONFLICT');

    const h = a.vault.handle;
    expect(() => h.prepare('DELETE FROM consents WHERE id = ?').run(consent!.id)).toThrow(
      /never deleted/,
    );
    expect(() =>
      h.prepare(`UPDATE consents SET text = 'edited' WHERE id = ?`).run(drawn.consents[0]!.id),
    ).toThrow(/cannot be changed/);
  });
});

describe('CSV import and export', () => {
  const BOM = '\ufeff';
  const goodCsv =
    `${BOM}First Name,Last Name,DOB,Phone,E-mail,Favourite colour,Notes\r\n` +
    `Ada,Importwell,1990-05-06,555-010-1111,ada@example.test,blue,"line one\r\nline two"\r\n` +
    `"Bea, Jr.",Importwell,,555-010-2222,,green,"she said ""hi"""\r\n`;

  test('preview maps known headers, ignores unknown ones, and reads quotes and newlines', async () => {
    const preview = await a.call('clients.importPreview', { csv: goodCsv });
    expect(preview.mapping).toEqual([
      'legalFirstName',
      'legalLastName',
      'dateOfBirth',
      'phone',
      'email',
      'ignore',
      'ignore',
    ]);
    expect(preview).toMatchObject({ totalRows: 2, validRows: 2, problemRows: 0, problems: [] });
    expect(preview.sample.map((s) => s.legalFirstName)).toEqual(['Ada', 'Bea, Jr.']);
  });

  test('per-row problems name the line and field, and commit is all-or-nothing', async () => {
    const bad =
      'first name,last name,date of birth,email\nGood,Row,1990-01-01,\nBad,,1990-13-45,nope\n\nAlso,Fine,,\n';
    const preview = await a.call('clients.importPreview', { csv: bad });
    expect(preview.validRows).toBe(2);
    expect(preview.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'Legal last name' }),
        expect.objectContaining({ line: 3, field: 'Date of birth' }),
        expect.objectContaining({ line: 3, field: 'Email' }),
      ]),
    );
    const before = contentHash(a.vault.handle);
    const error = await rejection(() => a.call('clients.importCommit', { csv: bad }));
    expect(error.message).toMatch(/Nothing was imported/);
    expect(contentHash(a.vault.handle)).toBe(before);

    const unclosed = await rejection(() =>
      a.call('clients.importPreview', { csv: 'a,b\n"open,1\n' }),
    );
    expect(unclosed.code).toBe('VALIDATION');
    expect(unclosed.message).toMatch(/Line 2/);
  });

  test('the counselor can map a column by hand, then import everything at once', async () => {
    const { created } = await a.call('clients.importCommit', {
      csv: goodCsv,
      mapping: [
        'legalFirstName',
        'legalLastName',
        'dateOfBirth',
        'phone',
        'email',
        'referralSource',
        'ignore',
      ],
    });
    expect(created).toBe(2);
    const found = (await a.call('clients.list', { query: 'importwell' })).clients;
    expect(found.map((c) => c.legalFirstName).sort()).toEqual(['Ada', 'Bea, Jr.']);
    const imported = await a.call('audit.list', { action: 'clients.imported' });
    expect(imported.events[0]?.summary).toBe('2 clients imported from a CSV file');
  });

  test('export writes where the counselor chose, with formulas neutralised', async () => {
    await a.call(
      'clients.create',
      clientInput({
        legalFirstName: '=HYPERLINK("x")',
        legalLastName: '+Formula',
        referralSource: '@SUM(1)',
      }),
    );
    const result = await a.call('clients.exportCsv', { status: 'all' });
    expect(result).toMatchObject({ saved: true, fileName: 'accord-clients.csv' });
    const text = readFileSync(join(a.exportDir, 'accord-clients.csv'), 'utf8');
    expect(text.startsWith('\ufeffLegal first name,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain(`'+Formula`);
    expect(text).toContain(`'@SUM(1)`);
    expect(text).not.toMatch(/(^|,)[=+@]/m);
  });
});

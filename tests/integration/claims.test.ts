import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { X12Parser, type X12Interchange, type X12Segment } from 'node-x12';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chargeDues } from '../../electron/app/billing/dues.ts';
import type { ChannelInput } from '../../shared/contract.ts';
import { PASSPHRASE, manualClock, rejection, startApp, type TestApp } from '../support/app.ts';
import { contentHash } from '../support/db-hash.ts';
import { CLAIM_SETTINGS, clientInput, serviceId, usePractice } from '../support/fixtures.ts';
import { isPdf, pdfText } from '../support/pdf.ts';

const clock = manualClock('2026-06-01T20:00:00.000Z');
let a: TestApp;
let therapy: number;

beforeAll(async () => {
  a = startApp({ clock, kdfTargetMs: 1 });
  await a.call('vault.setup', { passphrase: PASSPHRASE });
  await usePractice(a, 'America/New_York');
  const { practice } = await a.call('settings.get');
  await a.call('settings.savePractice', {
    ...practice,
    practiceName: 'Quiet Harbor Counseling',
    counselorName: 'Jordan Lee',
    credentials: 'LPC',
    npi: '1234567893',
    taxId: '12-3456789',
    address: {
      line1: '1 Main St',
      line2: 'Suite 2',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201-1234',
    },
    phone: '(503) 555-0100',
  });
  therapy = await serviceId(a, '90834');
});
afterAll(() => a.dispose());

let day = 0;
/** A client with `n` attended sessions in May, each posted to insurance. */
async function insuredClient(
  n: number,
  options: {
    name?: string;
    insurance?: Partial<
      Extract<ChannelInput<'clients.saveInsurance'>['insurance'], { kind: 'insurance' }>
    > | null;
    diagnoses?: string[];
  } = {},
) {
  const clientId = (
    await a.call('clients.create', clientInput({ legalFirstName: options.name ?? 'Rowan' }))
  ).id;
  if (options.insurance !== null) {
    await a.call('clients.saveInsurance', {
      clientId,
      insurance: {
        kind: 'insurance',
        payerName: 'Acme Health',
        payerId: '60054',
        memberId: 'XJH123456',
        groupNumber: 'G-77',
        subscriber: null,
        copayCents: 20_00,
        coinsuranceBp: 0,
        ...options.insurance,
      },
    });
  }
  const diagnoses = options.diagnoses ?? ['F41.1', 'F32.1'];
  if (diagnoses.length > 0) {
    await a.call('clients.setDiagnoses', {
      clientId,
      diagnoses: diagnoses.map((code) => ({ code, diagnosedOn: '2026-04-01' })),
    });
  }
  for (let i = 0; i < n; i++) {
    day = (day % 27) + 1;
    const [s] = (
      await a.call('schedule.create', {
        clientId,
        serviceId: therapy,
        date: `2026-05-${String(day).padStart(2, '0')}`,
        time: `${String(8 + (i % 9)).padStart(2, '0')}:00`,
        durationMin: 45,
        location: 'office',
        memo: '',
        allowConflicts: true,
      })
    ).appointments;
    await a.call('schedule.setStatus', { id: s!.id, status: 'attended' });
    await a.call('billing.postSession', {
      appointmentId: s!.id,
      responsible: options.insurance === null ? 'client' : 'payer',
    });
  }
  const ledger = await a.call('billing.ledger', { clientId });
  const chargeIds = ledger.lines.filter((l) => l.kind === 'charge').map((l) => l.id);
  return { clientId, chargeIds };
}

async function refusedUnchanged(fn: () => Promise<unknown>) {
  const before = contentHash(a.vault.handle);
  const error = await rejection(fn);
  expect(contentHash(a.vault.handle)).toBe(before);
  return error;
}

function values(s: X12Segment): string[] {
  return s.elements.map((e) => e.value);
}

describe('making claims', () => {
  test('insurance charges are candidates; seven lines become claims of six and one', async () => {
    const { clientId, chargeIds } = await insuredClient(7, { name: 'Avery' });
    const selfPay = await insuredClient(1, { name: 'Blake', insurance: null });
    const before = await a.call('claims.candidates');
    const mine = before.clients.find((c) => c.clientId === clientId)!;
    expect(mine).toMatchObject({
      clientName: 'Avery Testwood',
      payerName: 'Acme Health',
      problem: null,
    });
    expect(mine.charges.map((c) => c.id).sort()).toEqual([...chargeIds].sort());
    expect(before.clients.some((c) => c.clientId === selfPay.clientId)).toBe(false);

    const { claims } = await a.call('claims.create', { chargeIds });
    expect(claims.map((c) => c.lines.length)).toEqual([6, 1]);
    expect(claims.every((c) => c.status === 'ready' && c.clientId === clientId)).toBe(true);
    expect(claims[0]!.totalCents).toBe(claims[0]!.lines.reduce((s, l) => s + l.amountCents, 0));
    // Lines in date order, numbered 1-6.
    const dates = claims.flatMap((c) => c.lines.map((l) => l.serviceDate));
    expect(dates).toEqual([...dates].sort());
    expect(claims[0]!.lines.map((l) => l.lineNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await a.call('claims.candidates')).clients.some((c) => c.clientId === clientId)).toBe(
      false,
    );
    const listed = await a.call('claims.list', { status: 'ready' });
    expect(listed.claims.map((c) => c.id)).toEqual(expect.arrayContaining(claims.map((c) => c.id)));
    expect(listed.counts.ready).toBeGreaterThanOrEqual(2);
  });

  test('refusals: self-pay, already claimed, no diagnosis, no payer id, unknown charge; none writes', async () => {
    const selfPay = await insuredClient(1, { name: 'Casey', insurance: null });
    const claimed = await insuredClient(1, { name: 'Dana' });
    await a.call('claims.create', { chargeIds: claimed.chargeIds });
    const noDiagnosis = await insuredClient(1, { name: 'Eli', diagnoses: [] });
    const noPayerId = await insuredClient(1, { name: 'Finn', insurance: { payerId: '' } });

    let error = await refusedUnchanged(() =>
      a.call('claims.create', { chargeIds: selfPay.chargeIds }),
    );
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(error.message).toMatch(/billed to the client, not to insurance/);
    error = await refusedUnchanged(() => a.call('claims.create', { chargeIds: claimed.chargeIds }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already on claim #\d+/);
    error = await refusedUnchanged(() =>
      a.call('claims.create', { chargeIds: [...noPayerId.chargeIds, ...noDiagnosis.chargeIds] }),
    );
    expect(error.message).toMatch(/Eli Testwood: Add a diagnosis|Finn Testwood: Add the payer ID/);
    error = await refusedUnchanged(() =>
      a.call('claims.create', { chargeIds: noDiagnosis.chargeIds }),
    );
    expect(error.message).toMatch(/^Eli Testwood: Add a diagnosis/);
    error = await refusedUnchanged(() =>
      a.call('claims.create', { chargeIds: noPayerId.chargeIds }),
    );
    expect(error.message).toMatch(/payer ID/);
    error = await refusedUnchanged(() => a.call('claims.create', { chargeIds: [999_999] }));
    expect(error.code).toBe('NOT_FOUND');
    expect((await a.dispatch('claims.create', { chargeIds: [] })).ok).toBe(false);
    // The candidates say the same, before anyone tries.
    const listed = (await a.call('claims.candidates')).clients;
    expect(listed.find((c) => c.clientId === noDiagnosis.clientId)?.problem).toMatch(/diagnosis/);
  });
});

describe('the 837P file', () => {
  test('refused until the clearinghouse ids are set; then parsed back by node-x12', async () => {
    const self = await insuredClient(2, { name: 'Gale' });
    const child = await insuredClient(1, {
      name: 'Harper',
      insurance: {
        memberId: 'PAR987',
        groupNumber: '',
        subscriber: { relationship: 'child', name: 'Morgan Q Testwood', dateOfBirth: '1970-03-04' },
      },
      diagnoses: ['F43.23'],
    });
    const made = [
      ...(await a.call('claims.create', { chargeIds: self.chargeIds })).claims,
      ...(await a.call('claims.create', { chargeIds: child.chargeIds })).claims,
    ];
    const claimIds = made.map((c) => c.id);

    const gaps = await refusedUnchanged(() => a.call('claims.exportX12', { claimIds }));
    expect(gaps.code).toBe('VALIDATION');
    expect(gaps.fields).toHaveProperty('submitterId');
    expect(gaps.fields).not.toHaveProperty('postalCode');
    expect(await a.call('claims.saveSettings', CLAIM_SETTINGS)).toEqual(CLAIM_SETTINGS);
    // The billing provider's address takes the ZIP+4: five digits are refused before writing.
    const { practice } = await a.call('settings.get');
    await a.call('settings.savePractice', {
      ...practice,
      address: { ...practice.address, postalCode: '97201' },
    });
    const zip = await refusedUnchanged(() => a.call('claims.exportX12', { claimIds }));
    expect(zip.fields).toEqual({ postalCode: expect.stringContaining('97201-1234') });
    await a.call('settings.savePractice', practice);
    expect(await a.call('claims.settings')).toEqual(CLAIM_SETTINGS);

    const saved = await a.call('claims.exportX12', { claimIds });
    expect(saved).toMatchObject({ saved: true, count: 2 });
    const text = readFileSync(join(a.exportDir, saved.fileName!), 'utf8');
    const interchange = new X12Parser(true).parse(text) as X12Interchange;
    const group = interchange.functionalGroups[0]!;
    const tx = group.transactions[0]!;
    const segments = tx.segments;
    const find = (tag: string, first?: string) =>
      segments.filter(
        (s) => s.tag === tag && (first === undefined || s.elements[0]!.value === first),
      );

    // Envelope: ISA13 = GS06 = IEA02, ST02 = SE02, SE01 = ST..SE, GE/IEA counts.
    const control = Number(interchange.header.elements[12]!.value);
    expect(text.split('~')[0]!.split('*')[13]).toBe(String(control).padStart(9, '0'));
    expect(Number(group.header.elements[5]!.value)).toBe(control);
    expect(Number(interchange.trailer.elements[1]!.value)).toBe(control);
    expect(values(group.header).slice(0, 3)).toEqual(['HC', 'SUB123', 'CLEARCO']);
    expect(group.header.elements[7]!.value).toBe('005010X222A1');
    expect(values(group.trailer)).toEqual(['1', String(control)]);
    expect(values(interchange.trailer)[0]).toBe('1');
    expect(values(tx.header)).toEqual(['837', '0001', '005010X222A1']);
    expect(tx.trailer.elements[1]!.value).toBe('0001');
    const stToSe = text
      .split('~')
      .filter((s) => s !== '')
      .slice(2, -2);
    expect(stToSe[0]).toMatch(/^ST\*/);
    expect(stToSe.at(-1)).toMatch(/^SE\*/);
    expect(Number(tx.trailer.elements[0]!.value)).toBe(stToSe.length);
    expect(interchange.header.elements[14]!.value).toBe('T');

    // Submitter, receiver, billing provider.
    expect(values(find('NM1', '41')[0]!)).toEqual([
      '41',
      '2',
      'QUIET HARBOR COUNSELING',
      '',
      '',
      '',
      '',
      '46',
      'SUB123',
    ]);
    expect(values(find('NM1', '40')[0]!)).toEqual([
      '40',
      '2',
      'EXAMPLE CLEARINGHOUSE',
      '',
      '',
      '',
      '',
      '46',
      'CLEARCO',
    ]);
    expect(values(find('PRV')[0]!)).toEqual(['BI', 'PXC', '101YP2500X']);
    expect(values(find('NM1', '85')[0]!)).toEqual([
      '85',
      '1',
      'LEE',
      'JORDAN',
      '',
      '',
      '',
      'XX',
      '1234567893',
    ]);
    expect(values(find('REF', 'EI')[0]!)).toEqual(['EI', '123456789']);
    expect(find('N4')[0]!.elements.map((e) => e.value)).toEqual(['PORTLAND', 'OR', '972011234']);

    // Subscribers: the first client is the subscriber (18), the second is a child of theirs.
    const sbr = find('SBR');
    expect(values(sbr[0]!)).toEqual(['P', '18', 'G-77', '', '', '', '', '', 'CI']);
    expect(values(sbr[1]!)[1]).toBe('');
    const insured = find('NM1', 'IL');
    expect(values(insured[0]!)).toEqual([
      'IL',
      '1',
      'TESTWOOD',
      'GALE',
      '',
      '',
      '',
      'MI',
      'XJH123456',
    ]);
    expect(values(insured[1]!)).toEqual([
      'IL',
      '1',
      'TESTWOOD',
      'MORGAN',
      'Q',
      '',
      '',
      'MI',
      'PAR987',
    ]);
    expect(values(find('NM1', 'PR')[0]!)).toEqual([
      'PR',
      '2',
      'ACME HEALTH',
      '',
      '',
      '',
      '',
      'PI',
      '60054',
    ]);
    expect(values(find('PAT')[0]!)).toEqual(['19']);
    expect(values(find('NM1', 'QC')[0]!)).toEqual(['QC', '1', 'TESTWOOD', 'HARPER']);
    expect(find('DMG').map((s) => s.elements[1]!.value)).toEqual([
      '19880412',
      '19700304',
      '19880412',
    ]);
    const hl = find('HL').map((s) => values(s).join('*'));
    expect(hl).toEqual(['1**20*1', '2*1*22*0', '3*1*22*1', '4*3*23*0']);

    // Claims, diagnoses, lines.
    const clm = find('CLM');
    expect(clm.map((s) => s.elements[0]!.value)).toEqual(claimIds.map(String));
    expect(clm.map((s) => Number(s.elements[1]!.value) * 100)).toEqual(
      made.map((c) => c.totalCents),
    );
    expect(values(clm[0]!).slice(4)).toEqual(['11:B:1', 'Y', 'A', 'Y', 'Y']);
    expect(values(find('HI')[0]!)).toEqual(['ABK:F411', 'ABF:F321']);
    expect(values(find('HI')[1]!)).toEqual(['ABK:F4323']);
    const sv1 = find('SV1');
    expect(sv1).toHaveLength(3);
    expect(values(sv1[0]!).slice(0, 5)).toEqual([
      'HC:90834',
      String(made[0]!.lines[0]!.amountCents / 100),
      'UN',
      '1',
      '11',
    ]);
    // The pointers billing set on the charge (1-based into the client's diagnoses).
    const pointers = a.vault.handle
      .prepare('SELECT diagnosis_pointers FROM charges WHERE id = ?')
      .pluck()
      .get(made[0]!.lines[0]!.chargeId) as string;
    expect(values(sv1[0]!)[6]).toBe((JSON.parse(pointers) as number[]).join(':') || '1');
    expect(find('DTP', '472').map((s) => s.elements[2]!.value)).toEqual(
      made.flatMap((c) => c.lines.map((l) => l.serviceDate.replaceAll('-', ''))),
    );
    expect(find('LX').map((s) => s.elements[0]!.value)).toEqual(['1', '2', '1']);

    // Tracked: exported with the file's control number; the next file gets the next number.
    const exported = await a.call('claims.list', { status: 'exported' });
    for (const id of claimIds) {
      expect(exported.claims.find((c) => c.id === id)).toMatchObject({
        status: 'exported',
        controlNumber: control,
        exportedAt: clock.now().toISOString(),
      });
    }
    const again = await a.call('claims.exportX12', { claimIds: [claimIds[0]!] });
    const second = readFileSync(join(a.exportDir, again.fileName!), 'utf8');
    expect(second.split('*')[13]).toBe(String(control + 1).padStart(9, '0'));
  });
});

describe('status and payments', () => {
  test('denied needs a reason; the charges go back to the client and can be claimed anew', async () => {
    const { clientId, chargeIds } = await insuredClient(1, { name: 'Indigo' });
    const [claim] = (await a.call('claims.create', { chargeIds })).claims;
    const noReason = await refusedUnchanged(() =>
      a.call('claims.setStatus', { id: claim!.id, status: 'denied', note: '' }),
    );
    expect(noReason.fields).toHaveProperty('note');
    const sent = await a.call('claims.setStatus', {
      id: claim!.id,
      status: 'exported',
      note: 'Sent on the payer portal',
    });
    expect(sent).toMatchObject({ status: 'exported', statusNote: 'Sent on the payer portal' });
    expect(sent.exportedAt).not.toBeNull();
    const denied = await a.call('claims.setStatus', {
      id: claim!.id,
      status: 'denied',
      note: 'CO-50 not medically necessary',
    });
    expect(denied).toMatchObject({ status: 'denied', payerDueCents: 0 });
    expect(denied.clientDueCents).toBe(denied.totalCents);
    const dues = await chargeDues(a.vault.db!, { clientId });
    expect(dues.find((d) => d.id === chargeIds[0])).toMatchObject({
      payerDueCents: 0,
      clientDueCents: denied.totalCents,
    });
    expect(
      (
        await refusedUnchanged(() =>
          a.call('claims.setStatus', { id: claim!.id, status: 'ready', note: '' }),
        )
      ).message,
    ).toMatch(/create a new claim/);
    const candidate = (await a.call('claims.candidates')).clients.find(
      (c) => c.clientId === clientId,
    )!;
    expect(candidate.charges).toMatchObject([{ id: chargeIds[0], denied: true }]);
    const [resent] = (await a.call('claims.create', { chargeIds })).claims;
    expect(resent!.payerDueCents).toBeGreaterThan(0);
  });

  test('an insurer payment with a contractual adjustment: claim paid, dues follow, one transaction', async () => {
    const { clientId, chargeIds } = await insuredClient(2, { name: 'Jules' });
    const shares = (await a.call('claims.candidates')).clients
      .find((c) => c.clientId === clientId)!
      .charges.map((c) => ({ amount: c.amountCents, payer: c.payerShareCents }));
    const payerShare = shares.reduce((s, c) => s + c.payer, 0);
    const clientShare = shares.reduce((s, c) => s + c.amount - c.payer, 0);
    expect(payerShare).toBeGreaterThan(30_00);
    const [claim] = (await a.call('claims.create', { chargeIds })).claims;
    const base = {
      claimId: claim!.id,
      receivedOn: '2026-06-01',
      reference: 'EFT 5521',
      method: 'transfer' as const,
    };
    const tooMuch = await refusedUnchanged(() =>
      a.call('claims.postPayment', { ...base, amountCents: claim!.totalCents + 1 }),
    );
    expect(tooMuch.fields).toHaveProperty('amountCents');
    const bigAdjustment = await refusedUnchanged(() =>
      a.call('claims.postPayment', {
        ...base,
        amountCents: payerShare - 30_00,
        adjustmentCents: 30_01,
        adjustmentReason: 'CO-45',
      }),
    );
    expect(bigAdjustment.fields).toHaveProperty('adjustmentCents');
    const noReason = await refusedUnchanged(() =>
      a.call('claims.postPayment', { ...base, amountCents: 10_00, adjustmentCents: 5_00 }),
    );
    expect(noReason.fields).toHaveProperty('adjustmentReason');

    const { claim: paid, note } = await a.call('claims.postPayment', {
      ...base,
      amountCents: payerShare - 30_00,
      adjustmentCents: 30_00,
      adjustmentReason: 'Contractual adjustment CO-45',
    });
    expect(paid).toMatchObject({
      status: 'paid',
      payerPaidCents: payerShare - 30_00,
      payerDueCents: 0,
      clientDueCents: clientShare,
    });
    expect(note).toMatch(/The client owes/);
    const dues = (await chargeDues(a.vault.db!, { clientId })).filter((d) =>
      chargeIds.includes(d.id),
    );
    expect(dues.reduce((s, d) => s + d.payerDueCents, 0)).toBe(0);
    expect(dues.reduce((s, d) => s + d.clientDueCents, 0)).toBe(clientShare);
    // Each charge's payer share is covered exactly: the client's part stays the client's.
    dues.forEach((d, i) => expect(d.clientDueCents).toBe(shares[i]!.amount - shares[i]!.payer));
    const ledger = await a.call('billing.ledger', { clientId });
    expect(ledger.balanceCents).toBe(clientShare);
    // One insurer payment for the whole claim, as on the payer's notice.
    const payments = ledger.lines.filter((l) => l.kind === 'payment');
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amountCents: -(payerShare - 30_00) });
    expect(payments[0]!.description).toMatch(/EFT 5521.*insurer/);
    const adjusted = ledger.lines.filter((l) => l.kind === 'adjustment');
    expect(adjusted.reduce((s, l) => s - l.amountCents, 0)).toBe(30_00);
    expect(ledger.creditCents).toBe(0);
    expect(
      (await refusedUnchanged(() => a.call('claims.postPayment', { ...base, amountCents: 1_00 })))
        .message,
    ).toMatch(/already paid/);
    expect(
      (
        await refusedUnchanged(() =>
          a.call('claims.setStatus', { id: claim!.id, status: 'denied', note: 'x' }),
        )
      ).message,
    ).toMatch(/is paid/);
  });

  test('an insurer paying more than its share: the rest is the client’s credit, said so', async () => {
    const { clientId, chargeIds } = await insuredClient(1, { name: 'Lior' });
    const [claim] = (await a.call('claims.create', { chargeIds })).claims;
    const extra = 5_00;
    const { claim: paid, note } = await a.call('claims.postPayment', {
      claimId: claim!.id,
      receivedOn: '2026-06-01',
      reference: 'EFT 77',
      method: 'transfer',
      amountCents: claim!.payerDueCents + extra,
    });
    expect(paid).toMatchObject({ status: 'paid', payerDueCents: 0 });
    expect(note).toMatch(/5\.00 is kept as credit/);
    const ledger = await a.call('billing.ledger', { clientId });
    expect(ledger.lines.filter((l) => l.kind === 'payment')).toHaveLength(1);
    expect(ledger.creditCents).toBe(extra);
  });
});

describe('the CMS-1500', () => {
  test('a PDF laid out as the form, with the boxes’ values as text', async () => {
    const { chargeIds } = await insuredClient(2, {
      name: 'Kai',
      insurance: {
        memberId: 'KAI555',
        groupNumber: 'GRP-9',
        subscriber: { relationship: 'spouse', name: 'Robin Testwood', dateOfBirth: '1985-07-08' },
      },
    });
    const [claim] = (await a.call('claims.create', { chargeIds })).claims;
    const saved = await a.call('claims.cms1500Pdf', { claimId: claim!.id });
    expect(saved).toMatchObject({
      saved: true,
      count: 1,
      fileName: `cms1500-claim-${claim!.id}.pdf`,
    });
    const path = join(a.exportDir, saved.fileName!);
    expect(isPdf(path)).toBe(true);
    const text = pdfText(path);
    for (const expected of [
      'HEALTH INSURANCE CLAIM FORM',
      "1a. INSURED'S I.D. NUMBER",
      'KAI555',
      'TESTWOOD, KAI',
      '04 12 1988',
      'TESTWOOD, ROBIN',
      '07 08 1985',
      '12 EXAMPLE LANE',
      'GRP-9',
      'SIGNATURE ON FILE',
      'ICD Ind.',
      'F411',
      'F321',
      '90834',
      'AB',
      (claim!.lines[0]!.amountCents / 100).toFixed(2),
      '1234567893',
      '123456789',
      `${claim!.totalCents / 100}.00`,
      'JORDAN LEE, LPC',
      'QUIET HARBOR COUNSELING',
      '(503) 555-0100',
      'ACME HEALTH',
    ]) {
      expect(text).toContain(expected);
    }
    const [yy, mm, dd] = claim!.lines[0]!.serviceDate.split('-');
    expect(text).toContain(`${mm} ${dd} ${yy!.slice(2)}`);
    expect(text).toMatch(/X\s*Spouse/);
  });

  test('every claim action left its audit event', () => {
    const actions = a.vault.handle
      .prepare(
        `SELECT DISTINCT action FROM audit_events WHERE action LIKE 'claim%' OR action = 'settings.claims_updated'`,
      )
      .pluck()
      .all();
    expect(new Set(actions)).toEqual(
      new Set([
        'claim.created',
        'claim.exported',
        'claim.status_changed',
        'claim.payment_posted',
        'claim.form_saved',
        'settings.claims_updated',
      ]),
    );
    expect(readdirSync(a.exportDir).length).toBeGreaterThan(0);
  });
});

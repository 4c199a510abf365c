import { X12Parser, type X12Interchange } from 'node-x12';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CLAIM_SETTINGS } from '../../shared/domain/claims.ts';
import { splitName, type ClaimDocument } from '../../electron/app/claims/claim-document.ts';
import {
  isaSegment,
  joinSegments,
  padNumber,
  padRight,
  segment,
  x12Amount,
  x12Date,
  x12Value,
} from '../../electron/app/claims/x12.ts';
import { build837p } from '../../electron/app/claims/x837p.ts';

describe('X12 values and segments', () => {
  test('values are upper-case ASCII with no separator characters', () => {
    expect(x12Value('José Núñez')).toBe('JOSE NUNEZ');
    expect(x12Value('O*Brien~Smith:Jr^')).toBe('O BRIEN SMITH JR');
    expect(x12Value('  line\none\ttab  ')).toBe('LINE ONE TAB');
    expect(x12Value('李')).toBe('');
  });

  test('a segment joins elements with *, composites with :, and drops trailing empties', () => {
    expect(segment('NM1', '85', '1', 'Lee', 'Jordan', '', '', '', 'XX', '1234567893')).toBe(
      'NM1*85*1*LEE*JORDAN****XX*1234567893',
    );
    expect(segment('SV1', ['HC', '90834', '95'], '130', 'UN', '1', '11', '', ['1', '2'])).toBe(
      'SV1*HC:90834:95*130*UN*1*11**1:2',
    );
    expect(segment('REF', 'EI', '123456789', '', '')).toBe('REF*EI*123456789');
    expect(segment('SV1', ['HC', '90834', '', ''], '130')).toBe('SV1*HC:90834*130');
    // A hostile value cannot add an element.
    expect(segment('NM1', 'IL', '1', 'Doe*X~ISA')).toBe('NM1*IL*1*DOE X ISA');
    expect(() => segment('bad', 'x')).toThrow();
  });

  test('amounts, dates and fixed-width numbers', () => {
    expect(x12Amount(13000)).toBe('130');
    expect(x12Amount(13050)).toBe('130.5');
    expect(x12Amount(13025)).toBe('130.25');
    expect(x12Amount(5)).toBe('0.05');
    expect(() => x12Amount(1.5)).toThrow();
    expect(x12Date('2026-05-04')).toBe('20260504');
    expect(() => x12Date('05/04/2026')).toThrow();
    expect(padNumber(42, 9)).toBe('000000042');
    expect(() => padNumber(1_000_000_000, 9)).toThrow();
    expect(padRight('sub*1', 15)).toBe('SUB 1          ');
    expect(padRight('A'.repeat(20), 15)).toHaveLength(15);
  });

  test('the ISA segment has its fixed widths: 106 characters with the terminator', () => {
    const isa = isaSegment({
      senderId: 'SUB123',
      receiverId: 'CLEARINGHOUSE',
      at: new Date('2026-06-01T14:05:00Z'),
      controlNumber: 7,
      usage: 'T',
    });
    expect(joinSegments([isa])).toHaveLength(106);
    const e = isa.split('*');
    expect(e).toHaveLength(17);
    expect(e[2]).toBe(' '.repeat(10));
    expect(e[6]).toBe('SUB123         ');
    expect(e[8]).toBe('CLEARINGHOUSE  ');
    expect(e[9]).toBe('260601');
    expect(e[10]).toBe('1405');
    expect(e[11]).toBe('^');
    expect(e[12]).toBe('00501');
    expect(e[13]).toBe('000000007');
    expect(e[15]).toBe('T');
    expect(e[16]).toBe(':');
  });

  test('names split into last, first and middle', () => {
    expect(splitName('Jordan A. Lee')).toEqual({ last: 'Lee', first: 'Jordan', middle: 'A.' });
    expect(splitName('Cher')).toEqual({ last: 'Cher', first: '', middle: '' });
  });
});

const doc = (overrides: Partial<ClaimDocument> = {}): ClaimDocument => ({
  claimId: 12,
  totalCents: 26000,
  createdOn: '2026-06-01',
  provider: {
    practiceName: 'Quiet Harbor Counseling',
    name: { last: 'Lee', first: 'Jordan', middle: '' },
    credentials: 'LPC',
    npi: '1234567893',
    taxId: '123456789',
    address: {
      line1: '1 Main St',
      line2: '',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201-1234',
    },
    phone: '503-555-0100',
  },
  patient: {
    accountNumber: '3',
    name: { last: 'Testwood', first: 'Rowan', middle: '' },
    dateOfBirth: '1988-04-12',
    address: {
      line1: '12 Example Lane',
      line2: '',
      city: 'Springfield',
      region: 'OR',
      postalCode: '97477',
    },
    phone: '',
  },
  subscriber: {
    relationship: 'self',
    name: { last: 'Testwood', first: 'Rowan', middle: '' },
    dateOfBirth: '1988-04-12',
    memberId: 'XJH123456',
    groupNumber: 'G-77',
  },
  payer: { name: 'Acme Health', id: '60054' },
  diagnoses: ['F41.1', 'F32.1'],
  lines: [
    {
      serviceDate: '2026-05-04',
      serviceCode: '90834',
      modifiers: [],
      placeOfService: '11',
      units: 1,
      amountCents: 13000,
      pointers: [1],
    },
    {
      serviceDate: '2026-05-11',
      serviceCode: '90834',
      modifiers: ['95'],
      placeOfService: '10',
      units: 1,
      amountCents: 13000,
      pointers: [1, 2],
    },
  ],
  paidCents: 0,
  ...overrides,
});

const settings = {
  ...DEFAULT_CLAIM_SETTINGS,
  submitterId: 'SUB123',
  receiverId: 'RCV9',
  receiverName: 'Clearing',
};

function parse(text: string): X12Interchange {
  return new X12Parser(true).parse(text) as X12Interchange;
}

describe('the 837P builder', () => {
  test('one claim for a client who is the subscriber: no patient loop, counts and controls agree', () => {
    const text = build837p([doc()], {
      settings,
      controlNumber: 31,
      at: new Date('2026-06-01T12:00:00Z'),
    });
    const interchange = parse(text);
    const tx = interchange.functionalGroups[0]!.transactions[0]!;
    const tags = tx.segments.map((s) => s.tag);
    expect(tags).not.toContain('PAT');
    expect(tags.filter((t) => t === 'HL')).toHaveLength(2);
    expect(Number(tx.trailer.elements[0]!.value)).toBe(tx.segments.length + 2);
    // The parser reads ISA13 as a number; the file itself carries the nine digits.
    expect(Number(interchange.header.elements[12]!.value)).toBe(31);
    expect(text.split('~')[0]!.split('*')[13]).toBe('000000031');
    expect(text).toMatch(/~IEA\*1\*000000031~$/);
    expect(interchange.functionalGroups[0]!.header.elements[5]!.value).toBe('31');
    expect(text).toContain('SBR*P*18*G-77******CI~');
    expect(text).toContain('HI*ABK:F411*ABF:F321~');
    expect(text).toContain('SV1*HC:90834:95*130*UN*1*10**1:2~');
    expect(text).toContain('CLM*12*260***11:B:1*Y*A*Y*Y~');
  });

  test('a patient who is not the subscriber gets the 2000C loop with PAT and NM1*QC', () => {
    const child = doc({
      subscriber: {
        relationship: 'child',
        name: { last: 'Testwood', first: 'Sam', middle: '' },
        dateOfBirth: '1960-02-02',
        memberId: 'M1',
        groupNumber: '',
      },
    });
    const text = build837p([child, doc({ claimId: 13 })], {
      settings,
      controlNumber: 2,
      at: new Date(),
    });
    const tx = parse(text).functionalGroups[0]!.transactions[0]!;
    const hls = tx.segments
      .filter((s) => s.tag === 'HL')
      .map((s) => s.elements.map((e) => e.value).join('*'));
    expect(hls).toEqual(['1**20*1', '2*1*22*1', '3*2*23*0', '4*1*22*0']);
    expect(text).toContain('PAT*19~NM1*QC*1*TESTWOOD*ROWAN~');
    expect(text).toContain('SBR*P**');
  });
});

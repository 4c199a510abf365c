import type { ClaimSettings } from '../../../shared/domain/claims.ts';
import { claimDiagnosisCode, type ClaimDocument, type PersonName } from './claim-document.ts';
import {
  isaSegment,
  joinSegments,
  padNumber,
  segment,
  x12Amount,
  x12Date,
  type X12Element,
} from './x12.ts';

export const IMPLEMENTATION = '005010X222A1';

/** The individual relationship codes of 005010 (SBR02 and PAT01). */
const RELATIONSHIP_CODE = { self: '18', spouse: '01', child: '19', other: 'G8' } as const;

export interface Envelope {
  settings: ClaimSettings;
  controlNumber: number;
  at: Date;
}

function nameElements(name: PersonName): X12Element[] {
  return [name.last, name.first, name.middle];
}

function postal(code: string): string {
  return code.replace(/[^0-9A-Za-z]/g, '');
}

function addressSegments(a: {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}) {
  return [segment('N3', a.line1, a.line2), segment('N4', a.city, a.region, postal(a.postalCode))];
}

/**
 * An 837P (professional claim, 005010X222A1) carrying the given claims from one billing
 * provider: the ISA/GS/ST envelope, submitter and receiver, then per claim the subscriber,
 * payer, patient (when not the subscriber), the claim and its service lines.
 */
export function build837p(claims: readonly ClaimDocument[], envelope: Envelope): string {
  const first = claims[0];
  if (!first) throw new Error('an 837P carries at least one claim');
  const { settings, controlNumber, at } = envelope;
  const iso = at.toISOString();
  const day = iso.slice(0, 10).replaceAll('-', '');
  const time = iso.slice(11, 13) + iso.slice(14, 16);
  const stControl = padNumber(1, 4);

  const body: string[] = [];
  body.push(segment('ST', '837', stControl, IMPLEMENTATION));
  body.push(segment('BHT', '0019', '00', String(controlNumber), day, time, 'CH'));
  // 1000A submitter and 1000B receiver.
  body.push(
    segment(
      'NM1',
      '41',
      '2',
      settings.submitterName || first.provider.practiceName,
      '',
      '',
      '',
      '',
      '46',
      settings.submitterId,
    ),
  );
  body.push(
    segment(
      'PER',
      'IC',
      settings.contactName || first.provider.practiceName,
      'TE',
      settings.contactPhone.replace(/\D/g, '') || first.provider.phone.replace(/\D/g, ''),
    ),
  );
  body.push(
    segment('NM1', '40', '2', settings.receiverName, '', '', '', '', '46', settings.receiverId),
  );

  // 2000A billing provider: a solo counselor bills as a person (entity type 1) under their NPI.
  let hl = 1;
  const providerHl = hl;
  const p = first.provider;
  body.push(segment('HL', String(providerHl), '', '20', '1'));
  if (settings.taxonomyCode) body.push(segment('PRV', 'BI', 'PXC', settings.taxonomyCode));
  body.push(segment('NM1', '85', '1', ...nameElements(p.name), '', '', 'XX', p.npi));
  body.push(...addressSegments(p.address));
  body.push(segment('REF', 'EI', p.taxId));

  for (const c of claims) {
    const self = c.subscriber.relationship === 'self';
    // 2000B subscriber; its child HL (the patient) only when the patient is someone else.
    const subscriberHl = ++hl;
    body.push(segment('HL', String(subscriberHl), String(providerHl), '22', self ? '0' : '1'));
    body.push(
      segment(
        'SBR',
        'P',
        self ? RELATIONSHIP_CODE.self : '',
        c.subscriber.groupNumber,
        '',
        '',
        '',
        '',
        '',
        'CI',
      ),
    );
    body.push(
      segment(
        'NM1',
        'IL',
        '1',
        ...nameElements(c.subscriber.name),
        '',
        '',
        'MI',
        c.subscriber.memberId,
      ),
    );
    if (self) {
      body.push(...addressSegments(c.patient.address));
      if (c.patient.dateOfBirth)
        body.push(segment('DMG', 'D8', x12Date(c.patient.dateOfBirth), 'U'));
    } else if (c.subscriber.dateOfBirth) {
      body.push(segment('DMG', 'D8', x12Date(c.subscriber.dateOfBirth), 'U'));
    }
    body.push(segment('NM1', 'PR', '2', c.payer.name, '', '', '', '', 'PI', c.payer.id));
    if (!self) {
      body.push(segment('HL', String(++hl), String(subscriberHl), '23', '0'));
      body.push(segment('PAT', RELATIONSHIP_CODE[c.subscriber.relationship]));
      body.push(segment('NM1', 'QC', '1', ...nameElements(c.patient.name)));
      body.push(...addressSegments(c.patient.address));
      if (c.patient.dateOfBirth)
        body.push(segment('DMG', 'D8', x12Date(c.patient.dateOfBirth), 'U'));
    }
    body.push(...claimSegments(c, settings));
  }
  body.push(segment('SE', String(body.length + 1), stControl));

  return joinSegments([
    isaSegment({
      senderId: settings.submitterId,
      receiverId: settings.receiverId,
      at,
      controlNumber,
      usage: settings.fileUse === 'test' ? 'T' : 'P',
    }),
    segment(
      'GS',
      'HC',
      settings.submitterId,
      settings.receiverId,
      day,
      time,
      String(controlNumber),
      'X',
      IMPLEMENTATION,
    ),
    ...body,
    segment('GE', '1', String(controlNumber)),
    segment('IEA', '1', padNumber(controlNumber, 9)),
  ]);
}

/** Loop 2300 (the claim, its diagnoses) and the 2400 service lines. */
function claimSegments(c: ClaimDocument, settings: ClaimSettings): string[] {
  const out: string[] = [];
  const place = c.lines[0]?.placeOfService || settings.placeOfService;
  out.push(
    segment(
      'CLM',
      String(c.claimId),
      x12Amount(c.totalCents),
      '',
      '',
      [place, 'B', '1'],
      'Y',
      settings.acceptAssignment ? 'A' : 'C',
      'Y',
      settings.signatureOnFile ? 'Y' : 'I',
    ),
  );
  if (c.paidCents > 0) out.push(segment('AMT', 'F5', x12Amount(c.paidCents)));
  out.push(
    segment(
      'HI',
      ...c.diagnoses
        .slice(0, 12)
        .map((code, i) => [i === 0 ? 'ABK' : 'ABF', claimDiagnosisCode(code)]),
    ),
  );
  c.lines.forEach((line, i) => {
    out.push(segment('LX', String(i + 1)));
    out.push(
      segment(
        'SV1',
        ['HC', line.serviceCode, ...line.modifiers.slice(0, 4)],
        x12Amount(line.amountCents),
        'UN',
        String(line.units),
        line.placeOfService,
        '',
        line.pointers.slice(0, 4).map(String),
      ),
    );
    out.push(segment('DTP', '472', 'D8', x12Date(line.serviceDate)));
  });
  return out;
}

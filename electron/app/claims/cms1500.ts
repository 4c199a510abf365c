import type { ClaimSettings } from '../../../shared/domain/claims.ts';
import type { Address } from '../../../shared/domain/address.ts';
import { claimDiagnosisCode, type ClaimDocument, type PersonName } from './claim-document.ts';
import { renderFormPdf, type FormWriter } from './form-pdf.ts';

const LEFT = 24;
const WIDTH = 564;
/** The three columns of the upper part of the form: patient, middle, insured. */
const COL_A = LEFT;
const COL_B = 228;
const COL_C = 372;
const W_A = COL_B - COL_A;
const W_B = COL_C - COL_B;
const W_C = LEFT + WIDTH - COL_C;

const LETTERS = 'ABCDEFGHIJKL';

/** "2026-05-04" as the form writes it: "05 04 26" (24A) or "05 04 2026" (dates of birth). */
function formDate(iso: string | null, longYear = false): string {
  if (!iso) return '';
  const [y = '', m = '', d = ''] = iso.split('-');
  return `${m} ${d} ${longYear ? y : y.slice(2)}`;
}

function nameLine(n: PersonName): string {
  return [n.last, [n.first, n.middle ? n.middle.charAt(0) : ''].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(', ')
    .toUpperCase();
}

function addressLines(a: Address): string[] {
  return [
    [a.line1, a.line2].filter(Boolean).join(', '),
    [a.city, a.region, a.postalCode].filter(Boolean).join(' '),
  ].map((l) => l.toUpperCase());
}

function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

function personName(n: PersonName): string {
  return [n.first, n.middle, n.last].filter(Boolean).join(' ');
}

/** The top of the form: its title, and the payer it goes to (the "carrier" block). */
function header(w: FormWriter, c: ClaimDocument) {
  w.text(LEFT, 26, 'HEALTH INSURANCE CLAIM FORM', { size: 13, bold: true });
  w.text(LEFT, 44, 'APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12', {
    size: 6,
    form: true,
  });
  w.text(LEFT, 53, `CLAIM #${c.claimId}   PREPARED ${formDate(c.createdOn, true)}`, { size: 7 });
  w.box(COL_C, 22, W_C, 44, 'CARRIER: PAYER', [
    c.payer.name.toUpperCase(),
    `PAYER ID ${c.payer.id}`,
  ]);
}

function patientAndInsured(w: FormWriter, c: ClaimDocument, settings: ClaimSettings) {
  const self = c.subscriber.relationship === 'self';
  // Row 1: the kind of coverage, and the member id.
  w.box(COL_A, 70, W_A + W_B, 28, '1. TYPE OF COVERAGE');
  // The form's seven kinds, spaced by the length of their labels. A commercial plan is a group
  // health plan; Accord keeps no government program kinds.
  const kinds = [
    'MEDICARE',
    'MEDICAID',
    'TRICARE',
    'CHAMPVA',
    'GROUP HEALTH PLAN',
    'FECA',
    'OTHER',
  ];
  let kx = COL_A + 5;
  for (const label of kinds) {
    w.check(kx, 84, label, label === 'GROUP HEALTH PLAN');
    // The box, its label (about 3.9 pt a capital at this size), and a gap.
    kx += 9 + label.length * 3.9 + 9;
  }
  w.box(COL_C, 70, W_C, 28, "1a. INSURED'S I.D. NUMBER (For Program in Item 1)", [
    c.subscriber.memberId,
  ]);

  // Row 2: names and the patient's birth date.
  w.box(COL_A, 98, W_A, 26, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", [
    nameLine(c.patient.name),
  ]);
  w.box(COL_B, 98, W_B, 26, "3. PATIENT'S BIRTH DATE (MM DD YYYY)   SEX", [
    formDate(c.patient.dateOfBirth, true),
  ]);
  w.box(COL_C, 98, W_C, 26, "4. INSURED'S NAME (Last Name, First Name, Middle Initial)", [
    nameLine(c.subscriber.name),
  ]);

  // Row 3: addresses and the relationship to the insured.
  w.box(
    COL_A,
    124,
    W_A,
    46,
    "5. PATIENT'S ADDRESS (No., Street)   CITY  STATE  ZIP CODE  TELEPHONE",
    [...addressLines(c.patient.address), c.patient.phone],
  );
  w.box(COL_B, 124, W_B, 46, '6. PATIENT RELATIONSHIP TO INSURED');
  (['self', 'spouse', 'child', 'other'] as const).forEach((r, i) =>
    w.check(
      COL_B + 6 + (i % 2) * 66,
      138 + Math.floor(i / 2) * 13,
      r.charAt(0).toUpperCase() + r.slice(1),
      c.subscriber.relationship === r,
    ),
  );
  w.box(
    COL_C,
    124,
    W_C,
    46,
    "7. INSURED'S ADDRESS (No., Street)   CITY  STATE  ZIP CODE",
    self ? addressLines(c.patient.address) : [],
  );

  // Rows 4-8: other coverage (none kept), conditions, the insured's group and plan.
  w.box(COL_A, 170, W_A, 24, "9. OTHER INSURED'S NAME");
  w.box(COL_B, 170, W_B, 24, '8. RESERVED FOR NUCC USE');
  w.box(COL_C, 170, W_C, 24, "11. INSURED'S POLICY GROUP OR FECA NUMBER", [
    c.subscriber.groupNumber,
  ]);
  w.box(COL_A, 194, W_A, 24, "9a. OTHER INSURED'S POLICY OR GROUP NUMBER");
  w.box(COL_A, 218, W_A, 24, '9b. RESERVED FOR NUCC USE');
  w.box(COL_A, 242, W_A, 24, '9c. RESERVED FOR NUCC USE');
  w.box(COL_B, 194, W_B, 72, "10. IS PATIENT'S CONDITION RELATED TO:");
  ['a. EMPLOYMENT?', 'b. AUTO ACCIDENT?', 'c. OTHER ACCIDENT?'].forEach((q, i) => {
    w.text(COL_B + 5, 208 + i * 18, q, { size: 5.8, form: true });
    w.check(COL_B + 78, 207 + i * 18, 'YES', false);
    w.check(COL_B + 108, 207 + i * 18, 'NO', true);
  });
  w.box(COL_C, 194, W_C, 24, "11a. INSURED'S DATE OF BIRTH (MM DD YYYY)   SEX", [
    formDate(c.subscriber.dateOfBirth, true),
  ]);
  w.box(COL_C, 218, W_C, 24, '11b. OTHER CLAIM ID (Designated by NUCC)');
  w.box(COL_C, 242, W_C, 24, '11c. INSURANCE PLAN NAME OR PROGRAM NAME', [
    c.payer.name.toUpperCase(),
  ]);
  w.box(COL_A, 266, W_A, 24, '9d. INSURANCE PLAN NAME OR PROGRAM NAME');
  w.box(COL_B, 266, W_B, 24, '10d. CLAIM CODES (Designated by NUCC)');
  w.box(COL_C, 266, W_C, 24, '11d. IS THERE ANOTHER HEALTH BENEFIT PLAN?');
  w.check(COL_C + 6, 279, 'YES', false);
  w.check(COL_C + 40, 279, 'NO', true);

  // Row 9: signatures on file.
  const onFile = settings.signatureOnFile ? 'SIGNATURE ON FILE' : '';
  w.box(
    COL_A,
    290,
    W_A + W_B,
    30,
    "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE  (authorizes release of information)",
    [`SIGNED ${onFile}`.trim() + (onFile ? `     DATE ${formDate(c.createdOn)}` : '')],
  );
  w.box(
    COL_C,
    290,
    W_C,
    30,
    "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE (authorizes payment)",
    [`SIGNED ${settings.acceptAssignment ? onFile : ''}`.trim()],
  );
}

function middleRows(w: FormWriter) {
  w.box(COL_A, 320, W_A, 24, '14. DATE OF CURRENT ILLNESS, INJURY, OR PREGNANCY (LMP)');
  w.box(COL_B, 320, W_B, 24, '15. OTHER DATE');
  w.box(COL_C, 320, W_C, 24, '16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION');
  w.box(COL_A, 344, W_A, 24, '17. NAME OF REFERRING PROVIDER OR OTHER SOURCE');
  w.box(COL_B, 344, W_B, 24, '17a.            17b. NPI');
  w.box(COL_C, 344, W_C, 24, '18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES');
  w.box(COL_A, 368, W_A + W_B, 24, '19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)');
  w.box(COL_C, 368, W_C, 24, '20. OUTSIDE LAB?   $ CHARGES');
}

/** Box 21: up to twelve diagnoses A-L in four columns, ICD indicator 0 (ICD-10-CM). */
function diagnoses(w: FormWriter, c: ClaimDocument) {
  w.box(
    COL_A,
    392,
    W_A + W_B,
    52,
    '21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line below (24E)',
  );
  w.text(COL_A + W_A + W_B - 56, 394, 'ICD Ind.', { size: 5.6, form: true });
  w.text(COL_A + W_A + W_B - 26, 393, '0', { size: 8 });
  for (let i = 0; i < 12; i++) {
    const x = COL_A + 5 + (i % 4) * 86;
    const y = 405 + Math.floor(i / 4) * 12.5;
    w.text(x, y + 1, `${LETTERS[i]}.`, { size: 6, form: true });
    const code = c.diagnoses[i];
    w.text(x + 10, y, code ? claimDiagnosisCode(code) : '', { size: 8.4 });
    w.line(x + 10, y + 9.5, x + 76, y + 9.5);
  }
  w.box(COL_C, 392, W_C, 26, '22. RESUBMISSION CODE   ORIGINAL REF. NO.');
  w.box(COL_C, 418, W_C, 26, '23. PRIOR AUTHORIZATION NUMBER');
}

/** Box 24: six service lines, with the column letters of the form. */
function serviceLines(w: FormWriter, c: ClaimDocument) {
  const top = 444;
  const head = 27;
  const rowH = 21.5;
  const cols = [
    { key: 'A', w: 96, title: '24. A. DATE(S) OF SERVICE  From / To' },
    { key: 'B', w: 26, title: 'B. PLACE OF SERVICE' },
    { key: 'C', w: 22, title: 'C. EMG' },
    { key: 'D', w: 112, title: 'D. PROCEDURES (CPT/HCPCS)  MODIFIER' },
    { key: 'E', w: 44, title: 'E. DIAGNOSIS POINTER' },
    { key: 'F', w: 62, title: 'F. $ CHARGES' },
    { key: 'G', w: 30, title: 'G. DAYS OR UNITS' },
    { key: 'H', w: 26, title: 'H. EPSDT' },
    { key: 'I', w: 26, title: 'I. ID QUAL.' },
    { key: 'J', w: 120, title: 'J. RENDERING PROVIDER ID. #' },
  ];
  let x = LEFT;
  for (const col of cols) {
    w.box(x, top, col.w, head, '');
    w.text(x + 2, top + 2.5, col.title, { size: 5.2, form: true, width: col.w - 4, wrap: true });
    for (let row = 0; row < 6; row++) {
      w.box(x, top + head + row * rowH, col.w, rowH, '');
    }
    x += col.w;
  }
  const letters = new Map(
    cols.map((col, i) => [col.key, cols.slice(0, i).reduce((s, k) => s + k.w, LEFT)]),
  );
  const at = (key: string) => letters.get(key) ?? LEFT;
  c.lines.slice(0, 6).forEach((line, i) => {
    const y = top + head + i * rowH + 8;
    w.text(LEFT + 2, y - 6, `${i + 1}`, { size: 5, form: true });
    w.text(at('A') + 3, y, `${formDate(line.serviceDate)}  ${formDate(line.serviceDate)}`, {
      size: 7.8,
    });
    w.text(at('B') + 5, y, line.placeOfService);
    w.text(at('D') + 4, y, `${line.serviceCode}  ${line.modifiers.slice(0, 4).join(' ')}`.trim());
    w.text(at('E') + 4, y, line.pointers.map((p) => LETTERS[p - 1] ?? '').join(''));
    w.text(at('F') + 2, y, money(line.amountCents), { width: 58, align: 'right' });
    w.text(at('G') + 4, y, String(line.units));
    w.text(at('I') + 3, y, 'NPI', { size: 7 });
    w.text(at('J') + 4, y, c.provider.npi);
  });
}

function footerBoxes(w: FormWriter, c: ClaimDocument, settings: ClaimSettings) {
  const y = 600;
  w.box(LEFT, y, 150, 34, '25. FEDERAL TAX I.D. NUMBER     SSN  EIN', [c.provider.taxId]);
  w.check(LEFT + 104, y + 13, 'SSN', false);
  w.check(LEFT + 126, y + 13, 'EIN', c.provider.taxId !== '');
  w.box(LEFT + 150, y, 110, 34, "26. PATIENT'S ACCOUNT NO.", [c.patient.accountNumber]);
  w.box(LEFT + 260, y, 88, 34, '27. ACCEPT ASSIGNMENT?');
  w.check(LEFT + 266, y + 16, 'YES', settings.acceptAssignment);
  w.check(LEFT + 300, y + 16, 'NO', !settings.acceptAssignment);
  w.box(COL_C, y, 80, 34, '28. TOTAL CHARGE', [`$ ${money(c.totalCents)}`]);
  w.box(COL_C + 80, y, 70, 34, '29. AMOUNT PAID', [`$ ${money(c.paidCents)}`]);
  w.box(COL_C + 150, y, W_C - 150, 34, '30. Rsvd for NUCC Use');

  const p = c.provider;
  const signer = [personName(p.name), p.credentials].filter(Boolean).join(', ');
  w.box(
    LEFT,
    y + 34,
    180,
    84,
    '31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS',
    ['', signer.toUpperCase(), '', `DATE ${formDate(c.createdOn)}`],
  );
  w.box(LEFT + 180, y + 34, 168, 84, '32. SERVICE FACILITY LOCATION INFORMATION', [
    p.practiceName.toUpperCase(),
    ...addressLines(p.address),
    '',
    `32a. NPI ${p.npi}`,
  ]);
  w.box(COL_C, y + 34, W_C, 84, '33. BILLING PROVIDER INFO & PH #', [
    `PH # ${p.phone}`,
    signer.toUpperCase(),
    ...addressLines(p.address),
    `33a. NPI ${p.npi}`,
  ]);
  w.text(LEFT, y + 126, 'NUCC Instruction Manual available at: www.nucc.org', {
    size: 5.8,
    form: true,
  });
  w.text(
    LEFT + WIDTH - 320,
    y + 126,
    'Laid out as the CMS-1500 (02/12). Payers that scan claims need it printed on the red form.',
    {
      size: 5.8,
      form: true,
      width: 320,
      align: 'right',
    },
  );
}

/** The claim in the layout of the CMS-1500 (02/12), one page per claim (six lines at most). */
export function cms1500Pdf(c: ClaimDocument, settings: ClaimSettings): Promise<Buffer> {
  return renderFormPdf('CMS-1500 claim', (w) => {
    header(w, c);
    patientAndInsured(w, c, settings);
    middleRows(w);
    diagnoses(w, c);
    serviceLines(w, c);
    footerBoxes(w, c, settings);
  });
}

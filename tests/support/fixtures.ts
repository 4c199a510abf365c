import type { ChannelInput } from '../../shared/contract.ts';
import type { TestApp } from './app.ts';

/** Invented people only: no fixture resembles a real client. */
export function clientInput(
  overrides: Partial<ChannelInput<'clients.create'>> = {},
): ChannelInput<'clients.create'> {
  return {
    legalFirstName: 'Rowan',
    legalMiddleName: '',
    legalLastName: 'Testwood',
    preferredName: '',
    pronouns: 'they/them',
    dateOfBirth: '1988-04-12',
    phone: '(555) 010-2030',
    email: 'rowan.testwood@example.test',
    address: {
      line1: '12 Example Lane',
      line2: '',
      city: 'Springfield',
      region: 'OR',
      postalCode: '97477',
    },
    contactPreferences: {
      preferredChannel: 'text',
      voicemailOk: true,
      textOk: true,
      emailOk: false,
    },
    emergencyContact: { name: 'Sam Testwood', relationship: 'Sibling', phone: '555-010-9999' },
    referralSource: 'Primary care',
    counselorNotes: '',
    status: 'active',
    ...overrides,
  };
}

/** Sets the practice's time zone (and a name), as a counselor does on first run. */
export async function usePractice(app: TestApp, timeZone = 'America/New_York'): Promise<void> {
  const { practice } = await app.call('settings.get');
  await app.call('settings.savePractice', { ...practice, practiceName: 'Test Practice', timeZone });
}

export async function serviceId(app: TestApp, code: string): Promise<number> {
  const { services } = await app.call('services.list', { includeInactive: true });
  const found = services.find((s) => s.code === code);
  if (!found) throw new Error(`no service ${code}`);
  return found.id;
}

/** An invented practice with everything billing documents and claims must show. */
export const BILLING_PRACTICE = {
  practiceName: 'Quiet Harbor Counseling',
  counselorName: 'Jordan Example',
  credentials: 'LPC',
  npi: '1234567893',
  taxId: '12-3456789',
  address: {
    line1: '400 Harbor Street',
    line2: 'Suite 2',
    city: 'Portland',
    region: 'OR',
    postalCode: '97201-1234',
  },
  phone: '(503) 555-0100',
  timeZone: 'America/New_York',
  currency: 'USD',
};

export interface SessionOptions {
  clientId: number;
  date: string;
  code?: string;
  time?: string;
  durationMin?: number;
  location?: 'office' | 'telehealth';
}

/** Books a session (conflicts allowed) and returns its id. */
export async function bookSession(app: TestApp, options: SessionOptions): Promise<number> {
  const [s] = (
    await app.call('schedule.create', {
      clientId: options.clientId,
      serviceId: await serviceId(app, options.code ?? '90834'),
      date: options.date,
      time: options.time ?? '09:00',
      durationMin: options.durationMin ?? 45,
      location: options.location ?? 'office',
      memo: '',
      allowConflicts: true,
    })
  ).appointments;
  return s!.id;
}

/** Books a session the client came to, and returns its id (not charged yet). */
export async function attendedSession(app: TestApp, options: SessionOptions): Promise<number> {
  const id = await bookSession(app, options);
  await app.call('schedule.setStatus', { id, status: 'attended' });
  return id;
}

/** An invented clearinghouse set-up, enough for an 837P file. */
export const CLAIM_SETTINGS: ChannelInput<'claims.saveSettings'> = {
  submitterId: 'SUB123',
  submitterName: 'Quiet Harbor Counseling',
  contactName: 'Jordan Lee',
  contactPhone: '(503) 555-0100',
  receiverId: 'CLEARCO',
  receiverName: 'Example Clearinghouse',
  taxonomyCode: '101YP2500X',
  placeOfService: '11',
  acceptAssignment: true,
  signatureOnFile: true,
  fileUse: 'test',
};

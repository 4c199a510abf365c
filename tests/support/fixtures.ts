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

import type { ChannelInput } from '../../../../shared/contract.ts';
import type { Client } from '../../../../shared/domain/clients.ts';

type CreateInput = ChannelInput<'clients.create'>;
type Address = CreateInput['address'];
type Emergency = CreateInput['emergencyContact'];

/** The form's state: the create input with the date as the date input holds it ('' = none). */
export type ClientDraft = Omit<CreateInput, 'dateOfBirth'> & { dateOfBirth: string };

/** A text input of the form, by the same dotted path the core uses in its error messages. */
export type TextPath =
  | 'legalFirstName'
  | 'legalMiddleName'
  | 'legalLastName'
  | 'preferredName'
  | 'pronouns'
  | 'dateOfBirth'
  | 'phone'
  | 'email'
  | 'referralSource'
  | 'counselorNotes'
  | `address.${keyof Address}`
  | `emergencyContact.${keyof Emergency}`;

export function blankDraft(): ClientDraft {
  return {
    legalFirstName: '',
    legalMiddleName: '',
    legalLastName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    phone: '',
    email: '',
    address: { line1: '', line2: '', city: '', region: '', postalCode: '' },
    // Nothing is assumed allowed: the counselor asks, then ticks what the client agreed to.
    contactPreferences: {
      preferredChannel: 'phone',
      voicemailOk: false,
      textOk: false,
      emailOk: false,
    },
    emergencyContact: { name: '', relationship: '', phone: '' },
    referralSource: '',
    counselorNotes: '',
    status: 'active',
  };
}

export function draftFromClient(client: Client): ClientDraft {
  return {
    legalFirstName: client.legalFirstName,
    legalMiddleName: client.legalMiddleName,
    legalLastName: client.legalLastName,
    preferredName: client.preferredName,
    pronouns: client.pronouns,
    dateOfBirth: client.dateOfBirth ?? '',
    phone: client.phone,
    email: client.email,
    address: { ...client.address },
    contactPreferences: { ...client.contactPreferences },
    emergencyContact: { ...client.emergencyContact },
    referralSource: client.referralSource,
    counselorNotes: client.counselorNotes,
    // Only used on create; an existing client's status changes through discharge and re-activate.
    status: client.status === 'waitlist' ? 'waitlist' : 'active',
  };
}

export function createInput(draft: ClientDraft): CreateInput {
  return { ...draft, dateOfBirth: draft.dateOfBirth || null };
}

export function updateInput(draft: ClientDraft, id: number): ChannelInput<'clients.update'> {
  const { status: _status, ...fields } = createInput(draft);
  return { ...fields, id };
}

export function readText(draft: ClientDraft, path: TextPath): string {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (head === 'address') return draft.address[tail as keyof Address];
  if (head === 'emergencyContact') return draft.emergencyContact[tail as keyof Emergency];
  return draft[head as Exclude<TextPath, `${string}.${string}`>];
}

export function writeText(draft: ClientDraft, path: TextPath, value: string): ClientDraft {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (head === 'address')
    return { ...draft, address: { ...draft.address, [tail as string]: value } };
  if (head === 'emergencyContact') {
    return { ...draft, emergencyContact: { ...draft.emergencyContact, [tail as string]: value } };
  }
  return { ...draft, [head]: value };
}

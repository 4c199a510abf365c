import { useState, type FormEvent } from 'react';
import type { Client } from '../../../../shared/domain/clients.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import {
  createInput,
  readText,
  updateInput,
  writeText,
  type ClientDraft,
  type TextPath,
} from './clientDraft.ts';

interface TextSpec {
  path: TextPath;
  label: string;
  hint?: string;
  autoComplete?: string;
  type?: 'email' | 'tel' | 'date';
  wide?: boolean;
}

const NAME: readonly TextSpec[] = [
  { path: 'legalFirstName', label: 'Legal first name', autoComplete: 'off' },
  { path: 'legalMiddleName', label: 'Middle name', autoComplete: 'off' },
  { path: 'legalLastName', label: 'Legal last name', autoComplete: 'off' },
  {
    path: 'preferredName',
    label: 'Preferred name',
    hint: 'What they like to be called.',
  },
  { path: 'pronouns', label: 'Pronouns', hint: 'Like she/her or they/them.' },
];

const CONTACT: readonly TextSpec[] = [
  { path: 'dateOfBirth', label: 'Date of birth', type: 'date' },
  { path: 'phone', label: 'Phone', type: 'tel' },
  { path: 'email', label: 'Email', type: 'email' },
];

const ADDRESS: readonly TextSpec[] = [
  { path: 'address.line1', label: 'Street address', wide: true },
  { path: 'address.line2', label: 'Address line 2', wide: true },
  { path: 'address.city', label: 'City' },
  { path: 'address.region', label: 'State or region' },
  { path: 'address.postalCode', label: 'Postal code' },
];

const EMERGENCY: readonly TextSpec[] = [
  { path: 'emergencyContact.name', label: 'Emergency contact name' },
  { path: 'emergencyContact.relationship', label: 'Relationship to the client' },
  { path: 'emergencyContact.phone', label: 'Emergency contact phone', type: 'tel' },
];

const CHANNELS = [
  { value: 'phone', label: 'Phone call' },
  { value: 'text', label: 'Text message' },
  { value: 'email', label: 'Email' },
  { value: 'none', label: 'No preference given' },
] as const;

type Channel = (typeof CHANNELS)[number]['value'];

const PERMISSIONS = [
  { key: 'voicemailOk', label: 'OK to leave a voicemail' },
  { key: 'textOk', label: 'OK to send text messages' },
  { key: 'emailOk', label: 'OK to send email' },
] as const;

const PLACED: readonly string[] = [
  ...[...NAME, ...CONTACT, ...ADDRESS, ...EMERGENCY].map((spec) => spec.path),
  'referralSource',
  'counselorNotes',
  'status',
  'contactPreferences.preferredChannel',
  ...PERMISSIONS.map((p) => `contactPreferences.${p.key}`),
];

export interface ClientFormProps {
  initial: ClientDraft;
  /** The client being edited; without it the form adds a new client. */
  clientId?: number;
  today: string;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

/** One form for adding and editing a client: the same fields, checked by the same schema. */
export function ClientForm({ initial, clientId, today, onSaved, onCancel }: ClientFormProps) {
  const [draft, setDraft] = useState(initial);
  const { busy, error, run, formRef } = useSubmit();
  const creating = clientId === undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      creating
        ? call('clients.create', createInput(draft))
        : call('clients.update', updateInput(draft, clientId)),
    );
    if (outcome?.ok) onSaved(outcome.value);
  };

  const text = (spec: TextSpec) => (
    <TextField
      key={spec.path}
      className={spec.wide ? 'span-all' : undefined}
      label={spec.label}
      hint={spec.hint}
      type={spec.type ?? 'text'}
      autoComplete={spec.autoComplete ?? 'off'}
      {...(spec.type === 'date' ? { min: '1900-01-01', max: today } : {})}
      value={readText(draft, spec.path)}
      onChange={(event) => setDraft(writeText(draft, spec.path, event.target.value))}
      error={error?.fields[spec.path]}
    />
  );

  const prefs = draft.contactPreferences;
  return (
    <form ref={formRef} className="client-form" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Name</legend>
        <div className="field-grid">{NAME.map(text)}</div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Birth date, phone and email</legend>
        <div className="field-grid">{CONTACT.map(text)}</div>
      </fieldset>

      <fieldset className="fieldset contact-prefs-fieldset">
        <legend className="fieldset-legend">Contact preferences</legend>
        <p className="muted">
          Ask the client how they want to be reached and what may be left for them. Their profile
          shows this before anyone calls.
        </p>
        <div className="contact-prefs-grid">
          <Select
            label="Preferred way to reach them"
            options={CHANNELS}
            value={prefs.preferredChannel}
            onChange={(event) =>
              setDraft({
                ...draft,
                contactPreferences: { ...prefs, preferredChannel: event.target.value as Channel },
              })
            }
            error={error?.fields['contactPreferences.preferredChannel']}
          />
          <div className="contact-prefs-checks" role="group" aria-label="What may be left">
            {PERMISSIONS.map((permission) => (
              <Checkbox
                key={permission.key}
                label={permission.label}
                checked={prefs[permission.key]}
                onChange={(event) =>
                  setDraft({
                    ...draft,
                    contactPreferences: { ...prefs, [permission.key]: event.target.checked },
                  })
                }
              />
            ))}
          </div>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Address</legend>
        <div className="field-grid">{ADDRESS.map(text)}</div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Emergency contact</legend>
        <div className="field-grid">{EMERGENCY.map(text)}</div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Referral and notes</legend>
        <div className="field-grid">
          {text({
            path: 'referralSource',
            label: 'Referral source',
            hint: 'Who sent them, e.g. their physician or a friend.',
            wide: true,
          })}
          <TextArea
            className="span-all"
            label="Counselor-only notes"
            hint="Visible only to you, the counselor. Keep clinical observations for session notes."
            rows={5}
            value={draft.counselorNotes}
            onChange={(event) => setDraft({ ...draft, counselorNotes: event.target.value })}
            error={error?.fields.counselorNotes}
          />
        </div>
      </fieldset>

      {creating && (
        <fieldset className="fieldset">
          <legend className="fieldset-legend">Status</legend>
          <Choice
            legend="Starting status"
            hideLegend
            inline
            options={[
              { value: 'active', label: 'Active', hint: 'Seeing you now.' },
              { value: 'waitlist', label: 'Waitlist', hint: 'Waiting for a first session.' },
            ]}
            value={draft.status}
            onChange={(status) => setDraft({ ...draft, status })}
            error={error?.fields.status}
          />
        </fieldset>
      )}

      <FormError error={error} placed={PLACED} />
      <div className="client-form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {creating ? 'Add client' : 'Save changes'}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

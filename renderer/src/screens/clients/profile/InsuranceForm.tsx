import { useState, type FormEvent } from 'react';
import type { Client } from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { Button } from '../../../ui/Button.tsx';
import { Choice } from '../../../ui/Choice.tsx';
import { MoneyField } from '../../../ui/MoneyField.tsx';
import { Select } from '../../../ui/Select.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import {
  insuranceDraft,
  insuranceInput,
  unreadableFields,
  type InsuranceDraft,
  type Relationship,
} from './insuranceDraft.ts';

const PLACED = [
  'insurance',
  'insurance.payerName',
  'insurance.payerId',
  'insurance.memberId',
  'insurance.groupNumber',
  'insurance.copayCents',
  'insurance.coinsuranceBp',
  'insurance.subscriber.name',
  'insurance.subscriber.dateOfBirth',
  'insurance.subscriber.relationship',
];

/** The client's relationship to the subscriber, as a claim states it. */
const RELATIONSHIPS = [
  { value: 'spouse', label: 'Client is their spouse or partner' },
  { value: 'child', label: 'Client is their child' },
  { value: 'other', label: 'Another relationship' },
] as const;

export interface InsuranceFormProps {
  client: Client;
  currency: string;
  onSaved: (client: Client) => void;
  onCancel: () => void;
}

export function InsuranceForm({ client, currency, onSaved, onCancel }: InsuranceFormProps) {
  const [draft, setDraft] = useState(() => insuranceDraft(client.insurance, currency));
  const { busy, error, setError, run, formRef } = useSubmit();
  const set = (changes: Partial<InsuranceDraft>) => setDraft({ ...draft, ...changes });
  const field = (key: string) => error?.fields[`insurance.${key}`];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const insurance = insuranceInput(draft, currency);
    if (!insurance) {
      const fields = unreadableFields(draft, currency);
      setError({
        code: 'VALIDATION',
        message:
          Object.keys(fields).length === 1
            ? 'One detail needs attention.'
            : 'Some details need attention.',
        fields,
      });
      return;
    }
    const outcome = await run(() =>
      call('clients.saveInsurance', { clientId: client.id, insurance }),
    );
    if (outcome?.ok) onSaved(outcome.value);
  };

  return (
    <form ref={formRef} className="client-form" onSubmit={submit} noValidate>
      <h2>Insurance</h2>
      <Choice
        legend="How are sessions paid for?"
        inline
        options={[
          { value: 'insurance', label: 'Insurance' },
          { value: 'self_pay', label: 'Self-pay', hint: 'The client pays for sessions.' },
        ]}
        value={draft.kind}
        onChange={(kind) => set({ kind })}
        error={error?.fields.insurance}
      />
      {draft.kind === 'insurance' && (
        <>
          <fieldset className="fieldset">
            <legend className="fieldset-legend">Plan</legend>
            <div className="field-grid">
              <TextField
                className="span-all"
                label="Payer name"
                hint="The insurance company or plan, as on the card."
                value={draft.payerName}
                onChange={(event) => set({ payerName: event.target.value })}
                error={field('payerName')}
              />
              <TextField
                label="Member ID"
                mono
                value={draft.memberId}
                onChange={(event) => set({ memberId: event.target.value })}
                error={field('memberId')}
              />
              <TextField
                label="Group number"
                mono
                value={draft.groupNumber}
                onChange={(event) => set({ groupNumber: event.target.value })}
                error={field('groupNumber')}
              />
              <TextField
                label="Payer ID"
                mono
                value={draft.payerId}
                onChange={(event) => set({ payerId: event.target.value })}
                error={field('payerId')}
              />
              <MoneyField
                label="Copay"
                hint="Per session, like 25.00. Leave it empty if there is none."
                currency={currency}
                value={draft.copay}
                onChange={(event) => set({ copay: event.target.value })}
                error={field('copayCents')}
              />
              <TextField
                label="Coinsurance %"
                hint="The client’s share after the copay, like 20. Leave it empty if none."
                inputMode="decimal"
                value={draft.coinsurance}
                onChange={(event) => set({ coinsurance: event.target.value })}
                error={field('coinsuranceBp')}
              />
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend className="fieldset-legend">Subscriber</legend>
            <Choice
              legend="Who holds the policy?"
              inline
              options={[
                { value: 'self', label: 'The client' },
                { value: 'other', label: 'Someone else' },
              ]}
              value={draft.subscriberIsClient ? 'self' : 'other'}
              onChange={(who) => set({ subscriberIsClient: who === 'self' })}
            />
            {!draft.subscriberIsClient && (
              <div className="field-grid">
                <TextField
                  label="Subscriber name"
                  value={draft.subscriberName}
                  onChange={(event) => set({ subscriberName: event.target.value })}
                  error={field('subscriber.name')}
                />
                <TextField
                  label="Subscriber date of birth"
                  type="date"
                  min="1900-01-01"
                  value={draft.subscriberBirthDate}
                  onChange={(event) => set({ subscriberBirthDate: event.target.value })}
                  error={field('subscriber.dateOfBirth')}
                />
                <Select
                  label="Relationship"
                  options={RELATIONSHIPS}
                  value={draft.relationship}
                  onChange={(event) => set({ relationship: event.target.value as Relationship })}
                  error={field('subscriber.relationship')}
                />
              </div>
            )}
          </fieldset>
        </>
      )}
      <FormError error={error} placed={PLACED} />
      <div className="client-form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          Save insurance
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

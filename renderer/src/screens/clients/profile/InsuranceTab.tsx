import { useState } from 'react';
import { percentText } from '../../../../../shared/domain/billing.ts';
import type { Client, Insurance } from '../../../../../shared/domain/clients.ts';
import { formatMoney } from '../../../../../shared/money.ts';
import { StatusMessage } from '../../../ui/Alert.tsx';
import { Button } from '../../../ui/Button.tsx';
import { Card } from '../../../ui/Card.tsx';
import { DetailList } from '../../../ui/DetailList.tsx';
import { formatDay } from '../format.ts';
import { InsuranceForm } from './InsuranceForm.tsx';

/** The client's relationship to the subscriber, as a claim states it. */
const RELATIONSHIP = {
  spouse: 'The client is their spouse or partner',
  child: 'The client is their child',
  other: 'Another relationship',
};

type Insured = Extract<Insurance, { kind: 'insurance' }>;

function Coverage({ insurance, currency }: { insurance: Insured; currency: string }) {
  const subscriber = insurance.subscriber;
  return (
    <div className="profile-grid">
      <Card title={insurance.payerName} level={3}>
        <DetailList
          items={[
            { term: 'Payer ID', detail: insurance.payerId },
            { term: 'Member ID', detail: insurance.memberId },
            { term: 'Group number', detail: insurance.groupNumber },
            {
              term: 'Copay',
              detail:
                insurance.copayCents === 0
                  ? 'None'
                  : `${formatMoney(insurance.copayCents, currency)} per session`,
            },
            {
              term: 'Coinsurance',
              detail:
                insurance.coinsuranceBp === 0
                  ? 'None'
                  : `${percentText(insurance.coinsuranceBp)} after the copay`,
            },
          ]}
        />
      </Card>
      <Card title="Subscriber" level={3}>
        {subscriber ? (
          <DetailList
            items={[
              { term: 'Name', detail: subscriber.name },
              { term: 'Date of birth', detail: formatDay(subscriber.dateOfBirth) },
              { term: 'Relationship', detail: RELATIONSHIP[subscriber.relationship] },
            ]}
          />
        ) : (
          <p>The client holds the policy.</p>
        )}
      </Card>
    </div>
  );
}

export interface InsuranceTabProps {
  client: Client;
  currency: string;
  onChange: (client: Client) => void;
}

export function InsuranceTab({ client, currency, onChange }: InsuranceTabProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const insurance = client.insurance;

  if (editing) {
    return (
      <InsuranceForm
        client={client}
        currency={currency}
        onSaved={(next) => {
          onChange(next);
          setEditing(false);
          setSaved(true);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const edit = () => {
    setSaved(false);
    setEditing(true);
  };
  const summary = !insurance
    ? 'Nothing recorded yet: add the client’s plan, or record that they pay for sessions themselves.'
    : insurance.kind === 'self_pay'
      ? 'Self-pay: the client pays for sessions themselves.'
      : 'Billed to insurance.';
  return (
    <>
      <div className="tab-head">
        <div className="stack-sm">
          <h2>Insurance</h2>
          <p className="muted">{summary}</p>
        </div>
        <Button variant={insurance ? 'secondary' : 'primary'} onClick={edit}>
          {insurance ? 'Edit insurance' : 'Add insurance or self-pay'}
        </Button>
      </div>
      <StatusMessage>{saved ? 'Insurance saved' : ''}</StatusMessage>
      {insurance?.kind === 'insurance' && <Coverage insurance={insurance} currency={currency} />}
    </>
  );
}

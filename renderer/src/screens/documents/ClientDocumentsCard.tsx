import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { DateRangeFields } from '../../ui/DateRangeFields.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { EstimatesCard } from './EstimatesCard.tsx';
import { savedText } from './saved.ts';
import './documents.css';

export interface ClientDocumentsCardProps {
  clientId: number;
  currency: string;
  /** Today in the practice's time zone (YYYY-MM-DD). */
  today: string;
}

type Kind = 'invoice' | 'statement' | 'superbill';

const KINDS: { value: Kind; label: string; hint: string }[] = [
  {
    value: 'invoice',
    label: 'Invoice',
    hint: 'The sessions of a date range, what was paid on them and what is still due.',
  },
  {
    value: 'statement',
    label: 'Monthly statement',
    hint: 'The balance brought forward, the month’s charges and payments, and the new balance.',
  },
  {
    value: 'superbill',
    label: 'Superbill',
    hint: 'For a client who claims from their insurer: codes, diagnoses, your NPI and signature.',
  },
];

const PLACED = ['from', 'to', 'month'];

/** A client's invoices, statements and superbills, and their Good Faith Estimates. */
export function ClientDocumentsCard({ clientId, currency, today }: ClientDocumentsCardProps) {
  return (
    <>
      <DocumentsCard clientId={clientId} today={today} />
      <EstimatesCard clientId={clientId} currency={currency} today={today} />
    </>
  );
}

function DocumentsCard({ clientId, today }: { clientId: number; today: string }) {
  const [kind, setKind] = useState<Kind>('invoice');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [status, setStatus] = useState('');
  const { busy, error, run, formRef } = useSubmit();
  const fields = error?.fields ?? {};
  const chosen = KINDS.find((k) => k.value === kind) ?? {
    value: kind,
    label: 'Document',
    hint: '',
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const outcome = await run(() =>
      kind === 'statement'
        ? call('documents.statement', { clientId, month })
        : call(kind === 'invoice' ? 'documents.invoice' : 'documents.superbill', {
            clientId,
            from,
            to,
          }),
    );
    if (outcome?.ok) setStatus(savedText(outcome.value, chosen.label));
  };

  return (
    <Card
      title="Documents"
      description="Saved as a PDF where you choose. Nothing is sent anywhere."
    >
      <form ref={formRef} className="stack-sm documents-form" onSubmit={submit} noValidate>
        <Choice
          legend="Document"
          look="segmented"
          options={KINDS.map(({ value, label }) => ({ value, label }))}
          value={kind}
          onChange={(value) => {
            setKind(value);
            setStatus('');
          }}
        />
        <p className="muted documents-hint">{chosen.hint}</p>
        <div className="documents-fields">
          {kind === 'statement' ? (
            <TextField
              label="Month"
              type="month"
              value={month}
              max={today.slice(0, 7)}
              onChange={(e) => setMonth(e.target.value)}
              error={fields.month}
            />
          ) : (
            <DateRangeFields
              from={from}
              to={to}
              onFromChange={setFrom}
              onToChange={setTo}
              fromError={fields.from}
              toError={fields.to}
            />
          )}
          <Button type="submit" variant="primary" busy={busy} busyLabel="Making the PDF…">
            Save {chosen.label.toLowerCase()}…
          </Button>
        </div>
        <FormError error={error} placed={PLACED} onField={['VALIDATION']} />
        <StatusMessage>{status}</StatusMessage>
      </form>
    </Card>
  );
}

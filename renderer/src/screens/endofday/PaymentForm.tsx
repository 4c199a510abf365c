import { useState, type FormEvent } from 'react';
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from '../../../../shared/domain/billing.ts';
import { parseMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';

type Method = (typeof PAYMENT_METHODS)[number];

export interface PaymentFormProps {
  clientId: number;
  clientName: string;
  day: string;
  currency: string;
  /** What the form starts with: the client's balance, when they owe. */
  suggestedCents: number;
  onDone: () => void;
  onCancel: () => void;
}

/** A payment taken at the end of a session, dated that day, paying the oldest charges first. */
export function PaymentForm({
  clientId,
  clientName,
  day,
  currency,
  suggestedCents,
  onDone,
  onCancel,
}: PaymentFormProps) {
  const [amount, setAmount] = useState(suggestedCents > 0 ? (suggestedCents / 100).toFixed(2) : '');
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountCents = parseMoney(amount, currency);
    if (amountCents === null || amountCents <= 0) {
      setError({
        code: 'VALIDATION',
        message: 'Check the amount.',
        fields: { amountCents: 'Enter the amount received, like 90.00.' },
      });
      return;
    }
    const outcome = await run(() =>
      call('billing.recordPayment', {
        clientId,
        receivedOn: day,
        method,
        reference: reference.trim(),
        from: 'client',
        amountCents,
      }),
    );
    if (outcome?.ok) onDone();
  };

  return (
    <form
      ref={formRef}
      className="eod-payment"
      onSubmit={submit}
      noValidate
      aria-label={`Payment from ${clientName}`}
    >
      <div className="eod-payment-fields">
        <MoneyField
          label="Amount"
          currency={currency}
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={error?.fields.amountCents}
          autoFocus
        />
        <Select
          label="Paid by"
          value={method}
          onChange={(event) => setMethod(event.target.value as Method)}
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
        />
        {method !== 'cash' && (
          <TextField
            label={method === 'check' ? 'Check number' : 'Reference (optional)'}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            error={error?.fields.reference}
            maxLength={60}
          />
        )}
      </div>
      <FormError
        error={error}
        placed={['amountCents', 'reference', 'method']}
        onField={['VALIDATION']}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Recording…">
          Record payment
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

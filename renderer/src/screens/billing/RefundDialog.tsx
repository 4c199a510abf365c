import { useState, type FormEvent } from 'react';
import {
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  type Ledger,
} from '../../../../shared/domain/billing.ts';
import { formatMoney, parseMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { moneyText } from './money.ts';

type Method = (typeof PAYMENT_METHODS)[number];

export interface RefundDialogProps {
  clientId: number;
  ledger: Ledger;
  currency: string;
  today: string;
  onClose: () => void;
  onDone: (ledger: Ledger) => void;
}

const PLACED = ['amountCents', 'method', 'reference', 'on'];

/** Gives back part or all of the client's credit. */
export function RefundDialog({
  clientId,
  ledger,
  currency,
  today,
  onClose,
  onDone,
}: RefundDialogProps) {
  const [amount, setAmount] = useState(moneyText(ledger.creditCents, currency));
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  const [on, setOn] = useState(today);
  const { busy, error, setError, run, formRef } = useSubmit();
  const fields = error?.fields ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountCents = parseMoney(amount, currency);
    if (amountCents === null) {
      setError({
        code: 'VALIDATION',
        message: 'Check the amount.',
        fields: { amountCents: 'Enter an amount like 20.00.' },
      });
      return;
    }
    const outcome = await run(() =>
      call('billing.refund', {
        clientId,
        amountCents,
        method,
        reference: reference.trim(),
        on,
      }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <Dialog open title="Refund credit" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          The client’s credit is {formatMoney(ledger.creditCents, currency)}; up to that can be
          refunded.
        </p>
        <div className="field-grid">
          <MoneyField
            label="Amount"
            currency={currency}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={fields.amountCents}
            data-autofocus
          />
          <TextField
            label="Refunded on"
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
            error={fields.on}
          />
          <Select
            label="Method"
            value={method}
            onChange={(e) => setMethod(e.target.value as Method)}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
            error={fields.method}
          />
          <TextField
            label="Reference (optional)"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={fields.reference}
            mono
          />
        </div>
        <FormError error={error} placed={PLACED} />
        <div className="dialog-actions">
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Refunding…">
            Refund
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

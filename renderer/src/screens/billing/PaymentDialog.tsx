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
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDay } from '../clients/format.ts';

type Method = (typeof PAYMENT_METHODS)[number];

export interface PaymentDialogProps {
  clientId: number;
  ledger: Ledger;
  currency: string;
  today: string;
  onClose: () => void;
  /** The new ledger, and the core's note when part of the payment became credit. */
  onDone: (ledger: Ledger, note: string | null) => void;
}

const PLACED = ['receivedOn', 'method', 'reference', 'from', 'amountCents', 'chargeIds'];

/** A payment received: how, from whom, how much, and (if the counselor says) for which charges. */
export function PaymentDialog({
  clientId,
  ledger,
  currency,
  today,
  onClose,
  onDone,
}: PaymentDialogProps) {
  const [receivedOn, setReceivedOn] = useState(today);
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  const [from, setFrom] = useState<'client' | 'payer'>('client');
  const [amount, setAmount] = useState('');
  const [chosen, setChosen] = useState<number[]>([]);
  const { busy, error, setError, run, formRef } = useSubmit();
  const fields = error?.fields ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountCents = parseMoney(amount, currency);
    if (amountCents === null) {
      setError({
        code: 'VALIDATION',
        message: 'Check the amount.',
        fields: { amountCents: 'Enter an amount like 80.00.' },
      });
      return;
    }
    const outcome = await run(() =>
      call('billing.recordPayment', {
        clientId,
        receivedOn,
        method,
        reference: reference.trim(),
        from,
        amountCents,
        chargeIds: ledger.openCharges.filter((c) => chosen.includes(c.id)).map((c) => c.id),
      }),
    );
    if (outcome?.ok) {
      const { note, ...next } = outcome.value;
      onDone(next, note);
    }
  };

  return (
    <Dialog open title="Record payment" onClose={onClose} size="wide">
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted billing-owed">
          {ledger.balanceCents > 0
            ? `Owed now: ${formatMoney(ledger.balanceCents, currency)}. Anything above it is kept as credit.`
            : 'Nothing is owed now: the whole payment is kept as credit.'}
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
            label="Received on"
            type="date"
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.target.value)}
            error={fields.receivedOn}
          />
          <Select
            label="Method"
            value={method}
            onChange={(e) => setMethod(e.target.value as Method)}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
            error={fields.method}
          />
          <TextField
            label={method === 'check' ? 'Check number' : 'Reference (optional)'}
            hint={method === 'check' ? 'Required for a check.' : 'A receipt or transfer reference.'}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            error={fields.reference}
            mono
          />
          <Choice
            className="span-all"
            legend="Paid by"
            look="segmented"
            options={[
              { value: 'client', label: 'The client' },
              { value: 'payer', label: 'The insurer' },
            ]}
            value={from}
            onChange={setFrom}
            error={fields.from}
          />
        </div>
        {ledger.openCharges.length > 0 && (
          <fieldset className="billing-charges">
            <legend className="choice-legend">Pay these charges first (optional)</legend>
            <p className="field-hint">Nothing ticked: the oldest open charges are paid first.</p>
            {ledger.openCharges.map((c) => (
              <Checkbox
                key={c.id}
                label={
                  <span className="billing-charge-option">
                    <span>
                      {formatDay(c.on)} · {c.description}
                    </span>
                    <span className="billing-number">{formatMoney(c.dueCents, currency)} due</span>
                  </span>
                }
                checked={chosen.includes(c.id)}
                onChange={(e) =>
                  setChosen((now) =>
                    e.target.checked ? [...now, c.id] : now.filter((x) => x !== c.id),
                  )
                }
              />
            ))}
            {fields.chargeIds && <p className="field-error">{fields.chargeIds}</p>}
          </fieldset>
        )}
        <FormError error={error} placed={PLACED} />
        <div className="dialog-actions">
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Recording…">
            Record payment
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

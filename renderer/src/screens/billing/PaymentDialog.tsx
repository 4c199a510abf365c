import { useState } from 'react';
import type { Ledger } from '../../../../shared/domain/billing.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { formatDay } from '../clients/format.ts';
import type { LedgerDialogProps } from './LedgerDialogProps.ts';
import { MoneyFields } from './MoneyFields.tsx';
import { useMoneyDraft } from './useMoneyDraft.ts';
import { useMoneyForm } from './useMoneyForm.ts';

/** Gets the new ledger, and the core's note when part of the payment became credit. */
export type PaymentDialogProps = LedgerDialogProps<(ledger: Ledger, note: string | null) => void>;

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
  const [money, changeMoney] = useMoneyDraft({ on: today });
  const [from, setFrom] = useState<'client' | 'payer'>('client');
  const [chosen, setChosen] = useState<number[]>([]);
  const form = useMoneyForm(currency);
  const { fields } = form;
  // A client's money pays what the client owes, an insurer's what the insurer is expected to pay.
  const dueFrom = (c: Ledger['openCharges'][number]) =>
    from === 'payer' ? c.payerDueCents : c.clientDueCents;
  const payable = ledger.openCharges.filter((c) => dueFrom(c) > 0);
  const owed = from === 'payer' ? ledger.payerDueCents : ledger.clientDueCents;

  const submit = form.submitMoney(
    { amountCents: { text: money.amount, problem: 'Enter an amount like 80.00.' } },
    ({ amountCents }) =>
      call('billing.recordPayment', {
        clientId,
        receivedOn: money.on,
        method: money.method,
        reference: money.reference.trim(),
        from,
        amountCents,
        chargeIds: payable.filter((c) => chosen.includes(c.id)).map((c) => c.id),
      }),
    ({ note, ...next }) => onDone(next, note),
  );

  return (
    <FormDialog
      title="Record payment"
      onClose={onClose}
      size="wide"
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel="Record payment"
      busyLabel="Recording…"
    >
      <p className="muted billing-owed">
        {owed > 0
          ? `${from === 'payer' ? 'Expected from the insurer' : 'Owed by the client'} now: ${formatMoney(owed, currency)}. Anything above it is kept as credit.`
          : `Nothing is ${from === 'payer' ? 'expected from the insurer' : 'owed by the client'} now: the whole payment is kept as credit.`}
      </p>
      <div className="field-grid">
        <MoneyFields
          value={money}
          onChange={changeMoney}
          currency={currency}
          fields={fields}
          focusAmount="in-dialog"
          date={{ label: 'Received on', field: 'receivedOn' }}
          method={{
            referenceHint: (m) =>
              m === 'check' ? 'Required for a check.' : 'A receipt or transfer reference.',
          }}
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
      {payable.length > 0 && (
        <fieldset className="billing-charges">
          <legend className="choice-legend">Pay these charges first (optional)</legend>
          <p className="field-hint">Nothing ticked: the oldest open charges are paid first.</p>
          {payable.map((c) => (
            <Checkbox
              key={c.id}
              label={
                <span className="billing-charge-option">
                  <span>
                    {formatDay(c.on)} · {c.description}
                  </span>
                  <span className="billing-number">{formatMoney(dueFrom(c), currency)} due</span>
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
    </FormDialog>
  );
}

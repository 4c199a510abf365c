import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { moneyText } from '../billing/money.ts';
import { MoneyFields } from '../billing/MoneyFields.tsx';
import { useMoneyDraft } from '../billing/useMoneyDraft.ts';
import { useMoneyForm } from '../billing/useMoneyForm.ts';

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
  const [money, changeMoney] = useMoneyDraft({
    amount: suggestedCents > 0 ? moneyText(suggestedCents, currency) : '',
  });
  const form = useMoneyForm(currency);
  const { busy, error, fields, formRef } = form;

  const submit = form.submitMoney(
    {
      amountCents: {
        text: money.amount,
        problem: 'Enter the amount received, like 90.00.',
        positive: true,
      },
    },
    ({ amountCents }) =>
      call('billing.recordPayment', {
        clientId,
        receivedOn: day,
        method: money.method,
        reference: money.reference.trim(),
        from: 'client',
        amountCents,
      }),
    onDone,
  );

  return (
    <form
      ref={formRef}
      className="eod-payment"
      onSubmit={submit}
      noValidate
      aria-label={`Payment from ${clientName}`}
    >
      <div className="eod-payment-fields">
        <MoneyFields
          value={money}
          onChange={changeMoney}
          currency={currency}
          fields={fields}
          focusAmount="on-show"
          method={{ label: 'Paid by', hideReferenceForCash: true }}
        />
      </div>
      <FormError
        error={error}
        placed={['amountCents', 'reference', 'method']}
        onField={['VALIDATION']}
      />
      <FormActions
        layout="inline"
        onCancel={onCancel}
        submitLabel="Record payment"
        busy={busy}
        busyLabel="Recording…"
      />
    </form>
  );
}

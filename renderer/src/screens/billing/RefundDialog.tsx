import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import type { LedgerDialogProps } from './LedgerDialogProps.ts';
import { moneyText } from './money.ts';
import { MoneyFields } from './MoneyFields.tsx';
import { useMoneyDraft } from './useMoneyDraft.ts';
import { useMoneyForm } from './useMoneyForm.ts';

export type RefundDialogProps = LedgerDialogProps;

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
  const [money, changeMoney] = useMoneyDraft({
    amount: moneyText(ledger.creditCents, currency),
    on: today,
  });
  const form = useMoneyForm(currency);
  const { fields } = form;

  const submit = form.submitMoney(
    { amountCents: { text: money.amount, problem: 'Enter an amount like 20.00.' } },
    ({ amountCents }) =>
      call('billing.refund', {
        clientId,
        amountCents,
        method: money.method,
        reference: money.reference.trim(),
        on: money.on,
      }),
    onDone,
  );

  return (
    <FormDialog
      title="Refund credit"
      onClose={onClose}
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel="Refund"
      busyLabel="Refunding…"
    >
      <p className="muted">
        The client’s credit is {formatMoney(ledger.creditCents, currency)}; up to that can be
        refunded.
      </p>
      <div className="field-grid">
        <MoneyFields
          value={money}
          onChange={changeMoney}
          currency={currency}
          fields={fields}
          focusAmount="in-dialog"
          date={{ label: 'Refunded on', field: 'on' }}
          method={{ checkNeedsNumber: false }}
        />
      </div>
    </FormDialog>
  );
}

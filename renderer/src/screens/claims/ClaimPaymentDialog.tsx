import { useState } from 'react';
import type { Claim } from '../../../../shared/domain/claims.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { MoneyFields } from '../billing/MoneyFields.tsx';
import { useMoneyDraft } from '../billing/useMoneyDraft.ts';
import { useMoneyForm } from '../billing/useMoneyForm.ts';

export interface ClaimPaymentDialogProps {
  claim: Claim;
  currency: string;
  today: string;
  onClose: () => void;
  onDone: (claim: Claim, note: string | null) => void;
}

const PLACED = [
  'amountCents',
  'receivedOn',
  'method',
  'reference',
  'adjustmentCents',
  'adjustmentReason',
];

/** What the insurer paid on a claim, from its payment notice (EOB or ERA). */
export function ClaimPaymentDialog({
  claim,
  currency,
  today,
  onClose,
  onDone,
}: ClaimPaymentDialogProps) {
  const [payment, changePayment] = useMoneyDraft({ on: today, method: 'transfer' });
  const [adjustment, setAdjustment] = useState('');
  const [reason, setReason] = useState('Contractual adjustment');
  const form = useMoneyForm(currency);
  const { fields } = form;
  const money = (cents: number) => formatMoney(cents, currency);

  const submit = form.submitMoney(
    {
      amountCents: { text: payment.amount, problem: 'Enter an amount like 110.00.' },
      adjustmentCents: {
        text: adjustment,
        problem: 'Enter an amount like 20.00, or leave it empty.',
        optional: true,
      },
    },
    ({ amountCents, adjustmentCents }) =>
      call('claims.postPayment', {
        claimId: claim.id,
        receivedOn: payment.on,
        amountCents,
        reference: payment.reference.trim(),
        method: payment.method,
        adjustmentCents,
        adjustmentReason: adjustmentCents > 0 ? reason.trim() : '',
      }),
    ({ claim: paid, note }) => onDone(paid, note),
    'Check the amounts.',
  );

  return (
    <FormDialog
      title={`Insurer payment on claim #${claim.id}`}
      onClose={onClose}
      size="wide"
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel="Post payment"
      busyLabel="Posting…"
    >
      <p className="muted claims-owed">
        {claim.clientName} · {claim.payerName}. Billed {money(claim.totalCents)}; expected from the
        insurer {money(claim.payerDueCents)}.
      </p>
      <div className="field-grid">
        <MoneyFields
          value={payment}
          onChange={changePayment}
          currency={currency}
          fields={fields}
          amountLabel="Amount paid"
          focusAmount="in-dialog"
          date={{ label: 'Received on', field: 'receivedOn' }}
          method={{
            label: 'Paid by',
            referenceHint: () => 'The check or EFT trace number on the payment notice.',
          }}
        />
        <MoneyField
          label="Contractual adjustment (optional)"
          hint="What the insurer’s contract writes off, from the notice. Not owed by anyone."
          currency={currency}
          value={adjustment}
          onChange={(e) => setAdjustment(e.target.value)}
          error={fields.adjustmentCents}
        />
        <TextField
          label="Adjustment reason"
          hint="For example “CO-45”."
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fields.adjustmentReason}
        />
      </div>
    </FormDialog>
  );
}

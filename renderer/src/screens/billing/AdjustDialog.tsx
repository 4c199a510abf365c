import { useState } from 'react';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { Choice } from '../../ui/Choice.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDay } from '../clients/format.ts';
import type { LedgerDialogProps } from './LedgerDialogProps.ts';
import { moneyText } from './money.ts';
import { MoneyFields } from './MoneyFields.tsx';
import { useMoneyDraft } from './useMoneyDraft.ts';
import { useMoneyForm } from './useMoneyForm.ts';

export type AdjustDialogProps = LedgerDialogProps;

const PLACED = ['kind', 'amountCents', 'reason', 'on', 'chargeId'];

/** Takes money off what the client owes: a write-off (not to be collected) or an adjustment. */
export function AdjustDialog({
  clientId,
  ledger,
  currency,
  today,
  onClose,
  onDone,
}: AdjustDialogProps) {
  const first = ledger.openCharges[0];
  const [kind, setKind] = useState<'write_off' | 'adjustment'>('write_off');
  const [chargeId, setChargeId] = useState(first ? String(first.id) : '');
  const [money, changeMoney] = useMoneyDraft({
    amount: first ? moneyText(first.dueCents, currency) : '',
    on: today,
  });
  const [reason, setReason] = useState('');
  const form = useMoneyForm(currency);
  const { fields } = form;

  const pickCharge = (value: string) => {
    setChargeId(value);
    const charge = ledger.openCharges.find((c) => String(c.id) === value);
    if (charge) changeMoney({ amount: moneyText(charge.dueCents, currency) });
  };

  const submit = form.submitMoney(
    { amountCents: { text: money.amount, problem: 'Enter an amount like 20.00.' } },
    ({ amountCents }) =>
      call('billing.adjust', {
        clientId,
        chargeId: chargeId ? Number(chargeId) : null,
        kind,
        amountCents,
        reason: reason.trim(),
        on: money.on,
      }),
    onDone,
  );

  return (
    <FormDialog
      title="Write-off or adjustment"
      onClose={onClose}
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel={kind === 'write_off' ? 'Write off' : 'Adjust'}
      busyLabel="Saving…"
    >
      <Choice
        legend="Kind"
        look="segmented"
        options={[
          { value: 'write_off', label: 'Write-off' },
          { value: 'adjustment', label: 'Adjustment' },
        ]}
        value={kind}
        onChange={setKind}
        error={fields.kind}
      />
      <Select
        label="On charge"
        value={chargeId}
        onChange={(e) => pickCharge(e.target.value)}
        options={[
          { value: '', label: 'No particular charge' },
          ...ledger.openCharges.map((c) => ({
            value: String(c.id),
            label: `${formatDay(c.on)} · ${c.description} · ${formatMoney(c.dueCents, currency)} due`,
          })),
        ]}
        error={fields.chargeId}
      />
      <div className="field-grid">
        <MoneyFields
          value={money}
          onChange={changeMoney}
          currency={currency}
          fields={fields}
          date={{ label: 'Date', field: 'on' }}
        />
      </div>
      <TextField
        label="Reason"
        hint="Kept in the ledger, e.g. “Hardship, agreed in session”."
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
        data-autofocus
      />
    </FormDialog>
  );
}

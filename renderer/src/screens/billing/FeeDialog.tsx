import { useState, type FormEvent } from 'react';
import { parsePercent, percentText, type FeeKind } from '../../../../shared/domain/billing.ts';
import { call } from '../../api.ts';
import { Choice } from '../../ui/Choice.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDay } from '../clients/format.ts';
import type { LedgerDialogProps } from './LedgerDialogProps.ts';
import { moneyText } from './money.ts';
import { useMoneyForm } from './useMoneyForm.ts';

export type FeeDialogProps = LedgerDialogProps;

const PLACED = ['kind', 'rateCents', 'discountBp', 'reason', 'effectiveFrom'];

const KINDS = [
  { value: 'standard', label: 'Standard fee', hint: 'Each service’s fee from Settings.' },
  { value: 'rate', label: 'Own rate', hint: 'One set amount per session.' },
  { value: 'sliding', label: 'Sliding scale', hint: 'A percentage off each service’s fee.' },
] as const;

/** Sets the client's fee from a day on; the earlier arrangement stays in the history. */
export function FeeDialog({ clientId, ledger, currency, today, onClose, onDone }: FeeDialogProps) {
  const current = ledger.fee.current;
  const [kind, setKind] = useState<FeeKind>(current?.kind ?? 'standard');
  const [rate, setRate] = useState(
    current?.rateCents ? moneyText(current.rateCents, currency) : '',
  );
  const [discount, setDiscount] = useState(
    current?.discountBp ? percentText(current.discountBp).replace('%', '') : '',
  );
  const [reason, setReason] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const form = useMoneyForm(currency);
  const { fields } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Only the chosen kind's amount is sent; one left empty is for the core to ask for.
    let rateCents: number | null = null;
    if (kind === 'rate' && rate.trim() !== '') {
      const money = form.readMoney(
        { rateCents: { text: rate, problem: 'Enter the rate as an amount, like 90.00.' } },
        'Check the rate.',
      );
      if (!money) return;
      rateCents = money.rateCents;
    }
    const discountBp = kind === 'sliding' && discount.trim() !== '' ? parsePercent(discount) : null;
    if (kind === 'sliding' && discount.trim() !== '' && discountBp === null) {
      form.refuse('Check the discount.', {
        discountBp: 'Enter the discount as a percentage, like 40 or 12.5.',
      });
      return;
    }
    const outcome = await form.run(() =>
      call('billing.setFeeArrangement', {
        clientId,
        kind,
        rateCents,
        discountBp,
        reason: reason.trim(),
        effectiveFrom,
      }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <FormDialog
      title="Set the client’s fee"
      onClose={onClose}
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel="Save fee"
      busyLabel="Saving…"
    >
      <p className="muted">
        {current
          ? `Now: ${current.description}, since ${formatDay(current.effectiveFrom)}.`
          : 'Now: the standard fee of each service.'}{' '}
        Sessions from the start date on are charged the new fee; charges already posted stay as they
        are.
      </p>
      <Choice legend="Fee" options={KINDS} value={kind} onChange={setKind} error={fields.kind} />
      <div className="field-grid">
        {kind === 'rate' && (
          <MoneyField
            label="Rate per session"
            currency={currency}
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            error={fields.rateCents}
          />
        )}
        {kind === 'sliding' && (
          <TextField
            label="Discount %"
            hint="Off each service’s fee, like 40. The discount is rounded to the nearest cent."
            inputMode="decimal"
            value={discount}
            onChange={(e) => setDiscount(e.target.value)}
            error={fields.discountBp}
          />
        )}
        <TextField
          label="Starts on"
          type="date"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          error={fields.effectiveFrom}
        />
        <TextField
          className="span-all"
          label={kind === 'standard' ? 'Reason (optional)' : 'Reason'}
          hint="Why this client has their own fee, like “reduced income”."
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fields.reason}
        />
      </div>
    </FormDialog>
  );
}

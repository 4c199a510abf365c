import { useState, type FormEvent } from 'react';
import type { Ledger } from '../../../../shared/domain/billing.ts';
import { formatMoney, parseMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDay } from '../clients/format.ts';
import { moneyText } from './money.ts';

export interface AdjustDialogProps {
  clientId: number;
  ledger: Ledger;
  currency: string;
  today: string;
  onClose: () => void;
  onDone: (ledger: Ledger) => void;
}

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
  const [amount, setAmount] = useState(first ? moneyText(first.dueCents, currency) : '');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(today);
  const { busy, error, setError, run, formRef } = useSubmit();
  const fields = error?.fields ?? {};

  const pickCharge = (value: string) => {
    setChargeId(value);
    const charge = ledger.openCharges.find((c) => String(c.id) === value);
    if (charge) setAmount(moneyText(charge.dueCents, currency));
  };

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
      call('billing.adjust', {
        clientId,
        chargeId: chargeId ? Number(chargeId) : null,
        kind,
        amountCents,
        reason: reason.trim(),
        on,
      }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <Dialog open title="Write-off or adjustment" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
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
          <MoneyField
            label="Amount"
            currency={currency}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={fields.amountCents}
          />
          <TextField
            label="Date"
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
            error={fields.on}
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
        <FormError error={error} placed={PLACED} />
        <div className="dialog-actions">
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            {kind === 'write_off' ? 'Write off' : 'Adjust'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { formatMoney } from '../../../../shared/money.ts';
import type { Appointment, PendingFee } from '../../../../shared/domain/scheduling.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';

const KIND: Record<PendingFee['kind'], string> = {
  late_cancel: 'Late-cancel fee',
  no_show: 'No-show fee',
};

export function feeText(fee: PendingFee, currency: string): string {
  return `${KIND[fee.kind]} ${formatMoney(fee.amountCents, currency)}`;
}

export interface FeeNoticeProps {
  fee: PendingFee;
  currency: string;
  onChanged: (appointments: Appointment[]) => void;
}

/** A session's policy fee: pending until billed, or waived with the counselor's reason. */
export function FeeNotice({ fee, currency, onChanged }: FeeNoticeProps) {
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => call('fees.waive', { id: fee.id, reason }));
    if (outcome?.ok) {
      setWaiving(false);
      onChanged(outcome.value.appointments);
    }
  };

  if (fee.status !== 'pending') {
    return (
      <div className="fee-notice">
        <p>
          <Badge tone="quiet">{fee.status === 'waived' ? 'Waived' : 'Billed'}</Badge>{' '}
          {feeText(fee, currency)}
          {fee.waiveReason && <span className="muted"> · {fee.waiveReason}</span>}
        </p>
      </div>
    );
  }
  return (
    <div className="fee-notice is-pending">
      <div className="fee-line">
        <p>
          <Badge tone="neutral">Fee pending</Badge> {feeText(fee, currency)}, under your
          cancellation policy.
        </p>
        {!waiving && (
          <Button className="button-small" onClick={() => setWaiving(true)}>
            Waive fee
          </Button>
        )}
      </div>
      {waiving && (
        <form ref={formRef} className="waive-form" onSubmit={submit} noValidate>
          <TextField
            label="Why is the fee waived?"
            hint="Kept with the session, for your records."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={error?.fields.reason}
            maxLength={500}
            autoFocus
          />
          <FormError error={error} placed={['reason', 'id']} onField={['VALIDATION']} />
          <div className="row">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Waiving…">
              Waive the fee
            </Button>
            <Button onClick={() => setWaiving(false)}>Keep the fee</Button>
          </div>
        </form>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { STATUS_LABELS, type AppointmentStatus } from '../../../../shared/domain/scheduling.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { StatusBadge } from '../schedule/StatusBadge.tsx';
import { FEE_KIND, NOTE_LABELS, formatClock, type DayRow } from './format.ts';
import { PaymentForm } from './PaymentForm.tsx';

const QUICK_STATUSES: readonly [AppointmentStatus, string][] = [
  ['attended', 'Attended'],
  ['no_show', 'No-show'],
  ['late_cancel', 'Late cancel'],
  ['cancelled_client', 'Cancelled'],
];

export interface SessionRowProps {
  row: DayRow;
  day: string;
  currency: string;
  /** A closed day: shown, never changed. */
  readOnly: boolean;
  onChanged: () => void;
}

function ChargeCell({ row, currency }: { row: DayRow; currency: string }) {
  const amount = formatMoney(row.charge.amountCents, currency);
  switch (row.charge.state) {
    case 'posted':
      return (
        <>
          <span className="eod-amount">{amount}</span>
          <span className="eod-sub">Posted</span>
        </>
      );
    case 'suggested':
      return (
        <>
          <span className="eod-amount">{amount}</span>
          <span className="eod-sub">To post</span>
        </>
      );
    case 'waiting_for_note':
      return (
        <>
          <span className="eod-amount">{amount}</span>
          <span className="eod-sub">Waiting for the note</span>
        </>
      );
    default:
      return <span className="eod-sub">No charge</span>;
  }
}

/** One session of the day: what happened, what it costs, and what was paid. */
export function SessionRow({ row, day, currency, readOnly, onChanged }: SessionRowProps) {
  const [statusBusy, setStatusBusy] = useState<AppointmentStatus | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState('');
  const [paying, setPaying] = useState(false);
  const { busy: waiveBusy, error: waiveError, run: runWaive, formRef: waiveFormRef } = useSubmit();
  const recode = useSubmit();
  const time = formatClock(row.time);
  const who = `${time} session with ${row.clientName}`;
  const status = row.status as AppointmentStatus;

  const setStatus = async (next: AppointmentStatus) => {
    if (statusBusy) return;
    setStatusBusy(next);
    setStatusError(null);
    try {
      await call('schedule.setStatus', { id: row.appointmentId, status: next });
      onChanged();
    } catch (error) {
      setStatusError(toShownError(error).message);
    } finally {
      setStatusBusy(null);
    }
  };

  // The time rule's code instead of the booked one; posting the whole day keeps booked codes.
  const chargeSuggested = async (serviceCode: string) => {
    const outcome = await recode.run(() =>
      call('billing.postSession', {
        appointmentId: row.appointmentId,
        serviceCode: serviceCode as '90832' | '90834' | '90837',
      }),
    );
    if (outcome?.ok) onChanged();
  };
  const canRecode =
    row.suggestedCode !== null &&
    row.suggestedAmountCents !== null &&
    row.charge.state === 'suggested';

  const submitWaive = async (event: FormEvent) => {
    event.preventDefault();
    if (!row.fee) return;
    const fee = row.fee;
    const outcome = await runWaive(() => call('fees.waive', { id: fee.id, reason }));
    if (outcome?.ok) {
      setWaiving(false);
      onChanged();
    }
  };

  return (
    <li className="eod-row" aria-label={who}>
      <div className="eod-row-main">
        <p className="eod-time">
          {time}
          <span className="eod-sub">{row.durationMin} min</span>
        </p>
        <div className="eod-who">
          <p className="eod-client">{row.clientName}</p>
          <p className="eod-service">
            <span className="mono">{row.serviceCode}</span>
            {row.suggestedCode && <Badge tone="neutral">Time rule: {row.suggestedCode}</Badge>}
          </p>
        </div>
        <dl className="eod-facts">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={status} />
            </dd>
          </div>
          <div>
            <dt>Note</dt>
            <dd>
              {status === 'scheduled' ? (
                <span className="muted">After the session</span>
              ) : (
                <Badge
                  tone={
                    row.note === 'signed'
                      ? 'accent'
                      : row.note === 'not_needed'
                        ? 'quiet'
                        : 'neutral'
                  }
                >
                  {NOTE_LABELS[row.note]}
                </Badge>
              )}
            </dd>
          </div>
          <div>
            <dt>Fee</dt>
            <dd>
              {row.fee ? (
                <span>
                  {FEE_KIND[row.fee.kind] ?? 'Fee'} {formatMoney(row.fee.amountCents, currency)}{' '}
                  <Badge tone={row.fee.status === 'pending' ? 'neutral' : 'quiet'}>
                    {row.fee.status === 'pending'
                      ? 'Pending'
                      : row.fee.status === 'waived'
                        ? 'Waived'
                        : 'Billed'}
                  </Badge>
                </span>
              ) : (
                <span className="muted">None</span>
              )}
            </dd>
          </div>
        </dl>
        <dl className="eod-money">
          <div>
            <dt>Charge</dt>
            <dd>
              <ChargeCell row={row} currency={currency} />
            </dd>
          </div>
          <div>
            <dt>Paid today</dt>
            <dd className="eod-amount">{formatMoney(row.paidTodayCents, currency)}</dd>
          </div>
          <div>
            <dt>Balance</dt>
            <dd className="eod-amount">{formatMoney(row.balanceCents, currency)}</dd>
          </div>
        </dl>
      </div>

      {!readOnly && (
        <div className="eod-actions">
          {status === 'scheduled' && (
            <div className="eod-status-buttons" role="group" aria-label={`Status of the ${who}`}>
              {QUICK_STATUSES.map(([value, label]) => (
                <Button
                  key={value}
                  className="button-small"
                  variant={value === 'attended' ? 'primary' : 'secondary'}
                  busy={statusBusy === value}
                  busyLabel="Saving…"
                  onClick={() => void setStatus(value)}
                  title={STATUS_LABELS[value]}
                >
                  {label}
                </Button>
              ))}
            </div>
          )}
          {canRecode && row.suggestedCode && (
            <Button
              className="button-small"
              busy={recode.busy}
              busyLabel="Charging…"
              onClick={() => void chargeSuggested(row.suggestedCode as string)}
              aria-label={`Charge ${row.suggestedCode} instead for the ${who}`}
            >
              Charge {row.suggestedCode} instead
              {row.suggestedAmountCents !== null &&
                ` · ${formatMoney(row.suggestedAmountCents, currency)}`}
            </Button>
          )}
          {row.fee?.status === 'pending' && !waiving && (
            <Button className="button-small" onClick={() => setWaiving(true)}>
              Waive fee
            </Button>
          )}
          {!paying && (
            <Button className="button-small" onClick={() => setPaying(true)}>
              Take payment
            </Button>
          )}
        </div>
      )}
      {statusError && <Alert tone="error">{statusError}</Alert>}
      {recode.error && <Alert tone="error">{recode.error.message}</Alert>}

      {!readOnly && waiving && row.fee && (
        <form
          ref={waiveFormRef}
          className="eod-inline-form"
          onSubmit={submitWaive}
          noValidate
          aria-label={`Waive the fee for the ${who}`}
        >
          <TextField
            label="Why is the fee waived?"
            hint="Kept with the session, for your records."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={waiveError?.fields.reason}
            maxLength={500}
            autoFocus
          />
          <FormError error={waiveError} placed={['reason', 'id']} onField={['VALIDATION']} />
          <FormActions
            layout="inline"
            onCancel={() => setWaiving(false)}
            cancelLabel="Keep the fee"
            submitLabel="Waive the fee"
            busy={waiveBusy}
            busyLabel="Waiving…"
          />
        </form>
      )}
      {!readOnly && paying && (
        <PaymentForm
          clientId={row.clientId}
          clientName={row.clientName}
          day={day}
          currency={currency}
          suggestedCents={row.balanceCents}
          onCancel={() => setPaying(false)}
          onDone={() => {
            setPaying(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { Ledger, LedgerLine } from '../../../../shared/domain/billing.ts';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';
import { AdjustDialog } from './AdjustDialog.tsx';
import { signedMoney } from './money.ts';
import { PaymentDialog } from './PaymentDialog.tsx';
import { RefundDialog } from './RefundDialog.tsx';
import { chargeable, type Chargeable } from './uncharged.ts';
import './billing.css';

export interface BillingTabProps {
  clientId: number;
  currency: string;
  today: string;
}

interface Data {
  ledger: Ledger;
  past: Appointment[];
  fees: Map<number, number>;
}

/** The client's ledger: what is owed, what can be charged, and every line that made the balance. */
export function BillingTab({ clientId, currency, today }: BillingTabProps) {
  const [data, setData] = useState<Data | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [dialog, setDialog] = useState<'payment' | 'adjust' | 'refund' | null>(null);
  const [opened, setOpened] = useState(0);
  const [message, setMessage] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const action = useSubmit();

  const load = useCallback(
    () =>
      Promise.all([
        call('billing.ledger', { clientId }),
        call('schedule.forClient', { clientId }),
        call('services.list', { includeInactive: true }),
      ]).then(
        ([ledger, sessions, { services }]) => {
          setData({
            ledger,
            past: sessions.past,
            fees: new Map(services.map((s) => [s.id, s.feeCents])),
          });
          setLoadError(null);
        },
        (caught: unknown) => setLoadError(toShownError(caught)),
      ),
    [clientId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) return <Alert tone="error" title={loadError.message} />;
  if (!data) {
    return (
      <p className="muted" role="status">
        Loading the ledger…
      </p>
    );
  }

  const { ledger } = data;
  const money = (cents: number) => formatMoney(cents, currency);
  const pending = chargeable(data.past);

  const updated = (next: Ledger, said: string, creditNote: string | null = null) => {
    setData((now) => (now ? { ...now, ledger: next } : now));
    setDialog(null);
    setMessage(said);
    setNote(creditNote);
  };
  const open = (which: 'payment' | 'adjust' | 'refund') => {
    setMessage('');
    setNote(null);
    action.setError(null);
    setOpened((n) => n + 1);
    setDialog(which);
  };

  const postOne = (item: Chargeable) =>
    item.kind === 'session'
      ? call('billing.postSession', { appointmentId: item.appointment.id })
      : call('billing.postFee', { feeId: item.feeId });

  const charge = async (items: readonly Chargeable[]) => {
    setMessage('');
    setNote(null);
    const outcome = await action.run(async () => {
      let last: Ledger | null = null;
      for (const item of items) last = await postOne(item);
      return last;
    });
    // The schedule is read again: a fee is "billed" now, and a charge may have failed half-way.
    await load();
    if (outcome?.ok) {
      setMessage(items.length === 1 ? 'Charge posted.' : `${items.length} charges posted.`);
    }
  };

  const applyCredit = async () => {
    setMessage('');
    setNote(null);
    const outcome = await action.run(() => call('billing.applyCredit', { clientId }));
    if (outcome?.ok) updated(outcome.value, 'Credit applied to the open charges.');
  };

  const openDue = ledger.openCharges.reduce((sum, c) => sum + c.dueCents, 0);
  const balance = ledger.balanceCents;

  const chargeColumns: Column<Chargeable>[] = [
    { header: 'Date', cell: (row) => formatDay(row.appointment.date) },
    {
      header: 'What',
      cell: (row) =>
        row.kind === 'session'
          ? `${row.appointment.serviceCode} ${row.appointment.serviceLabel}`
          : row.appointment.fee?.kind === 'no_show'
            ? 'No-show fee'
            : 'Late cancellation fee',
    },
    {
      header: 'Amount',
      align: 'end',
      cell: (row) => {
        const cents = row.amountCents ?? data.fees.get(row.appointment.serviceId);
        return cents === undefined ? '' : money(cents);
      },
    },
    {
      header: 'Action',
      align: 'end',
      cell: (row) => (
        <Button
          onClick={() => void charge([row])}
          aria-disabled={action.busy || undefined}
          aria-label={`Charge ${formatDay(row.appointment.date)} ${
            row.kind === 'session' ? 'session' : 'fee'
          }`}
        >
          Charge
        </Button>
      ),
    },
  ];

  const ledgerColumns: Column<LedgerLine>[] = [
    { header: 'Date', cell: (line) => formatDay(line.on), className: 'billing-nowrap' },
    {
      header: 'Description',
      cell: (line) => line.description,
    },
    {
      header: 'Amount',
      align: 'end',
      className: 'billing-number',
      cell: (line) => signedMoney(line.amountCents, currency),
    },
    {
      header: 'Balance',
      align: 'end',
      className: 'billing-number',
      cell: (line) => balanceText(line.balanceCents, money),
    },
  ];

  return (
    <div className="billing stack">
      <section className="billing-summary" aria-label="Billing summary">
        <div className="billing-figure">
          <span className="billing-figure-label">
            {balance > 0 ? 'Owed by the client' : balance < 0 ? 'In credit' : 'Balance'}
          </span>
          <span className="billing-figure-value" data-testid="billing-balance">
            {money(Math.abs(balance))}
          </span>
          <span className="billing-figure-hint">
            {balance > 0 ? 'The client owes this.' : balance < 0 ? 'Paid ahead.' : 'Settled.'}
          </span>
        </div>
        <div className="billing-figure">
          <span className="billing-figure-label">Credit</span>
          <span className="billing-figure-value">{money(ledger.creditCents)}</span>
          <span className="billing-figure-hint">Received, not yet used.</span>
        </div>
        <div className="billing-figure">
          <span className="billing-figure-label">Open charges</span>
          <span className="billing-figure-value">{ledger.openCharges.length}</span>
          <span className="billing-figure-hint">
            {ledger.openCharges.length > 0 ? `${money(openDue)} still due.` : 'Nothing due.'}
          </span>
        </div>
      </section>

      <div className="row billing-actions">
        <Button variant={balance > 0 ? 'primary' : 'secondary'} onClick={() => open('payment')}>
          Record payment…
        </Button>
        {balance > 0 && <Button onClick={() => open('adjust')}>Write-off / adjustment…</Button>}
        {ledger.creditCents > 0 && <Button onClick={() => open('refund')}>Refund…</Button>}
        {ledger.creditCents > 0 && ledger.openCharges.length > 0 && (
          <Button busy={action.busy} busyLabel="Applying…" onClick={() => void applyCredit()}>
            Apply credit
          </Button>
        )}
      </div>
      <StatusMessage>{message}</StatusMessage>
      {note && <Alert tone="info" title={note} />}
      {action.error && <Alert tone="error" title={action.error.message} />}

      <Card
        className="billing-pending"
        title="Charge sessions"
        description="Attended sessions not charged yet, and late-cancel or no-show fees under your policy."
      >
        {pending.length === 0 ? (
          <p className="muted">Nothing waiting to be charged.</p>
        ) : (
          <>
            <Table
              caption="Waiting to be charged"
              hideCaption
              columns={chargeColumns}
              rows={pending}
              rowKey={(row) => row.key}
              busy={action.busy}
            />
            <div className="row billing-charge-all">
              <Button
                variant="primary"
                busy={action.busy}
                busyLabel="Charging…"
                onClick={() => void charge(pending)}
              >
                Charge all ({pending.length})
              </Button>
            </div>
          </>
        )}
      </Card>

      <Card title="Ledger" description="Every line is kept; corrections are new lines.">
        {ledger.lines.length === 0 ? (
          <p className="muted">No charges or payments yet. Charge a session above to start.</p>
        ) : (
          <Table
            caption="Ledger"
            hideCaption
            columns={ledgerColumns}
            rows={ledger.lines}
            rowKey={(line) => `${line.kind}-${line.id}`}
          />
        )}
      </Card>

      {dialog === 'payment' && (
        <PaymentDialog
          key={`payment-${opened}`}
          clientId={clientId}
          ledger={ledger}
          currency={currency}
          today={today}
          onClose={() => setDialog(null)}
          onDone={(next, creditNote) => updated(next, 'Payment recorded.', creditNote)}
        />
      )}
      {dialog === 'adjust' && (
        <AdjustDialog
          key={`adjust-${opened}`}
          clientId={clientId}
          ledger={ledger}
          currency={currency}
          today={today}
          onClose={() => setDialog(null)}
          onDone={(next) => updated(next, 'Saved to the ledger.')}
        />
      )}
      {dialog === 'refund' && (
        <RefundDialog
          key={`refund-${opened}`}
          clientId={clientId}
          ledger={ledger}
          currency={currency}
          today={today}
          onClose={() => setDialog(null)}
          onDone={(next) => updated(next, 'Refund recorded.')}
        />
      )}
    </div>
  );
}

function balanceText(cents: number, money: (cents: number) => string): string {
  if (cents < 0) return `${money(-cents)} credit`;
  return money(cents);
}

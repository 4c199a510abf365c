import { useCallback, useEffect, useState } from 'react';
import {
  arrangementOn,
  sessionFee,
  type Ledger,
  type LedgerLine,
} from '../../../../shared/domain/billing.ts';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Figure, Figures } from '../../ui/Figures.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';
import { ClientDocumentsCard } from '../documents/ClientDocumentsCard.tsx';
import { AdjustDialog } from './AdjustDialog.tsx';
import { FeeCard } from './FeeCard.tsx';
import { FeeDialog } from './FeeDialog.tsx';
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

type Dialogs = 'payment' | 'adjust' | 'refund' | 'fee';

interface Data {
  ledger: Ledger;
  past: Appointment[];
  fees: Map<number, number>;
}

/** The client's ledger: what is owed, what can be charged, and every line that made the balance. */
export function BillingTab({ clientId, currency, today }: BillingTabProps) {
  const [data, setData] = useState<Data | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [dialog, setDialog] = useState<Dialogs | null>(null);
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
  const open = (which: Dialogs) => {
    setMessage('');
    setNote(null);
    action.setError(null);
    setOpened((n) => n + 1);
    setDialog(which);
  };
  // Every dialog works on this ledger; each says where its result goes (onDone).
  const dialogProps = { clientId, ledger, currency, today, onClose: () => setDialog(null) };

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
  const insurerOwes = ledger.payerDueCents > 0;

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
        if (row.amountCents !== null) return money(row.amountCents);
        const standard = data.fees.get(row.appointment.serviceId);
        if (standard === undefined) return '';
        // The same rule the core charges by: the client's arrangement on the session's date.
        const arrangement = arrangementOn(ledger.fee.history, row.appointment.date);
        return money(sessionFee(standard, 1, arrangement).amountCents);
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
      cell: (line) => (
        <>
          {line.description}
          {line.charge && <ChargeSplit charge={line.charge} money={money} />}
        </>
      ),
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
      <Figures label="Billing summary">
        <Figure
          term={
            balance > 0 && !insurerOwes
              ? 'Owed by the client'
              : balance < 0
                ? 'In credit'
                : 'Balance'
          }
          value={<span data-testid="billing-balance">{money(Math.abs(balance))}</span>}
          note={
            balance > 0
              ? insurerOwes
                ? 'Still to be paid, by the client and the insurer.'
                : 'The client owes this.'
              : balance < 0
                ? 'Paid ahead.'
                : 'Settled.'
          }
        />
        <Figure term="Credit" value={money(ledger.creditCents)} note="Received, not yet used." />
        <Figure
          term="Open charges"
          value={ledger.openCharges.length}
          note={ledger.openCharges.length > 0 ? `${money(openDue)} still due.` : 'Nothing due.'}
        />
      </Figures>
      {/* The split matters only while an insurer is expected to pay part of the balance. */}
      {insurerOwes && (
        <p className="billing-owed" data-testid="billing-owed">
          Client owes {money(ledger.clientDueCents)} · Insurer expected to pay{' '}
          {money(ledger.payerDueCents)}
        </p>
      )}

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

      <FeeCard fee={ledger.fee} today={today} onChange={() => open('fee')} />

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
      <ClientDocumentsCard clientId={clientId} currency={currency} today={today} />

      {dialog === 'payment' && (
        <PaymentDialog
          key={opened}
          {...dialogProps}
          onDone={(next, creditNote) => updated(next, 'Payment recorded.', creditNote)}
        />
      )}
      {dialog === 'adjust' && (
        <AdjustDialog
          key={opened}
          {...dialogProps}
          onDone={(next) => updated(next, 'Saved to the ledger.')}
        />
      )}
      {dialog === 'fee' && (
        <FeeDialog key={opened} {...dialogProps} onDone={(next) => updated(next, 'Fee saved.')} />
      )}
      {dialog === 'refund' && (
        <RefundDialog
          key={opened}
          {...dialogProps}
          onDone={(next) => updated(next, 'Refund recorded.')}
        />
      )}
    </div>
  );
}

/** Under a charge: how its fee was set and, for an insurance charge, who pays which part. */
function ChargeSplit({
  charge,
  money,
}: {
  charge: NonNullable<LedgerLine['charge']>;
  money: (cents: number) => string;
}) {
  const parts = [
    // The usual case says nothing: only a client's own fee is worth a line.
    charge.feeBasis === 'Standard fee' ? '' : charge.feeBasis,
    charge.responsible === 'payer'
      ? `Client ${money(charge.clientShareCents)} · Insurer ${money(charge.payerShareCents)}`
      : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <span className="billing-split">{parts.join(' · ')}</span>;
}

function balanceText(cents: number, money: (cents: number) => string): string {
  if (cents < 0) return `${money(-cents)} credit`;
  return money(cents);
}

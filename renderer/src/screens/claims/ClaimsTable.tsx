import type { ReactNode } from 'react';
import type { Claim, ClaimStatus } from '../../../../shared/domain/claims.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { Button } from '../../ui/Button.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';

export type ClaimAction = 'pdf' | 'sent' | 'deny' | 'pay';

export interface ClaimsTableProps {
  status: ClaimStatus;
  claims: readonly Claim[];
  currency: string;
  /** Ready claims can be ticked for the 837P file. */
  selected: readonly number[];
  onSelect: (id: number, on: boolean) => void;
  onAction: (action: ClaimAction, claim: Claim) => void;
  busyClaim: number | null;
}

const CAPTIONS: Record<ClaimStatus, string> = {
  ready: 'Claims ready to send',
  exported: 'Claims sent to the insurer',
  paid: 'Paid claims',
  denied: 'Denied claims',
};

/** "Nov 14 – Nov 21, 2026", or one day "Nov 14, 2026". */
function dateSpan(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const start = sameYear ? formatDay(first).replace(/, \d{4}$/, '') : formatDay(first);
  return `${start} – ${formatDay(last)}`;
}

/** A status note with its dates (YYYY-MM-DD, as the core writes them) the way people read them. */
function readableNote(note: string): string {
  return note.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day));
}

function TwoLines({ first, second }: { first: ReactNode; second?: ReactNode | undefined }) {
  return (
    <span className="claims-two">
      <span>{first}</span>
      {second && <span className="muted">{second}</span>}
    </span>
  );
}

/** One status's claims, with what can be done to each. */
export function ClaimsTable({
  status,
  claims,
  currency,
  selected,
  onSelect,
  onAction,
  busyClaim,
}: ClaimsTableProps) {
  const money = (cents: number) => formatMoney(cents, currency);
  const open = status === 'ready' || status === 'exported';
  const columns: Column<Claim>[] = [];
  if (status === 'ready') {
    columns.push({
      header: 'Send',
      cell: (c) => (
        <input
          type="checkbox"
          className="claims-tick"
          aria-label={`Put claim #${c.id} in the 837P file`}
          checked={selected.includes(c.id)}
          onChange={(e) => onSelect(c.id, e.target.checked)}
        />
      ),
    });
  }
  columns.push(
    {
      header: 'Claim',
      cell: (c) => (
        <TwoLines
          first={<span className="claims-number">#{c.id}</span>}
          second={
            status === 'exported' && c.exportedAt
              ? `Sent ${formatDay(c.exportedAt.slice(0, 10))}`
              : status === 'paid'
                ? readableNote(c.statusNote)
                : undefined
          }
        />
      ),
    },
    {
      header: 'Client',
      cell: (c) => <TwoLines first={c.clientName} second={c.payerName} />,
    },
    {
      header: 'Services',
      cell: (c) => {
        const dates = c.lines.map((l) => l.serviceDate);
        const codes = [...new Set(c.lines.map((l) => l.serviceCode))].join(', ');
        return (
          <TwoLines
            first={
              <span className="claims-nowrap">
                {c.lines.length} × <span className="claims-code">{codes}</span>
              </span>
            }
            second={dateSpan(dates[0] ?? '', dates[dates.length - 1] ?? '')}
          />
        );
      },
    },
    {
      header: 'Billed',
      align: 'end',
      cell: (c) => (
        <TwoLines
          first={<span className="claims-number">{money(c.totalCents)}</span>}
          second={
            open ? (
              <span className="claims-nowrap">insurer {money(c.payerDueCents)}</span>
            ) : undefined
          }
        />
      ),
    },
  );
  if (status === 'paid') {
    columns.push(
      {
        header: 'Insurer paid',
        align: 'end',
        cell: (c) => <span className="claims-number">{money(c.payerPaidCents)}</span>,
      },
      {
        header: 'Client owes',
        align: 'end',
        cell: (c) => <span className="claims-number">{money(c.clientDueCents)}</span>,
      },
    );
  }
  if (status === 'denied') {
    columns.push(
      { header: 'Reason', cell: (c) => readableNote(c.statusNote) },
      {
        header: 'Client owes',
        align: 'end',
        cell: (c) => <span className="claims-number">{money(c.clientDueCents)}</span>,
      },
    );
  }
  columns.push({
    header: 'Actions',
    cell: (c) => (
      <div className="claims-actions">
        <Button
          className="button-small"
          busy={busyClaim === c.id}
          busyLabel="Saving…"
          onClick={() => onAction('pdf', c)}
          aria-label={`CMS-1500 PDF of claim #${c.id}`}
        >
          CMS-1500
        </Button>
        {open && (
          <Button
            className="button-small"
            onClick={() => onAction('pay', c)}
            aria-label={`Post the insurer's payment on claim #${c.id}`}
          >
            Payment…
          </Button>
        )}
        {status === 'ready' && (
          <Button
            className="button-small"
            variant="quiet"
            onClick={() => onAction('sent', c)}
            aria-label={`Mark claim #${c.id} sent (on paper or a payer portal)`}
          >
            Mark sent
          </Button>
        )}
        {open && (
          <Button
            className="button-small"
            variant="quiet"
            onClick={() => onAction('deny', c)}
            aria-label={`Mark claim #${c.id} denied`}
          >
            Denied…
          </Button>
        )}
      </div>
    ),
  });
  return (
    <Table
      caption={CAPTIONS[status]}
      hideCaption
      columns={columns}
      rows={claims}
      rowKey={(c) => c.id}
    />
  );
}

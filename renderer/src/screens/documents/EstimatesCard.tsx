import { useCallback, useEffect, useState } from 'react';
import type { Estimate } from '../../../../shared/domain/estimates.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Table, type Column } from '../../ui/Table.tsx';
import { formatDay } from '../clients/format.ts';
import { EstimateDialog } from './EstimateDialog.tsx';
import { estimateWarningText, WARNING_BADGE } from './estimate-words.ts';
import { savedText } from './saved.ts';

export interface EstimatesCardProps {
  clientId: number;
  currency: string;
  today: string;
}

/**
 * Good Faith Estimates for a client who pays for themselves: every estimate given (kept as
 * history), how billing compares with the current one, and a new one when care changes.
 */
export function EstimatesCard({ clientId, currency, today }: EstimatesCardProps) {
  const [estimates, setEstimates] = useState<Estimate[] | null>(null);
  const [loadError, setLoadError] = useState<ShownError | null>(null);
  const [creating, setCreating] = useState(0);
  const [status, setStatus] = useState('');
  const exporting = useSubmit();
  const money = (cents: number) => formatMoney(cents, currency);

  const load = useCallback(
    () =>
      call('estimates.list', { clientId }).then(
        (value) => {
          setEstimates(value.estimates);
          setLoadError(null);
        },
        (caught: unknown) => setLoadError(toShownError(caught)),
      ),
    [clientId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const exportPdf = async (estimate: Estimate) => {
    setStatus('');
    const outcome = await exporting.run(() => call('estimates.exportPdf', { id: estimate.id }));
    if (outcome?.ok) setStatus(savedText(outcome.value, 'Good Faith Estimate'));
  };

  const current = estimates?.find((e) => e.current);
  const columns: Column<Estimate>[] = [
    {
      header: 'Period',
      className: 'documents-nowrap',
      cell: (e) => (
        <>
          {formatDay(e.issuedOn)}
          <span className="documents-sub">until {formatDay(e.periodEnd)}</span>
        </>
      ),
    },
    { header: 'Care', cell: (e) => e.primaryService, className: 'documents-care' },
    {
      header: 'Estimate',
      align: 'end',
      className: 'documents-number',
      cell: (e) => (
        <>
          {money(e.totalCents)}
          <span className="documents-sub">billed {money(e.billedCents)}</span>
        </>
      ),
    },
    {
      header: 'State',
      className: 'documents-nowrap',
      cell: (e) =>
        e.current ? (
          <Badge tone={WARNING_BADGE[e.warning].tone}>{WARNING_BADGE[e.warning].label}</Badge>
        ) : (
          <Badge tone="quiet">Replaced</Badge>
        ),
    },
    {
      header: 'PDF',
      align: 'end',
      className: 'documents-nowrap',
      cell: (e) => (
        <Button
          className="button-small"
          onClick={() => void exportPdf(e)}
          aria-disabled={exporting.busy || undefined}
          aria-label={`Save the estimate of ${formatDay(e.issuedOn)} as a PDF`}
        >
          Save PDF…
        </Button>
      ),
    },
  ];

  return (
    <Card
      title="Good Faith Estimates"
      description="For clients who pay for themselves: what their care is expected to cost, as the No Surprises Act requires."
    >
      <div className="stack-sm">
        {loadError && <Alert tone="error" title={loadError.message} />}
        {current && current.warning !== 'ok' && (
          <Alert
            tone="info"
            title={
              current.warning === 'exceeded'
                ? 'Billing is over the estimate by more than $400'
                : 'Billing is nearing the estimate plus $400'
            }
          >
            {estimateWarningText(current, money)}
          </Alert>
        )}
        {estimates === null && !loadError && (
          <p className="muted" role="status">
            Loading estimates…
          </p>
        )}
        {estimates?.length === 0 && (
          <p className="muted">
            No estimate given yet. Give one before the first session to a client who pays for
            themselves, and again when the expected care changes.
          </p>
        )}
        {estimates && estimates.length > 0 && (
          <Table
            caption="Good Faith Estimates"
            hideCaption
            columns={columns}
            rows={estimates}
            rowKey={(e) => e.id}
            busy={exporting.busy}
          />
        )}
        <div className="row">
          <Button onClick={() => setCreating((n) => n + 1)}>New estimate…</Button>
        </div>
        {exporting.error && <Alert tone="error" title={exporting.error.message} />}
        <StatusMessage>{status}</StatusMessage>
      </div>
      {creating > 0 && (
        <EstimateDialog
          key={creating}
          clientId={clientId}
          currency={currency}
          today={today}
          onClose={() => setCreating(0)}
          onDone={(created) => {
            setCreating(0);
            setStatus(
              `Estimate of ${money(created.totalCents)} saved. Save its PDF for the client.`,
            );
            void load();
          }}
        />
      )}
    </Card>
  );
}

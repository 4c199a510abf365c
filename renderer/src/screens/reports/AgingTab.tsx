import { useState } from 'react';
import { isCalendarDate } from '../../../../shared/dates.ts';
import {
  AGING_BUCKETS,
  AGING_BUCKET_LABELS,
  type AgingRow,
} from '../../../../shared/domain/reports.ts';
import { Alert } from '../../ui/Alert.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDateLong } from '../schedule/time.ts';
import { ExportButton } from './ExportButton.tsx';
import { GroupBySelect } from './GroupBySelect.tsx';
import { Amount, ReportTable, type ReportColumn } from './ReportTable.tsx';
import { useReport } from './useReport.ts';

type By = 'client' | 'payer';

const GROUPS: { value: By; label: string }[] = [
  { value: 'client', label: 'Client' },
  { value: 'payer', label: 'Insurer' },
];

/** What is still owed, by how long ago the service was: by client, or by insurer. */
export function AgingTab({ today, money }: { today: string; money: (cents: number) => string }) {
  const [asOf, setAsOf] = useState(today);
  const [by, setBy] = useState<By>('client');
  const input = isCalendarDate(asOf) ? { asOf, by } : null;
  const { report, error, busy } = useReport('reports.aging', input);

  // The columns of the report on screen, which may still be the previous grouping's.
  const shown = report?.by ?? by;
  const amount = (cents: number) => <Amount value={cents} text={money(cents)} />;
  const columns: ReportColumn<AgingRow>[] = [
    { header: shown === 'client' ? 'Client' : 'Owed by', cell: (r) => r.label },
    ...AGING_BUCKETS.map((bucket, i) => ({
      header: AGING_BUCKET_LABELS[bucket],
      cell: (r: AgingRow) => amount(r.bucketsCents[i] ?? 0),
      numeric: true,
    })),
    {
      header: shown === 'client' ? 'Client owes' : 'Total',
      cell: (r) => amount(r.totalCents),
      numeric: true,
    },
    ...(shown === 'client'
      ? [
          {
            header: 'Insurer owes',
            cell: (r: AgingRow) => amount(r.insurerCents ?? 0),
            numeric: true,
          },
        ]
      : []),
  ];

  return (
    <div className="stack report-panel">
      <p className="muted report-intro">
        {by === 'client'
          ? 'What each client still owes, by how long ago the service was. What their insurer is still expected to pay is beside it.'
          : 'What each insurer is still expected to pay, by how long ago the service was, and what clients owe themselves.'}
      </p>
      <div className="report-controls">
        <TextField
          label="As of"
          type="date"
          value={asOf}
          max="2100-12-31"
          onChange={(event) => setAsOf(event.target.value)}
          error={!input ? 'Enter a date.' : error?.fields.asOf}
        />
        <GroupBySelect value={by} options={GROUPS} onChange={setBy} />
        <ExportButton input={input && { report: 'aging', ...input }} />
      </div>
      {error && !error.fields.asOf && <Alert tone="error" title={error.message} />}
      {report &&
        (report.rows.length === 0 ? (
          <div className="report-empty">
            <p className="report-empty-title">
              Nothing is owed as of {formatDateLong(report.asOf)}.
            </p>
            <p className="muted">
              Charges appear here once they are posted and until they are paid, adjusted or written
              off.
            </p>
          </div>
        ) : (
          <ReportTable
            caption={`Aging by ${shown === 'client' ? 'client' : 'insurer'} as of ${formatDateLong(report.asOf)}`}
            columns={columns}
            rows={report.rows}
            totals={report.totals}
            rowKey={(r) => `${r.clientId ?? ''}:${r.label}`}
            busy={busy}
          />
        ))}
    </div>
  );
}

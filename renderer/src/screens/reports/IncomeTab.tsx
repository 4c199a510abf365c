import { useState } from 'react';
import { isCalendarDate } from '../../../../shared/dates.ts';
import type { IncomeReport, IncomeRow } from '../../../../shared/domain/reports.ts';
import { Alert } from '../../ui/Alert.tsx';
import { DateRangeFields } from '../../ui/DateRangeFields.tsx';
import { formatDateLong } from '../schedule/time.ts';
import { ExportButton } from './ExportButton.tsx';
import { GroupBySelect } from './GroupBySelect.tsx';
import { Amount, ReportTable, type ReportColumn } from './ReportTable.tsx';
import { useReport } from './useReport.ts';

type By = IncomeReport['by'];

const GROUPS: { value: By; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'service', label: 'Service' },
  { value: 'method', label: 'Payment method' },
];

const FIRST_COLUMN: Record<By, string> = {
  month: 'Month',
  service: 'Service',
  method: 'Payment method',
};

const INTRO: Record<By, string> = {
  month:
    'Money received each month, less refunds, beside what was charged for the services of that month.',
  service:
    'Money received, as it was applied to each service’s charges. Money not applied to a charge yet is the clients’ credit; refunds come out of credit.',
  method: 'Money received by how it was paid, less refunds paid back the same way.',
};

/** Money received in a range of days: by month, by service, or by payment method. */
export function IncomeTab({ today, money }: { today: string; money: (cents: number) => string }) {
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [by, setBy] = useState<By>('month');
  const complete = isCalendarDate(from) && isCalendarDate(to);
  const input = complete ? { from, to, by } : null;
  const { report, error, busy } = useReport('reports.income', input);

  // The columns of the report on screen, which may still be the previous grouping's.
  const shown = report?.by ?? by;
  const amount = (cents: number) => <Amount value={cents} text={money(cents)} />;
  const columns: ReportColumn<IncomeRow>[] = [
    { header: FIRST_COLUMN[shown], cell: (r) => r.label },
    ...(shown === 'method'
      ? []
      : [{ header: 'Charged', cell: (r: IncomeRow) => amount(r.billedCents ?? 0), numeric: true }]),
    { header: 'Received', cell: (r) => amount(r.receivedCents), numeric: true },
    { header: 'Refunded', cell: (r) => amount(r.refundedCents), numeric: true },
    { header: 'Net received', cell: (r) => amount(r.netCents), numeric: true },
  ];
  const nothing =
    report !== null &&
    report.totals.receivedCents === 0 &&
    report.totals.refundedCents === 0 &&
    (report.totals.billedCents ?? 0) === 0;

  return (
    <div className="stack report-panel">
      <p className="muted report-intro">{INTRO[by]}</p>
      <div className="report-controls">
        <DateRangeFields
          from={from}
          to={to}
          onFromChange={setFrom}
          onToChange={setTo}
          fromError={!isCalendarDate(from) ? 'Enter a date.' : error?.fields.from}
          toError={!isCalendarDate(to) ? 'Enter a date.' : error?.fields.to}
        />
        <GroupBySelect value={by} options={GROUPS} onChange={setBy} />
        <ExportButton input={input && !error ? { report: 'income', ...input } : null} />
      </div>
      {error && !error.fields.from && !error.fields.to && (
        <Alert tone="error" title={error.message} />
      )}
      {report &&
        (nothing ? (
          <div className="report-empty">
            <p className="report-empty-title">
              Nothing was charged or received from {formatDateLong(report.from)} to{' '}
              {formatDateLong(report.to)}.
            </p>
            <p className="muted">
              Try a wider range. Payments appear here once they are recorded on a client’s billing
              tab or at the end of the day.
            </p>
          </div>
        ) : (
          <ReportTable
            caption={`Income by ${FIRST_COLUMN[shown].toLowerCase()} from ${formatDateLong(report.from)} to ${formatDateLong(report.to)}`}
            columns={columns}
            rows={report.rows}
            totals={report.totals}
            rowKey={(r) => r.key}
            busy={busy}
          />
        ))}
    </div>
  );
}

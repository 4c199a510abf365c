import { useState } from 'react';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type YearEndMonth,
  type YearEndReport,
} from '../../../../shared/domain/reports.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Figure, Figures } from '../../ui/Figures.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { ExportButton } from './ExportButton.tsx';
import { Amount, ReportTable, type ReportColumn } from './ReportTable.tsx';
import { useReport } from './useReport.ts';

function Summary({ report, money }: { report: YearEndReport; money: (c: number) => string }) {
  const sessions = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <Figures className="report-figures">
      <Figure term="Charged" value={money(report.chargedCents)} note="for services in the year" />
      <Figure
        term="Received"
        value={money(report.receivedCents)}
        note={`${money(report.receivedFromClientsCents)} from clients, ${money(report.receivedFromPayersCents)} from insurers`}
      />
      <Figure
        term="Adjusted and written off"
        value={money(report.adjustmentsCents + report.writeOffsCents)}
        note={`${money(report.adjustmentsCents)} adjustments, ${money(report.writeOffsCents)} write-offs`}
      />
      <Figure term="Refunded" value={money(report.refundsCents)} />
      <Figure
        term={`Still owed on Dec 31, ${report.year}`}
        value={money(report.outstandingCents)}
        note={`${money(report.outstandingClientCents)} by clients, ${money(report.outstandingPayerCents)} by insurers`}
      />
      <Figure
        term="Sessions"
        value={sessions(report.attended, 'attended', 'attended')}
        note={`${sessions(report.noShows, 'no-show', 'no-shows')}, ${sessions(report.lateCancels, 'late cancellation', 'late cancellations')}`}
      />
    </Figures>
  );
}

/** The year in one page: the figures a counselor's tax preparer asks for, and month by month. */
export function YearEndTab({ today, money }: { today: string; money: (cents: number) => string }) {
  const [yearText, setYearText] = useState(today.slice(0, 4));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const inRange = year !== null && year >= FIRST_YEAR && year <= LAST_YEAR;
  const input = inRange ? { year } : null;
  const { report, error, busy } = useReport('reports.yearEnd', input);

  const amount = (cents: number) => <Amount value={cents} text={money(cents)} />;
  const count = (n: number) => <Amount value={n} text={String(n)} />;
  const columns: ReportColumn<YearEndMonth>[] = [
    { header: 'Month', cell: (m) => m.label },
    { header: 'Charged', cell: (m) => amount(m.chargedCents), numeric: true },
    { header: 'Received', cell: (m) => amount(m.receivedCents), numeric: true },
    { header: 'Adjusted', cell: (m) => amount(m.adjustedCents), numeric: true },
    { header: 'Refunded', cell: (m) => amount(m.refundedCents), numeric: true },
    { header: 'Attended', cell: (m) => count(m.attended), numeric: true },
    { header: 'No\u2011shows', cell: (m) => count(m.noShows), numeric: true },
    { header: 'Late cancels', cell: (m) => count(m.lateCancels), numeric: true },
  ];
  const empty =
    report !== null &&
    report.chargedCents === 0 &&
    report.receivedCents === 0 &&
    report.outstandingCents === 0 &&
    report.attended + report.noShows + report.lateCancels === 0;

  return (
    <div className="stack report-panel">
      <p className="muted report-intro">
        The year at a glance: what was charged, received, adjusted and refunded, what was still owed
        at its end, and how many sessions were held.
      </p>
      <div className="report-controls">
        <TextField
          label="Year"
          className="report-year"
          inputMode="numeric"
          maxLength={4}
          value={yearText}
          onChange={(event) => setYearText(event.target.value.trim())}
          error={inRange ? error?.fields.year : `Enter a year from ${FIRST_YEAR} to ${LAST_YEAR}.`}
        />
        <ExportButton input={input && { report: 'yearEnd', ...input }} />
      </div>
      {error && !error.fields.year && <Alert tone="error" title={error.message} />}
      {report &&
        (empty ? (
          <div className="report-empty">
            <p className="report-empty-title">
              Nothing was charged, received or owed in {report.year}.
            </p>
            <p className="muted">Choose another year, or come back once sessions are charged.</p>
          </div>
        ) : (
          <>
            <Summary report={report} money={money} />
            <ReportTable
              caption={`${report.year} month by month`}
              columns={columns}
              rows={report.months}
              totals={report.totals}
              rowKey={(m) => m.month}
              busy={busy}
            />
          </>
        ))}
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { addDays } from '../../../../shared/dates.ts';
import { PAYMENT_METHOD_LABELS, type EndOfDay } from '../../../../shared/domain/billing.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Table } from '../../ui/Table.tsx';
import { EndOfDayDocuments } from '../documents/EndOfDayDocuments.tsx';
import { formatDateLong, todayIn } from '../schedule/time.ts';
import { SessionRow } from './SessionRow.tsx';
import './EndOfDay.css';

export interface EndOfDayScreenProps {
  /** The day to open on (YYYY-MM-DD); today in the practice's zone when absent. */
  date?: string | undefined;
  currency: string;
  timeZone: string;
  onNavigate: Navigate;
}

interface TotalLine {
  label: string;
  cents: number;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function postSummary(sessions: number, fees: number): string {
  const parts = [
    sessions > 0 ? count(sessions, 'session', 'sessions') : '',
    fees > 0 ? count(fees, 'fee', 'fees') : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Nothing waiting to post.' : `${parts.join(' and ')} to post.`;
}

function Breakdown({
  title,
  first,
  empty,
  lines,
  money,
}: {
  title: string;
  first: string;
  empty: string;
  lines: TotalLine[];
  money: (cents: number) => string;
}) {
  if (lines.length === 0) {
    return (
      <div className="eod-breakdown">
        <h3>{title}</h3>
        <p className="muted">{empty}</p>
      </div>
    );
  }
  return (
    <Table
      caption={title}
      columns={[
        { header: first, cell: (l: TotalLine) => l.label },
        { header: 'Amount', cell: (l: TotalLine) => money(l.cents), align: 'end' },
      ]}
      rows={lines}
      rowKey={(l) => l.label}
    />
  );
}

/** End of day: mark what happened, post the charges, take payments, and close the day. */
export function EndOfDayScreen({ date, currency, timeZone, onNavigate }: EndOfDayScreenProps) {
  const today = todayIn(timeZone);
  const day = date ?? today;
  const [loaded, setSheet] = useState<EndOfDay | null>(null);
  // Another day's sheet is never shown under this day's heading while this one loads.
  const sheet = loaded?.day === day ? loaded : null;
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<'post' | 'close' | null>(null);
  const [waitForNotes, setWaitForNotes] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const money = (cents: number) => formatMoney(cents, currency);

  useEffect(() => {
    let live = true;
    call('billing.endOfDay', { day }).then(
      (value) => {
        if (!live) return;
        setSheet(value);
        setWaitForNotes(value.requireSignedNote);
        setLoadError(null);
      },
      (error: unknown) => live && setLoadError(toShownError(error).message),
    );
    return () => {
      live = false;
    };
  }, [day, version]);

  const go = (to: string) => {
    setActionError(null);
    setStatus('');
    onNavigate({ name: 'endOfDay', date: to });
  };

  const act = async (kind: 'post' | 'close') => {
    if (busy) return;
    setBusy(kind);
    setActionError(null);
    setStatus('');
    try {
      const next = await call(kind === 'post' ? 'billing.postDay' : 'billing.closeDay', { day });
      setSheet(next);
      setStatus(kind === 'post' ? 'The day’s charges are posted.' : 'The day is closed.');
    } catch (error) {
      setActionError(toShownError(error).message);
    } finally {
      setBusy(null);
    }
  };

  const saveWaitForNotes = async (value: boolean) => {
    setWaitForNotes(value);
    try {
      await call('billing.saveSettings', { requireSignedNote: value });
      setStatus(
        value
          ? 'Charges will wait until the session’s note is signed.'
          : 'Charges post whether or not the note is signed.',
      );
      reload();
    } catch (error) {
      setWaitForNotes(!value);
      setActionError(toShownError(error).message);
    }
  };

  const closed = sheet?.closed ?? false;
  const toPost = sheet?.rows.filter((r) => r.charge.state === 'suggested').length ?? 0;
  const pendingFees = sheet?.rows.filter((r) => r.fee?.status === 'pending').length ?? 0;
  const byService: TotalLine[] = Object.entries(sheet?.totals.byService ?? {}).map(
    ([label, cents]) => ({ label, cents }),
  );
  const byMethod: TotalLine[] = Object.entries(sheet?.totals.byMethod ?? {}).map(
    ([method, cents]) => ({
      label: PAYMENT_METHOD_LABELS[method as keyof typeof PAYMENT_METHOD_LABELS] ?? method,
      cents,
    }),
  );

  return (
    <div className="stack eod">
      <PageHeader
        title="End of day"
        description="Mark each session, post the charges, take payments and close the day."
      />

      <nav className="eod-daybar" aria-label="Day">
        <Button className="button-small" onClick={() => go(addDays(day, -1))}>
          ← Previous day
        </Button>
        <h2 className="eod-day">
          {formatDateLong(day)}
          {day === today && <span className="eod-today"> · Today</span>}
          {closed && <Badge tone="accent">Closed</Badge>}
        </h2>
        <Button className="button-small" onClick={() => go(addDays(day, 1))}>
          Next day →
        </Button>
        {day !== today && (
          <Button className="button-small" variant="quiet" onClick={() => go(today)}>
            Today
          </Button>
        )}
      </nav>

      {loadError && <Alert tone="error">{loadError}</Alert>}
      {sheet && sheet.openEarlier.length > 0 && (
        <Alert tone="info" title="Earlier days still open">
          <ul className="eod-open-days">
            {sheet.openEarlier.map((d) => (
              <li key={d}>
                <Button variant="quiet" className="button-small" onClick={() => go(d)}>
                  {formatDateLong(d)}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {sheet && (
        <section aria-label="Sessions" className="eod-sessions">
          {sheet.rows.length === 0 ? (
            <Card title="No sessions this day">
              <p>
                Nothing was booked for this day. Payments for any client are taken from their
                billing tab.
              </p>
            </Card>
          ) : (
            <ol className="eod-list">
              {sheet.rows.map((row) => (
                <SessionRow
                  key={row.appointmentId}
                  row={row}
                  day={sheet.day}
                  currency={currency}
                  readOnly={closed}
                  onChanged={reload}
                />
              ))}
            </ol>
          )}
        </section>
      )}

      {sheet && !closed && (
        <section className="eod-post" aria-label="Post the charges">
          <div className="eod-post-row">
            <Button
              variant="primary"
              busy={busy === 'post'}
              busyLabel="Posting…"
              onClick={() => void act('post')}
            >
              Post all charges
            </Button>
            <p className="muted">{postSummary(toPost, pendingFees)}</p>
          </div>
          <Checkbox
            label="Wait for signed notes before charging"
            checked={waitForNotes}
            onChange={(event) => void saveWaitForNotes(event.target.checked)}
          />
        </section>
      )}

      {sheet && (
        <Card
          title={closed ? 'Day sheet' : 'Totals'}
          description={closed ? 'Closed: this day can no longer change.' : undefined}
        >
          <dl className="eod-totals">
            <div>
              <dt>Charged</dt>
              <dd>{money(sheet.totals.chargedCents)}</dd>
            </div>
            <div>
              <dt>Received</dt>
              <dd>{money(sheet.totals.paidCents)}</dd>
            </div>
          </dl>
          <div className="eod-breakdowns">
            <Breakdown
              title="Charged by service"
              first="Service"
              empty="Nothing charged yet."
              lines={byService}
              money={money}
            />
            <Breakdown
              title="Received by method"
              first="Method"
              empty="No payments taken yet."
              lines={byMethod}
              money={money}
            />
          </div>
        </Card>
      )}

      {sheet && <EndOfDayDocuments day={sheet.day} currency={currency} />}

      {sheet && !closed && (
        <section className="eod-close" aria-label="Close the day">
          <Button busy={busy === 'close'} busyLabel="Closing…" onClick={() => void act('close')}>
            Close the day
          </Button>
          <p className="muted">
            Closing locks the day sheet. Corrections after that go on a later day.
          </p>
        </section>
      )}
      {actionError && <Alert tone="error">{actionError}</Alert>}
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}

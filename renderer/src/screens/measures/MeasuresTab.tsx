import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { MEASURES } from '../../../../shared/measures.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { formatDay } from '../clients/format.ts';
import { RecordMeasureDialog } from './RecordMeasureDialog.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import type { MeasuresData } from './summary.ts';
import './measures.css';

// The chart library loads with the first chart, not with the app.
const MeasuresCharts = lazy(() => import('./MeasuresCharts.tsx'));

export interface MeasuresTabProps {
  clientId: number;
  today: string;
}

/** PHQ-9 and GAD-7 results, the client's own progress ratings, and any safety flag. */
export function MeasuresTab({ clientId, today }: MeasuresTabProps) {
  const [data, setData] = useState<MeasuresData | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [recording, setRecording] = useState(false);
  const [opened, setOpened] = useState(0);
  const [asTables, setAsTables] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(
    () =>
      call('measures.list', { clientId }).then(
        (value) => {
          setData(value);
          setError(null);
        },
        (caught: unknown) => setError(toShownError(caught)),
      ),
    [clientId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Alert tone="error" title={error.message} />;
  if (!data) {
    return (
      <p className="muted" role="status">
        Loading measures…
      </p>
    );
  }

  const flagged = [...data.measures].reverse().find((m) => m.kind === 'phq9' && m.safetyFlag);
  const hasChart = data.measures.some((m) => m.total !== null) || data.ratings.length > 0;

  return (
    <>
      <div className="tab-head">
        <div className="stack-sm">
          <h2>Measures</h2>
          <p className="muted">
            {data.measures.length === 0
              ? 'No questionnaires yet. Record one here, or let the client fill one in Client view.'
              : `${data.measures.length} ${data.measures.length === 1 ? 'questionnaire' : 'questionnaires'} given.`}
          </p>
        </div>
        <Button
          variant="primary"
          onClick={() => {
            setMessage('');
            setOpened((n) => n + 1);
            setRecording(true);
          }}
        >
          Record a PHQ-9 or GAD-7
        </Button>
      </div>
      <StatusMessage>{message}</StatusMessage>
      {data.safetyFlag && flagged && (
        <div className="safety-alert" role="alert">
          <p className="safety-alert-title">
            Safety: PHQ-9 item 9 answered “
            {MEASURES.phq9.options.find((o) => o.value === flagged.answers[8])?.label}” on{' '}
            {formatDay(flagged.givenOn)}
          </p>
          <p>
            “{MEASURES.phq9.items[8]}.” Check in with the client about their safety, and record your
            assessment in the session’s note.
          </p>
        </div>
      )}
      {hasChart && (
        <Card
          title="Over time"
          description="Totals with their severity bands shaded, and the client’s own 0–10 ratings of the steps in their plan."
        >
          <div className="row">
            <Button variant="quiet" aria-pressed={asTables} onClick={() => setAsTables((v) => !v)}>
              {asTables ? 'Show as charts' : 'Show as tables'}
            </Button>
          </div>
          <Suspense fallback={<p className="muted">Drawing the charts…</p>}>
            <MeasuresCharts data={data} asTables={asTables} />
          </Suspense>
        </Card>
      )}
      {data.measures.length > 0 && (
        <Card title="Results">
          <ResultsTable measures={data.measures} />
        </Card>
      )}
      <RecordMeasureDialog
        key={opened}
        open={recording}
        clientId={clientId}
        today={today}
        onClose={() => setRecording(false)}
        onRecorded={() => {
          setRecording(false);
          setMessage('Result saved.');
          void load();
        }}
      />
    </>
  );
}

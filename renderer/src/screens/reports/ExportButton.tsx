import { useState } from 'react';
import type { ReportExportInput } from '../../../../shared/domain/reports.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';

/** "Export CSV" for the report on screen; Accord asks where to save. Cancelling says nothing. */
export function ExportButton({ input }: { input: ReportExportInput | null }) {
  // The message belongs to the report it was saved from: a change of inputs clears it.
  const key = JSON.stringify(input);
  const [saved, setSaved] = useState({ key: '', text: '' });
  const { busy, error, run } = useSubmit();

  const exportCsv = async () => {
    if (!input) return;
    setSaved({ key: '', text: '' });
    const outcome = await run(() => call('reports.exportCsv', input));
    if (outcome?.ok && outcome.value.saved)
      setSaved({ key, text: `Saved ${outcome.value.fileName ?? 'the file'}.` });
  };

  return (
    <div className="report-export">
      <Button
        busy={busy}
        busyLabel="Exporting…"
        aria-disabled={input === null || undefined}
        onClick={() => void exportCsv()}
      >
        Export CSV
      </Button>
      <StatusMessage>{saved.key === key ? saved.text : ''}</StatusMessage>
      {error && <Alert tone="error" title={error.message} />}
    </div>
  );
}

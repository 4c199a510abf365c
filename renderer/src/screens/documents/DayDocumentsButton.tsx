import { useState } from 'react';
import {
  DAY_DOCUMENT_KINDS,
  DAY_DOCUMENT_LABELS,
  type DayDocumentKind,
  type DayDocuments,
} from '../../../../shared/domain/documents.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Select } from '../../ui/Select.tsx';

export interface DayDocumentsButtonProps {
  day: string;
}

/** One PDF per client charged this day (invoice or superbill), all into one folder. */
export function DayDocumentsButton({ day }: DayDocumentsButtonProps) {
  const [kind, setKind] = useState<DayDocumentKind>('auto');
  const [result, setResult] = useState<(DayDocuments & { day: string }) | null>(null);
  const { busy, error, run } = useSubmit();

  const make = async () => {
    setResult(null);
    const outcome = await run(() => call('documents.forDay', { day, kind }));
    if (outcome?.ok) setResult({ ...outcome.value, day });
  };
  const shown = result?.day === day ? result : null;

  return (
    <section className="eod-documents" aria-label="The day’s documents">
      <div className="eod-documents-row">
        <Select
          label="Which documents"
          value={kind}
          onChange={(e) => setKind(e.target.value as DayDocumentKind)}
          options={DAY_DOCUMENT_KINDS.map((k) => ({ value: k, label: DAY_DOCUMENT_LABELS[k] }))}
        />
        <Button busy={busy} busyLabel="Making the PDFs…" onClick={() => void make()}>
          Save the day’s documents…
        </Button>
      </div>
      <p className="muted">
        One PDF for each client charged this day, saved into a folder you choose. “As fits each
        client” gives a superbill to a client with insurance who pays you and claims for themselves,
        and an invoice to everyone else.
      </p>
      {error && <Alert tone="error" title={error.message} />}
      {shown && !shown.saved && <p role="status">No folder chosen: nothing was saved.</p>}
      {shown?.saved && (
        <Alert
          tone="success"
          title={`${shown.files.length} ${shown.files.length === 1 ? 'document' : 'documents'} saved in “${shown.folder ?? ''}”`}
        >
          <ul className="documents-files">
            {shown.files.map((f) => (
              <li key={f.fileName}>
                {f.clientName}: {f.kind === 'superbill' ? 'superbill' : 'invoice'}{' '}
                <span className="muted">({f.fileName})</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}

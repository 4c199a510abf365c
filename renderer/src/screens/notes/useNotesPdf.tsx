import { useState } from 'react';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert, StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';

export type PdfTarget = { noteId: number } | { clientId: number };

/** Saves one note, or all of a client's notes, as a PDF where the counselor chooses. */
export function useNotesPdf(target: PdfTarget, label: string) {
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useSubmit();

  const save = async () => {
    setSaved('');
    const input =
      'noteId' in target
        ? { noteId: target.noteId, clientId: null }
        : { noteId: null, clientId: target.clientId };
    const outcome = await run(() => call('notes.exportPdf', input));
    // Cancelling the save dialog is not an event worth a message.
    if (outcome?.ok && outcome.value.saved) {
      const { fileName, count } = outcome.value;
      setSaved(`Saved ${fileName ?? 'the PDF'}${count > 1 ? ` (${count} notes)` : ''}.`);
    }
  };

  const button = (
    <Button busy={busy} busyLabel="Exporting…" onClick={save}>
      {label}
    </Button>
  );
  const message = (
    <>
      <StatusMessage>{saved}</StatusMessage>
      {error && <Alert tone="error" title={error.message} />}
    </>
  );
  return { button, message };
}

import { useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { ClientField, type PickedClient } from './ClientField.tsx';

export interface ResourcePdfDialogProps {
  resourceId: number;
  title: string;
  /** The counselor's own PDF, saved as is; without one the text is typeset. */
  attachmentName: string | null;
  onClose: () => void;
}

/** Saves a resource as a PDF to give, and, when it is for a client, records that it was given. */
export function ResourcePdfDialog({
  resourceId,
  title,
  attachmentName,
  onClose,
}: ResourcePdfDialogProps) {
  const [forClient, setForClient] = useState(false);
  const [client, setClient] = useState<PickedClient | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (forClient && !client) {
      setError({
        code: 'VALIDATION',
        message: 'One detail needs attention.',
        fields: { clientId: 'Choose the client, or clear “For a client”.' },
      });
      return;
    }
    const clientId = forClient && client ? client.id : null;
    const outcome = await run(() => call('resources.exportPdf', { resourceId, clientId }));
    if (!outcome?.ok) return;
    const { saved, fileName } = outcome.value;
    setResult(
      saved && fileName
        ? `Saved ${fileName}.${clientId !== null && client ? ` Recorded as given to ${client.name}.` : ''}`
        : 'Nothing was saved.',
    );
  };

  return (
    <Dialog open title="Save as PDF" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          {attachmentName
            ? `Saves the attached PDF, ${attachmentName}.`
            : `Saves “${title}” as a PDF, typeset from its text.`}
        </p>
        <Checkbox
          label="For a client"
          checked={forClient}
          onChange={(event) => setForClient(event.target.checked)}
        />
        {forClient && (
          <ClientField
            label="Client"
            selected={client}
            onSelect={(picked) => {
              setClient(picked);
              if (picked) setError(null);
            }}
            error={error?.fields.clientId}
          />
        )}
        <FormError error={error} placed={['clientId']} />
        {result && <Alert tone="success" title={result} />}
        <div className="dialog-actions">
          <Button onClick={onClose}>{result ? 'Done' : 'Cancel'}</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Save PDF
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

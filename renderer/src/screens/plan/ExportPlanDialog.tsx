import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

export interface ExportPlanDialogProps {
  versionId: number;
  version: number;
  person: string;
  /** Unsaved edits are not in the copy: the copy is of the version as saved. */
  dirty: boolean;
  onClose: () => void;
}

/** The client's copy of the plan as a PDF; diagnoses and private notes only when chosen. */
export function ExportPlanDialog({
  versionId,
  version,
  person,
  dirty,
  onClose,
}: ExportPlanDialogProps) {
  const [includeDiagnoses, setIncludeDiagnoses] = useState(false);
  const [includeCounselorNotes, setIncludeCounselorNotes] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const { busy, error, run, formRef } = useSubmit();
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const outcome = await run(() =>
      call('plans.exportPdf', { versionId, includeDiagnoses, includeCounselorNotes }),
    );
    if (!outcome?.ok) return;
    const { saved, fileName } = outcome.value;
    setResult(saved && fileName ? `Saved ${fileName}.` : 'Nothing was saved.');
  };

  return (
    <Dialog open title="Client copy (PDF)" onClose={onClose}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          Version {version} of the plan, for {person} to keep: their words, goals, the options
          discussed and their choices, and the signatures.
        </p>
        {dirty && (
          <Alert tone="info" title="Unsaved changes are not in the copy.">
            Save the draft first to include them.
          </Alert>
        )}
        <div className="stack-sm">
          <Checkbox
            label="Include diagnoses"
            aria-describedby={`${hintId}-diagnoses`}
            checked={includeDiagnoses}
            onChange={(event) => setIncludeDiagnoses(event.target.checked)}
          />
          <p className="field-hint checkbox-hint" id={`${hintId}-diagnoses`}>
            Off by default: a diagnosis code can be hard to read without you there to explain it.
          </p>
          <Checkbox
            label="Include counselor-only notes"
            aria-describedby={`${hintId}-notes`}
            checked={includeCounselorNotes}
            onChange={(event) => setIncludeCounselorNotes(event.target.checked)}
          />
          <p className="field-hint checkbox-hint" id={`${hintId}-notes`}>
            Off by default: these are your private notes and are never shown to {person} unless you
            choose to.
          </p>
        </div>
        <FormError error={error} placed={[]} />
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

import { useState } from 'react';
import { Button } from '../../ui/Button.tsx';
import { FileField } from '../../ui/FileField.tsx';
import { fileSize, readPdf } from './attachment.ts';

/** What the save sends: undefined keeps the stored file, null removes it, an object replaces it. */
export type AttachmentChange = { name: string; base64: string } | null | undefined;

export interface AttachmentFieldProps {
  current: { name: string; bytes: number | null } | null;
  value: AttachmentChange;
  onChange: (value: AttachmentChange) => void;
  error?: string | undefined;
}

export function AttachmentField({ current, value, onChange, error }: AttachmentFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [picker, setPicker] = useState(0);

  const choose = async (file: File | null) => {
    setProblem(null);
    if (!file) {
      onChange(undefined);
      return;
    }
    const read = await readPdf(file);
    if (read.ok) onChange({ name: read.name, base64: read.base64 });
    else {
      setProblem(read.message);
      onChange(undefined);
    }
  };

  const kept = value === undefined && current;
  return (
    <div className="attachment-field">
      {kept && (
        <p className="attachment-current">
          Attached: <strong>{current.name}</strong>
          {current.bytes !== null && (
            <span className="muted"> ({fileSize(current.bytes)})</span>
          )}{' '}
          <Button variant="quiet" className="button-small" onClick={() => onChange(null)}>
            Remove attachment
          </Button>
        </p>
      )}
      {value === null && current && (
        <p className="attachment-current">
          {current.name} will be removed when you save.{' '}
          <Button variant="quiet" className="button-small" onClick={() => onChange(undefined)}>
            Keep it
          </Button>
        </p>
      )}
      <FileField
        key={picker}
        label={current ? 'Replace with another PDF' : 'Attach a PDF (optional)'}
        hint="Your own handout, up to 10 MB. Save as PDF then gives this file instead of the text."
        accept="application/pdf,.pdf"
        onFile={(file) => {
          void choose(file);
        }}
        error={problem ?? error}
      />
      {value && (
        <p className="attachment-current">
          Ready to attach: <strong>{value.name}</strong>{' '}
          <Button
            variant="quiet"
            className="button-small"
            onClick={() => {
              onChange(undefined);
              setPicker((n) => n + 1);
            }}
          >
            Don’t attach
          </Button>
        </p>
      )}
    </div>
  );
}
